import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alphaIfItemDeleted, correctedItemTotalCorrelations, cronbachAlpha, cronbachAlphaFromCovariance } from '../../../src/lib/stats/cronbachAlpha';
import { covarianceMatrix, RunningCovariance } from '../../../src/lib/stats/runningCovariance';

/**
 * Hand-worked matrix: 4 respondents × 3 items.
 *   item 1: 2 3 4 5   mean 3.5  SS 5   s² 5/3
 *   item 2: 3 3 4 6   mean 4    SS 6   s² 2
 *   item 3: 2 4 4 6   mean 4    SS 8   s² 8/3
 *   total:  7 10 12 17 mean 11.5 SS 53 s² 53/3
 * α = 3/2 · (1 − (19/3)/(53/3)) = 3/2 · 34/53 = 51/53.
 * Without item 1: totals 5 7 8 12, s² 26/3, α = 2 · (1 − (14/3)/(26/3)) = 12/13.
 * Without item 2: totals 4 7 8 11, s² 25/3, α = 2 · (1 − (13/3)/(25/3)) = 24/25.
 * Without item 3: totals 5 6 8 11, s² 7,    α = 2 · (1 − (11/3)/7)       = 20/21.
 * Confirmed with numpy (np.cov) in scipy 1.17's environment.
 */
const HAND_WORKED = [
  [2, 3, 2],
  [3, 3, 4],
  [4, 4, 4],
  [5, 6, 6],
];

describe('cronbachAlpha', () => {
  it('hand-worked 4 × 3 matrix: α = 51/53', () => {
    expect(cronbachAlpha(HAND_WORKED)).toBeCloseTo(51 / 53, 14);
  });

  it('α if item deleted: 12/13, 24/25, 20/21 (hand-worked)', () => {
    const deleted = alphaIfItemDeleted(covarianceMatrix(HAND_WORKED));
    expect(deleted[0]).toBeCloseTo(12 / 13, 14);
    expect(deleted[1]).toBeCloseTo(24 / 25, 14);
    expect(deleted[2]).toBeCloseTo(20 / 21, 14);
  });

  it('corrected item–total correlations match numpy corrcoef of item vs. rest', () => {
    const correlations = correctedItemTotalCorrelations(covarianceMatrix(HAND_WORKED));
    expect(correlations[0]).toBeCloseTo(0.9647638212377321, 12);
    expect(correlations[1]).toBeCloseTo(0.8981462390204986, 12);
    expect(correlations[2]).toBeCloseTo(0.9258200997725513, 12);
  });

  it.each([
    ['one item', [[1], [2], [3]]],
    ['one respondent', [[1, 2, 3]]],
    ['no variance (all ties)', [[3, 3], [3, 3], [3, 3]]],
    ['no rows', []],
  ])('is null for %s', (_, rows) => {
    expect(cronbachAlpha(rows)).toBeNull();
  });

  it('is 1 for perfectly parallel items and negative for opposed items', () => {
    expect(cronbachAlpha([[1, 1], [2, 2], [3, 3]])).toBeCloseTo(1, 14);
    // Two items that move in opposite directions (a reversed item left uncoded).
    expect(cronbachAlpha([[1, 3], [2, 2], [3, 1.5]])!).toBeLessThan(0);
  });

  it('α ≤ 1 for any data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((items) => fc.array(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: items, maxLength: items }), { minLength: 2, maxLength: 60 })),
        (rows) => {
          const alpha = cronbachAlpha(rows);
          if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
          for (const value of alphaIfItemDeleted(covarianceMatrix(rows))) if (value !== null) expect(value).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
    );
  });

  it('from a 2 × 2 covariance matrix with unit variances and covariance ½: α = 2/3', () => {
    expect(cronbachAlphaFromCovariance([[1, 0.5], [0.5, 1]])).toBeCloseTo(2 / 3, 14);
  });

  it('throws on a non-square matrix (a programmer error)', () => {
    expect(() => cronbachAlphaFromCovariance([[1, 2]])).toThrow(RangeError);
  });
});

describe('RunningCovariance', () => {
  it('hand-worked: (1, 2), (2, 4), (3, 6) → [[1, 2], [2, 4]]', () => {
    expect(covarianceMatrix([[1, 2], [2, 4], [3, 6]])).toEqual([[1, 2], [2, 4]]);
  });

  it('is all zeros with one observation', () => {
    const running = new RunningCovariance(2);
    running.push([4, 5]);
    expect(running.matrix()).toEqual([[0, 0], [0, 0]]);
    expect(running.meanVector()).toEqual([4, 5]);
  });

  it('refuses a vector of the wrong length (a programmer error)', () => {
    expect(() => new RunningCovariance(2).push([1])).toThrow(RangeError);
    expect(() => new RunningCovariance(0)).toThrow(RangeError);
  });

  it('matches the two-pass covariance', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })), { minLength: 2, maxLength: 100 }), (pairs) => {
        const meanA = pairs.reduce((sum, [a]) => sum + a, 0) / pairs.length;
        const meanB = pairs.reduce((sum, [, b]) => sum + b, 0) / pairs.length;
        const covariance = pairs.reduce((sum, [a, b]) => sum + (a - meanA) * (b - meanB), 0) / (pairs.length - 1);
        expect(covarianceMatrix(pairs)[0]![1]).toBeCloseTo(covariance, 10);
      }),
    );
  });
});
