import { describe, expect, it } from 'vitest';
import { covarianceMatrix, RunningCovariance } from '../../../src/lib/stats';

describe('running covariance matrix (Welford 1962)', () => {
  const rows = [
    [2, 4, 1],
    [3, 8, 0],
    [5, 7, 2],
    [6, 9, 5],
  ];

  it('matches numpy: np.cov(X.T, ddof=1)', () => {
    // python3 -c "import numpy as np; X = np.array([[2,4,1],[3,8,0],[5,7,2],[6,9,5]], float); print(np.cov(X.T, ddof=1))"
    // Hand check of the corner: x̄ = 4, Σ(x − 4)² = 4 + 1 + 1 + 4 = 10, 10 / 3 = 3.3333.
    const expected = [
      [10 / 3, 3, 10 / 3],
      [3, 14 / 3, 7 / 3],
      [10 / 3, 7 / 3, 14 / 3],
    ];
    covarianceMatrix(rows).forEach((line, row) => line.forEach((value, column) => expect(value).toBeCloseTo(expected[row]![column]!, 12)));
  });

  it('keeps the column means', () => {
    const running = new RunningCovariance(3);
    for (const row of rows) running.push(row);
    expect(running.meanVector()).toEqual([4, 7, 2]);
    expect(running.n).toBe(4);
  });

  it('one row: a zero matrix (no variance can be estimated)', () => {
    expect(covarianceMatrix([[1, 2]])).toEqual([[0, 0], [0, 0]]);
  });

  it('rejects a wrong width, a non-finite value and a size below 1', () => {
    const running = new RunningCovariance(2);
    expect(() => running.push([1])).toThrow(RangeError);
    expect(() => running.push([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => new RunningCovariance(0)).toThrow(RangeError);
  });
});
