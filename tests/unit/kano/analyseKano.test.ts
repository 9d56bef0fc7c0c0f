import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SurveyTable } from '../../../src/lib/import/types';
import {
  analyseKano,
  answerLabel,
  classifyPair,
  countCategories,
  detectKanoColumns,
  totalCount,
  type KanoAnswer,
  type KanoAnalysisResult,
  type KanoColumnMapping,
} from '../../../src/lib/kano';

function table(rows: string[][]): SurveyTable {
  return { headers: rows[0]!, rows: rows.slice(1), rowNumbers: rows.slice(1).map((_, index) => index + 2), source: { kind: 'paste' }, questionnaireStar: false };
}

function ok(result: KanoAnalysisResult) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

const HEADERS = ['旅客类型', '接机服务（正向）', '接机服务（反向）', '接机服务（重要性）', '儿童托管（正向）', '儿童托管（反向）'];
const MAPPING: KanoColumnMapping = detectKanoColumns(HEADERS);

describe('analyseKano', () => {
  it('detects the mapping used by these tests', () => {
    expect(MAPPING).toEqual({
      segment: 0,
      features: [
        { name: '接机服务', functional: 1, dysfunctional: 2, importance: 3 },
        { name: '儿童托管', functional: 4, dysfunctional: 5, importance: null },
      ],
    });
  });

  it('counts pairs per feature and per segment, with importance', () => {
    const result = ok(
      analyseKano(
        table([
          HEADERS,
          ['亲子家庭', '我很喜欢', '我很不喜欢', '8', '我很喜欢', '无所谓'], // 接机 O, 托管 A
          ['亲子家庭', '理应如此', '我很不喜欢', '9', '1', '3'], // 接机 M, 托管 A (codes)
          ['企业会务', '无所谓', '无所谓', '', '无所谓', '能忍受'], // 接机 I, 托管 I
        ]),
        { kind: 'kano', mapping: MAPPING },
      ),
    );
    expect(result.tallies.respondents).toBe(3);
    expect(countCategories(result.tallies.features[0]!)).toEqual({ A: 0, O: 1, M: 1, I: 1, R: 0, Q: 0 });
    expect(countCategories(result.tallies.features[1]!)).toEqual({ A: 2, O: 0, M: 0, I: 1, R: 0, Q: 0 });
    expect(result.tallies.features[0]!.importance).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(result.tallies.segments.map((segment) => [segment.name, segment.respondents])).toEqual([['亲子家庭', 2], ['企业会务', 1]]);
    expect(countCategories(result.tallies.segments[0]!.features[1]!)).toEqual({ A: 2, O: 0, M: 0, I: 0, R: 0, Q: 0 });
    expect(result.tallies.hasImportance).toBe(true);
    expect(result.issues.total).toBe(0);
  });

  it('reports an unknown answer with its spreadsheet row, column and feature, and drops the pair', () => {
    const result = ok(
      analyseKano(
        table([
          HEADERS,
          ['团队旅客', '我很喜欢', '我很不喜欢', '8', '我很喜欢', '无所谓'],
          ['团队旅客', '还行', '我很不喜欢', '8', '我很喜欢', '无所谓'],
        ]),
        { kind: 'kano', mapping: MAPPING },
      ),
    );
    expect(result.issues.invalidCount).toBe(1);
    expect(result.issues.first[0]).toMatchObject({ row: 3, column: '接机服务（正向）', value: '还行', kind: 'invalid' });
    expect(result.issues.first[0]!.reason).toContain('「接机服务」');
    expect(totalCount(countCategories(result.tallies.features[0]!))).toBe(1);
    expect(totalCount(countCategories(result.tallies.features[1]!))).toBe(2);
  });

  it('reports a missing half of a pair (either side) as missing, naming the feature, and drops the pair', () => {
    const result = ok(
      analyseKano(
        table([
          HEADERS,
          ['团队旅客', '我很喜欢', '', '', '', '无所谓'],
          ['团队旅客', '(跳过)', '(跳过)', '', '我很喜欢', '无所谓'],
        ]),
        { kind: 'kano', mapping: MAPPING },
      ),
    );
    expect(result.issues.missingCount).toBe(2);
    expect(result.issues.first).toEqual([
      expect.objectContaining({ row: 2, column: '接机服务（反向）', kind: 'missing', reason: expect.stringContaining('「接机服务」只答了正向问题') }),
      expect.objectContaining({ row: 2, column: '儿童托管（正向）', kind: 'missing', reason: expect.stringContaining('「儿童托管」只答了反向问题') }),
    ]);
    // Both halves skipped is not an error, only counted.
    expect(result.skippedPairs).toBe(1);
    expect(totalCount(countCategories(result.tallies.features[0]!))).toBe(0);
    expect(totalCount(countCategories(result.tallies.features[1]!))).toBe(1);
  });

  it('uses the row numbers of the source table (blank lines skipped by the importer)', () => {
    const source = table([HEADERS, ['团队旅客', '我很喜欢', '6', '', '1', '1']]);
    source.rowNumbers = [7];
    const result = ok(analyseKano(source, { kind: 'kano', mapping: MAPPING }));
    expect(result.issues.first[0]).toMatchObject({ row: 7, column: '接机服务（反向）', reason: expect.stringContaining('代码超出 1–5') });
  });

  it('reports an importance outside 1–9', () => {
    const result = ok(analyseKano(table([HEADERS, ['团队旅客', '1', '5', '10', '1', '5']]), { kind: 'kano', mapping: MAPPING }));
    expect(result.issues.first[0]).toMatchObject({ row: 2, column: '接机服务（重要性）', kind: 'invalid' });
  });

  it('returns a Chinese error for a bad mapping or no usable pair', () => {
    const bad = analyseKano(table([HEADERS, ['团队旅客', '1', '5', '', '1', '5']]), { kind: 'kano', mapping: { segment: null, features: [] } });
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('至少添加一项') });
    const empty = analyseKano(table([HEADERS, ['团队旅客', '', '', '', '', '']]), { kind: 'kano', mapping: MAPPING });
    expect(empty).toMatchObject({ ok: false, error: expect.stringContaining('没有一对完整有效的回答') });
    const noRows = analyseKano(table([HEADERS]), { kind: 'kano', mapping: MAPPING });
    expect(noRows.ok).toBe(false);
  });

  it('reports progress from 0 to 1', () => {
    const fractions: number[] = [];
    analyseKano(table([HEADERS, ['团队旅客', '1', '5', '', '1', '5']]), { kind: 'kano', mapping: MAPPING }, { progress: (fraction) => fractions.push(fraction) });
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('analyseKano properties', () => {
  const answerCell = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom<KanoAnswer>(1, 2, 3, 4, 5).map((code) => (code % 2 === 0 ? String(code) : answerLabel(code))) },
    { weight: 1, arbitrary: fc.constantFrom('', '(跳过)', '-3') },
    { weight: 1, arbitrary: fc.constantFrom('还行', '7', '好') },
  );
  const segmentCell = fc.constantFrom('团队旅客', '亲子家庭', '企业会务', '');
  const row = fc.tuple(segmentCell, answerCell, answerCell, fc.constantFrom('', '5', '9', '12'), answerCell, answerCell).map((cells) => [...cells]);
  const rows = fc.array(row, { minLength: 1, maxLength: 80 });

  it('category counts sum to the number of rows where both answers of the pair are valid', () => {
    fc.assert(
      fc.property(rows, (body) => {
        const result = analyseKano(table([HEADERS, ...body]), { kind: 'kano', mapping: MAPPING });
        const validPairs = (functional: number, dysfunctional: number) =>
          body.filter((cells) => ['1', '2', '3', '4', '5', '我很喜欢', '无所谓', '我很不喜欢'].includes(cells[functional]!) && ['1', '2', '3', '4', '5', '我很喜欢', '无所谓', '我很不喜欢'].includes(cells[dysfunctional]!)).length;
        const expected = [validPairs(1, 2), validPairs(4, 5)];
        if (!result.ok) return expected.every((count) => count === 0);
        return result.tallies.features.every((feature, index) => totalCount(countCategories(feature)) === expected[index]);
      }),
    );
  });

  it('each counted pair is classified with the evaluation table', () => {
    fc.assert(
      fc.property(fc.constantFrom<KanoAnswer>(1, 2, 3, 4, 5), fc.constantFrom<KanoAnswer>(1, 2, 3, 4, 5), (functional, dysfunctional) => {
        const result = ok(analyseKano(table([HEADERS, ['', answerLabel(functional), answerLabel(dysfunctional), '', '1', '5']]), { kind: 'kano', mapping: MAPPING }));
        return countCategories(result.tallies.features[0]!)[classifyPair(functional, dysfunctional)] === 1;
      }),
    );
  });

  it('is invariant to respondent order (tallies; issue counts)', () => {
    fc.assert(
      fc.property(rows.chain((body) => fc.tuple(fc.constant(body), fc.shuffledSubarray(body, { minLength: body.length, maxLength: body.length }))), ([body, shuffled]) => {
        const first = analyseKano(table([HEADERS, ...body]), { kind: 'kano', mapping: MAPPING });
        const second = analyseKano(table([HEADERS, ...shuffled]), { kind: 'kano', mapping: MAPPING });
        if (!first.ok || !second.ok) return first.ok === second.ok;
        const bySegmentName = (result: typeof first) => [...result.tallies.segments].sort((a, b) => a.name.localeCompare(b.name));
        expect(second.tallies.features).toEqual(first.tallies.features);
        expect(bySegmentName(second)).toEqual(bySegmentName(first));
        expect([second.issues.missingCount, second.issues.invalidCount, second.skippedPairs]).toEqual([first.issues.missingCount, first.issues.invalidCount, first.skippedPairs]);
        return true;
      }),
    );
  });
});
