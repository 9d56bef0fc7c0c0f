import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntegerCovariance, IntegerSums } from '../../../src/lib/stats/integerSums';

/** Two-pass sample covariance, written out here (the definition, not the code under test). */
function twoPass(rows: number[][]): number[][] {
  const n = rows.length;
  const k = rows[0]!.length;
  const means = Array.from({ length: k }, (_, column) => rows.reduce((sum, row) => sum + row[column]!, 0) / n);
  return means.map((_, i) => means.map((__, j) => rows.reduce((sum, row) => sum + (row[i]! - means[i]!) * (row[j]! - means[j]!), 0) / (n - 1)));
}

describe('IntegerSums: mean and sample variance of whole numbers from exact sums', () => {
  it('a hand-worked series: 2, 4, 4, 4, 5, 5, 7, 9', () => {
    // Mean 40 / 8 = 5; deviations −3, −1, −1, −1, 0, 0, 2, 4; squares sum to 9 + 1 + 1 + 1 + 4 + 16 = 32; s² = 32 / 7.
    for (const centre of [0, 4, -3]) {
      const sums = new IntegerSums(1, centre);
      for (const value of [2, 4, 4, 4, 5, 5, 7, 9]) sums.add(0, value);
      expect(sums.moments(0)).toEqual({ n: 8, mean: 5, variance: 32 / 7 });
    }
  });

  it('divides by k for a mean of k answers: sums 3, 5, 7 of two answers are means 1.5, 2.5, 3.5', () => {
    // Mean 2.5; deviations −1, 0, 1; s² = 2 / 2 = 1.
    const sums = new IntegerSums(1, 8);
    for (const value of [3, 5, 7]) sums.add(0, value);
    expect(sums.moments(0, 2)).toEqual({ n: 3, mean: 2.5, variance: 1 });
  });

  it('keeps its slots apart; an empty slot is n 0, one value has variance 0', () => {
    const sums = new IntegerSums(3, 4);
    sums.add(1, 6);
    sums.add(2, 1);
    sums.add(2, 7);
    expect(sums.moments(0)).toEqual({ n: 0, mean: 0, variance: 0 });
    expect(sums.moments(1)).toEqual({ n: 1, mean: 6, variance: 0 });
    // 1 and 7: mean 4, s² = (9 + 9) / 1 = 18.
    expect(sums.moments(2)).toEqual({ n: 2, mean: 4, variance: 18 });
  });

  it('is exact where a running update rounds: a million answers alternating 1 and 7', () => {
    // Every deviation from the mean 4 is ±3: Σ(x − 4)² = 9n, so s² = 9n / (n − 1), one rounding.
    const n = 1_000_000;
    const sums = new IntegerSums(1, 4);
    for (let index = 0; index < n; index += 1) sums.add(0, index % 2 === 0 ? 1 : 7);
    expect(sums.moments(0)).toEqual({ n, mean: 4, variance: (9 * n) / (n - 1) });
  });

  it('agrees with the two-pass definition on any answers on a 1–7 scale', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 300 }), fc.integer({ min: -5, max: 9 }), (values, centre) => {
        const sums = new IntegerSums(1, centre);
        for (const value of values) sums.add(0, value);
        const expected = twoPass(values.map((value) => [value]))[0]![0]!;
        const mean = values.reduce((total, value) => total + value, 0) / values.length;
        const got = sums.moments(0);
        expect(got.n).toBe(values.length);
        expect(got.mean).toBeCloseTo(mean, 12);
        expect(got.variance).toBeCloseTo(expected, 12);
      }),
    );
  });

  it('refuses a centre that is not a whole number (the sums would stop being exact)', () => {
    expect(() => new IntegerSums(1, 3.5)).toThrow(RangeError);
  });
});

describe('IntegerCovariance: covariance matrix of whole numbers from exact sums', () => {
  it('matches numpy: np.cov(X.T, ddof=1)', () => {
    // python3 -c "import numpy as np; X = np.array([[2,4,1],[3,8,0],[5,7,2],[6,9,5]], float); print(np.cov(X.T, ddof=1))"
    const expected = [
      [10 / 3, 3, 10 / 3],
      [3, 14 / 3, 7 / 3],
      [10 / 3, 7 / 3, 14 / 3],
    ];
    for (const centre of [0, 4]) {
      const covariance = new IntegerCovariance(3, centre);
      for (const row of [[2, 4, 1], [3, 8, 0], [5, 7, 2], [6, 9, 5]]) covariance.push(row);
      expect(covariance.n).toBe(4);
      covariance.matrix().forEach((line, row) => line.forEach((value, column) => expect(value).toBeCloseTo(expected[row]![column]!, 12)));
    }
  });

  it('fewer than two rows: all zeros', () => {
    const covariance = new IntegerCovariance(2, 4);
    expect(covariance.matrix()).toEqual([[0, 0], [0, 0]]);
    covariance.push([1, 7]);
    expect(covariance.matrix()).toEqual([[0, 0], [0, 0]]);
  });

  it('agrees with the two-pass definition, and is symmetric, on any answers on a 1–7 scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((k) => fc.array(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: k, maxLength: k }), { minLength: 2, maxLength: 120 })),
        (rows) => {
          const covariance = new IntegerCovariance(rows[0]!.length, 4);
          for (const row of rows) covariance.push(row);
          const got = covariance.matrix();
          const expected = twoPass(rows);
          got.forEach((line, i) => line.forEach((value, j) => {
            expect(value).toBeCloseTo(expected[i]![j]!, 12);
            expect(value).toBe(got[j]![i]);
          }));
        },
      ),
    );
  });
});
