import { describe, expect, it } from 'vitest';
import { moments, RunningMoments } from '../../../src/lib/stats';

describe('running mean and variance (Welford 1962)', () => {
  it('hand-worked: 2, 4, 4, 9 → mean 4.75, variance 26.75 / 3', () => {
    // Squared deviations from 4.75: 7.5625 + 0.5625 + 0.5625 + 18.0625 = 26.75.
    const result = moments([2, 4, 4, 9]);
    expect(result.n).toBe(4);
    expect(result.mean).toBeCloseTo(4.75, 12);
    expect(result.variance).toBeCloseTo(26.75 / 3, 12);
  });

  it('stays exact far from zero, where the textbook Σx² − n·x̄² formula loses every digit', () => {
    // python3: statistics.variance([1e9+4, 1e9+7, 1e9+13, 1e9+16]) = 30.0
    expect(moments([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]).variance).toBeCloseTo(30, 6);
  });

  it('zero or one value: mean as given, variance 0', () => {
    expect(moments([])).toEqual({ n: 0, mean: 0, variance: 0 });
    expect(moments([3])).toEqual({ n: 1, mean: 3, variance: 0 });
  });

  it('rejects values that are not finite', () => {
    expect(() => new RunningMoments().push(Number.NaN)).toThrow(RangeError);
  });
});
