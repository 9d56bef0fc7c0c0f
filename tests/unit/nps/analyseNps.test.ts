import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../src/lib/import/cells';
import type { SurveyTable } from '../../../src/lib/import/types';
import { analyseNps, MAX_SEGMENTS, suggestNpsColumns, UNLABELLED_SEGMENT } from '../../../src/lib/nps';

/** A survey as the import would hand it over: header = row 1, data from row 2. */
function table(headers: string[], rows: string[][]): SurveyTable {
  return { headers, rows, rowNumbers: rows.map((_, index) => index + 2), source: { kind: 'csv' }, questionnaireStar: false };
}

const survey = table(
  ['序号', '提交答卷时间', '酒店', '3、您有多大可能向朋友推荐我们？'],
  [
    ['1', '2024/5/1', '北京店', '10'],
    ['2', '2024/5/1', '上海店', '9分'],
    ['3', '2024/5/2', '北京店', '3'],
    ['4', '2024/5/2', '', '8'],
    ['5', '2024/5/3', '上海店', '(跳过)'],
    ['6', '2024/5/3', '上海店', '11'],
  ],
);

describe('analyseNps', () => {
  it('tallies the score column and reports rejected cells with spreadsheet row and column', () => {
    const result = analyseNps(survey, { kind: 'nps', scoreColumn: 3, segmentColumn: null });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.counts).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1]);
    expect(result.segments).toBeNull();
    expect(result.rowCount).toBe(6);
    expect(result.issues).toMatchObject({ missingCount: 1, invalidCount: 1, total: 2 });
    expect(result.issues.first).toEqual([
      { row: 6, column: '3、您有多大可能向朋友推荐我们？', value: '(跳过)', reason: '跳过', kind: 'missing' },
      { row: 7, column: '3、您有多大可能向朋友推荐我们？', value: '11', reason: '超出 0–10', kind: 'invalid' },
    ]);
  });

  it('counts per segment; an empty segment cell goes to (未填写)', () => {
    const result = analyseNps(survey, { kind: 'nps', scoreColumn: 3, segmentColumn: 2 });
    expect(result.ok && result.segments).toEqual([
      { label: '北京店', counts: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1] },
      { label: '上海店', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0] },
      { label: UNLABELLED_SEGMENT, counts: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0] },
    ]);
    expect(result.ok && result.segmentHeader).toBe('酒店');
  });

  it('gives up on segments (not on the NPS) when the column has too many values', () => {
    const rows = Array.from({ length: MAX_SEGMENTS + 5 }, (_, index) => [`客人${index}`, '9']);
    const result = analyseNps(table(['姓名', '推荐'], rows), { kind: 'nps', scoreColumn: 1, segmentColumn: 0 });
    expect(result.ok && result.segments).toBeNull();
    expect(result.ok && result.segmentError).toMatch(/超过 50 个不同的值/);
    expect(result.ok && result.counts[9]).toBe(MAX_SEGMENTS + 5);
  });

  it.each([
    ['no score column chosen', { scoreColumn: -1, segmentColumn: null }, /请先选择/],
    ['segment = score column', { scoreColumn: 3, segmentColumn: 3 }, /不能与得分列相同/],
    ['a column without scores', { scoreColumn: 1, segmentColumn: null }, /「提交答卷时间」列没有 0–10 的整数分数/],
  ])('%s → a Chinese message', (_, columns, message) => {
    const result = analyseNps(survey, { kind: 'nps', ...columns });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('header-only table → a message', () => {
    const result = analyseNps(table(['推荐'], []), { kind: 'nps', scoreColumn: 0, segmentColumn: null });
    expect(!result.ok && result.error).toMatch(/只有表头/);
  });

  // The analysis reads plain digits without the shared reader (the million-row fast path) and
  // keeps group labels by raw cell. Whatever the cells, it must count exactly what reading every
  // cell with readNumber and grouping by the trimmed, space-collapsed label counts.
  const SCORE_CELLS = ['0', '1', '5', '9', '10', '11', '12', '05', '00', ' 9', '9 ', '10分', '９', '-1', '-3', '7.5', '99', '', '(跳过)', 'abc', '１０'];
  const LABEL_CELLS = ['北京店', ' 北京店', '北京店 ', '北京  店', '北京 店', '', '  ', '上海店'];
  it.each([false, true])('counts what readNumber reads, cell by cell, with optionNumbers = %s', (optionNumbers) => {
    const range = optionNumbers ? { min: 1, max: 11, integer: true } : { min: 0, max: 10, integer: true };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...SCORE_CELLS), fc.constantFrom(...LABEL_CELLS)), { minLength: 1, maxLength: 60 }), (pairs) => {
        const rows = pairs.map(([score, label]) => [label, score]);
        const expected = Array.from({ length: 11 }, () => 0);
        const bySegment = new Map<string, number[]>();
        let rejected = 0;
        for (const [label, cell] of rows) {
          const reading = readNumber(cell, range);
          if (reading.kind !== 'value') {
            rejected += 1;
            continue;
          }
          const score = reading.value - (optionNumbers ? 1 : 0);
          expected[score]! += 1;
          const key = label!.replace(/\s+/g, ' ').trim() || UNLABELLED_SEGMENT;
          const counts = bySegment.get(key) ?? Array.from({ length: 11 }, () => 0);
          counts[score]! += 1;
          bySegment.set(key, counts);
        }
        const result = analyseNps(table(['门店', '推荐'], rows), { kind: 'nps', scoreColumn: 1, segmentColumn: 0, optionNumbers });
        if (rejected === rows.length) {
          expect(result.ok).toBe(false);
          return;
        }
        expect(result.ok && result.counts).toEqual(expected);
        expect(result.ok && result.issues.total).toBe(rejected);
        expect(result.ok && new Map(result.segments!.map((segment) => [segment.label, segment.counts]))).toEqual(bySegment);
      }),
    );
  });

  it('reports progress', () => {
    const fractions: number[] = [];
    analyseNps(survey, { kind: 'nps', scoreColumn: 3, segmentColumn: null }, { progress: (fraction) => fractions.push(fraction) });
    expect(fractions[0]).toBe(0);
  });
});

describe('suggestNpsColumns', () => {
  it('finds the 0–10 column and the grouping column of a 问卷星 export', () => {
    expect(suggestNpsColumns(survey)).toEqual({ scoreColumns: [3], segmentColumns: [2] });
  });

  it('still suggests a column headed 推荐 when a stray value (an 11) fails the strict check', () => {
    const sample = table(['门店', '推荐意愿'], [['A', '9'], ['B', '11'], ['A', '10']]);
    expect(suggestNpsColumns(sample).scoreColumns).toEqual([1]);
  });

  it('ranks a header mentioning 推荐 first among several 0–10 columns', () => {
    const sample = table(['满意度', '推荐意愿', '月份'], [['5', '9', '1月'], ['7', '10', '2月'], ['6', '3', '1月']]);
    expect(suggestNpsColumns(sample)).toEqual({ scoreColumns: [1, 0], segmentColumns: [2] });
  });

  it('does not suggest free text or meta columns as segments', () => {
    const comments = ['很好', '一般', '房间有点小', '早餐不错', '前台热情', '停车不便', '下次还来'];
    const sample = table(['序号', '意见', '推荐'], comments.map((comment, index) => [String(index + 1), comment, String(index + 3)]));
    expect(suggestNpsColumns(sample).segmentColumns).toEqual([]);
  });
});
