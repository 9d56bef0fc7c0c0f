import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanInterval } from '../../../src/lib/stats/pairedInterval';
import {
  analyseServqual,
  detectServqualColumns,
  setItemReversed,
  templateHeaders,
  type ServqualSummary,
} from '../../../src/lib/servqual';
import { handWorkedRequest, handWorkedRows, ok, smallQuestionnaire, table } from './helpers';

function dimension(summary: ServqualSummary, id: string) {
  return summary.dimensions.find((entry) => entry.dimension === id)!;
}

describe('analyseServqual — hand-worked data set (helpers.ts)', () => {
  const rows = handWorkedRows();
  const result = ok(analyseServqual(table(rows), handWorkedRequest(rows)));
  const { summary } = result;

  it('item gaps P − E: −0.75, −0.5, −1.75, −1.5', () => {
    expect(summary.items.map((item) => item.gap.mean)).toEqual([-0.75, -0.5, -1.75, -1.5]);
    expect(summary.items.map((item) => item.scores.expected!.mean)).toEqual([6, 6, 6.75, 6.5]);
    expect(summary.items.map((item) => item.scores.perceived!.mean)).toEqual([5.25, 5.5, 5, 5]);
  });

  it('paired 95% CI of item 1: d = (−1, −1, −1, 0), s = 0.5 → −0.75 ± 3.18245 × 0.25', () => {
    const interval = meanInterval(summary.items[0]!.gap)!;
    expect(summary.items[0]!.gap.variance).toBeCloseTo(0.25, 12);
    expect(interval.lower).toBeCloseTo(-0.75 - 3.1824463052837078 * 0.25, 10);
    expect(interval.upper).toBeCloseTo(-0.75 + 3.1824463052837078 * 0.25, 10);
  });

  it('dimension gaps: 有形度 −0.625, 可靠度 −1.625 (mean of the respondents’ dimension gaps)', () => {
    expect(dimension(summary, 'tangibles').gap.mean).toBeCloseTo(-0.625, 12);
    expect(dimension(summary, 'reliability').gap.mean).toBeCloseTo(-1.625, 12);
    expect(dimension(summary, 'tangibles').gap.n).toBe(4);
  });

  it('overall: unweighted −1.125; weighted with own weights −1.2625 (hand-worked)', () => {
    // Per respondent: (−1, −2)·(.4, .6) = −1.6; (−0.5, −2)·(.5, .5) = −1.25; (−1, −1)·(.3, .7) = −1; (0, −1.5)·(.2, .8) = −1.2.
    expect(summary.overall.unweighted.mean).toBeCloseTo(-1.125, 12);
    expect(summary.overall.weighted!.mean).toBeCloseTo(-1.2625, 12);
    expect(summary.weights).toEqual({ valid: 4, blank: 0, invalid: 0 });
    expect(dimension(summary, 'reliability').weight!.mean).toBeCloseTo(65, 12);
  });

  it("Cronbach's α: 有形度 E = 0 (uncorrelated items), P = 8/19 (hand-worked)", () => {
    // E1 = 6 7 5 6, E2 = 7 6 6 5: variances 2/3 and 2/3, covariance 0 → α = 2(1 − (4/3)/(4/3)) = 0.
    // P1 = 5 6 4 6, P2 = 6 6 5 5: variances 11/12 and 1/3, covariance 1/6 → α = 2(1 − (5/4)/(19/12)) = 8/19.
    const reliability = dimension(summary, 'tangibles').reliability;
    expect(reliability.find((entry) => entry.role === 'expected')!.alpha).toBeCloseTo(0, 12);
    expect(reliability.find((entry) => entry.role === 'perceived')!.alpha).toBeCloseTo(8 / 19, 12);
    expect(reliability.find((entry) => entry.role === 'perceived')!.n).toBe(4);
    // With two items, deleting one leaves a single item: no α.
    expect(reliability[0]!.items.map((item) => item.alphaIfDeleted)).toEqual([null, null]);
  });

  it('reports no issues for clean data', () => {
    expect(result.issues.total).toBe(0);
    expect(result.weightIssues.count).toBe(0);
    expect(result.rowCount).toBe(4);
  });
});

describe('analyseServqual — reversed items', () => {
  it('scores a reversed item (scale max + 1) − x: answers given in 1988 negative wording give the same result', () => {
    const plain = handWorkedRows();
    const questionnaire = setItemReversed(smallQuestionnaire({ askWeights: true }), 'i2', true);
    // Item 2's columns are E2 (index 2) and P2 (index 3): write them as a respondent of the negative wording would.
    const reversedRows = plain.map((row, index) => (index === 0 ? templateHeaders(questionnaire) : row.map((cell, column) => (column === 2 || column === 3 ? String(8 - Number(cell)) : cell))));
    const expected = ok(analyseServqual(table(plain), handWorkedRequest(plain))).summary;
    const actual = ok(analyseServqual(table(reversedRows), handWorkedRequest(reversedRows, questionnaire))).summary;
    expect(actual.items.map((item) => item.gap.mean)).toEqual(expected.items.map((item) => item.gap.mean));
    expect(actual.items[1]!.reversed).toBe(true);
    expect(actual.items[1]!.scores.perceived!.mean).toBe(5.5);
  });
});

describe('analyseServqual — bad cells and bad allocations', () => {
  it('reports an out-of-range cell with its row and column, and leaves that respondent out of the item and its dimension', () => {
    const rows = handWorkedRows();
    rows[2]![0] = '8'; // row 3 of the sheet, E1
    rows[3]![5] = 'abc'; // row 4, P3
    const result = ok(analyseServqual(table(rows), handWorkedRequest(rows)));
    expect(result.issues.invalidCount).toBe(2);
    expect(result.issues.first[0]).toMatchObject({ row: 3, column: rows[0]![0], value: '8', reason: '超出 1–7', kind: 'invalid' });
    expect(result.issues.first[1]).toMatchObject({ row: 4, reason: '非数字' });
    expect(result.summary.items[0]!.gap.n).toBe(3);
    expect(dimension(result.summary, 'tangibles').gap.n).toBe(3);
    expect(dimension(result.summary, 'reliability').gap.n).toBe(3);
    expect(result.summary.overall.unweighted.n).toBe(2);
  });

  it('rejects an allocation that does not add up to 100, naming the row', () => {
    const rows = handWorkedRows();
    rows[2]![8] = '30'; // row 3: 30 + 50 = 80
    const result = ok(analyseServqual(table(rows), handWorkedRequest(rows)));
    expect(result.weightIssues.count).toBe(1);
    expect(result.weightIssues.first[0]).toEqual({ row: 3, message: '第 3 行：重要性分配合计为 80，应为 100。' });
    expect(result.summary.weights).toEqual({ valid: 3, blank: 0, invalid: 1 });
    expect(result.summary.overall.weighted!.n).toBe(3);
  });

  it('counts an empty allocation as blank, not as an error', () => {
    const rows = handWorkedRows();
    rows[1]![8] = '';
    rows[1]![9] = '';
    const result = ok(analyseServqual(table(rows), handWorkedRequest(rows)));
    expect(result.summary.weights).toEqual({ valid: 3, blank: 1, invalid: 0 });
    expect(result.weightIssues.count).toBe(0);
  });

  it('names the cell when an allocation is not a number', () => {
    const rows = handWorkedRows();
    rows[4]![9] = '很多';
    const result = ok(analyseServqual(table(rows), handWorkedRequest(rows)));
    expect(result.weightIssues.first[0]!.message).toBe(`第 5 行「${rows[0]![9]}」：“很多”，非数字`);
  });

  it('fails with a Chinese message when no respondent has both columns', () => {
    const rows = handWorkedRows().map((row, index) => (index === 0 ? row : row.map(() => '')));
    const result = analyseServqual(table(rows), handWorkedRequest(rows));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/没有一位受访者同时有有效的期望分和感知分/);
  });

  it('fails on a header-only table and on an unusable mapping', () => {
    const rows = handWorkedRows();
    expect(analyseServqual(table(rows.slice(0, 1)), handWorkedRequest(rows)).ok).toBe(false);
    const request = handWorkedRequest(rows);
    request.mapping.items[0]!.columns.perceived = 0; // E1's column chosen twice
    const clash = analyseServqual(table(rows), request);
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.error).toMatch(/第 1 列「E1 期望｜设施设备新颖、现代」同时被选作/);
  });
});

describe('analyseServqual — three-column format', () => {
  it('computes MSS = P − desired as the gap and MSA = P − adequate', () => {
    const questionnaire = smallQuestionnaire({ format: 'three-column' });
    const header = templateHeaders(questionnaire);
    // Each item: desired, adequate, perceived. Two respondents.
    const rows = [header, ['7', '5', '6', '6', '4', '5', '7', '6', '5', '6', '5', '6'], ['6', '4', '4', '7', '5', '6', '6', '5', '6', '7', '6', '7']];
    const detection = detectServqualColumns({ headers: header, rows: rows.slice(1) }, questionnaire);
    const summary = ok(analyseServqual(table(rows), { kind: 'servqual', questionnaire, mapping: detection.mapping })).summary;
    // Item 1: P − D = (6 − 7, 4 − 6) = (−1, −2) → −1.5; P − A = (1, 0) → 0.5.
    expect(summary.items[0]!.gap.mean).toBe(-1.5);
    expect(summary.items[0]!.adequacyGap!.mean).toBe(0.5);
    expect(summary.items[0]!.scores.adequate!.mean).toBe(4.5);
    expect(summary.dimensions[0]!.reliability.map((entry) => entry.role)).toEqual(['desired', 'adequate', 'perceived']);
  });
});

describe('analyseServqual — properties', () => {
  const answer = fc.integer({ min: 1, max: 7 });
  const respondent = fc.tuple(fc.array(answer, { minLength: 4, maxLength: 4 }), fc.array(answer, { minLength: 4, maxLength: 4 }));

  it('item gap = mean P − mean E for complete data; dimension gap = mean of its item gaps; α ≤ 1', () => {
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 2, maxLength: 40 }), (answers) => {
        const questionnaire = smallQuestionnaire();
        const rows = [templateHeaders(questionnaire), ...answers.map(([expected, perceived]) => expected.flatMap((value, item) => [String(value), String(perceived[item])]))];
        const summary = ok(analyseServqual(table(rows), handWorkedRequest(rows, questionnaire))).summary;
        summary.items.forEach((item, index) => {
          const meanE = answers.reduce((sum, [expected]) => sum + expected[index]!, 0) / answers.length;
          const meanP = answers.reduce((sum, [, perceived]) => sum + perceived[index]!, 0) / answers.length;
          expect(item.gap.mean).toBeCloseTo(meanP - meanE, 10);
          expect(item.gap.mean).toBeCloseTo(item.scores.perceived!.mean - item.scores.expected!.mean, 10);
        });
        for (const entry of summary.dimensions) {
          const members = summary.items.filter((item) => item.dimension === entry.dimension);
          expect(entry.gap.mean).toBeCloseTo(members.reduce((sum, item) => sum + item.gap.mean, 0) / members.length, 10);
          for (const reliability of entry.reliability) if (reliability.alpha !== null) expect(reliability.alpha).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 60 },
    );
  });
});
