import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanInterval, pairedDifferenceInterval } from '../../../src/lib/stats/pairedInterval';
import { moments, RunningMoments } from '../../../src/lib/stats/runningMoments';

describe('RunningMoments', () => {
  it('gives the textbook mean and sample variance (hand-worked: Σ(x − 5)² = 32, 32/7)', () => {
    const running = new RunningMoments();
    [2, 4, 4, 4, 5, 5, 7, 9].forEach((value) => running.push(value));
    expect(running.summary()).toEqual({ n: 8, mean: 5, variance: 32 / 7 });
  });

  it.each([
    [[], { n: 0, mean: 0, variance: 0 }],
    [[3], { n: 1, mean: 3, variance: 0 }],
    [[4, 4, 4], { n: 3, mean: 4, variance: 0 }],
  ])('edge case %j', (values, expected) => {
    expect(moments(values)).toEqual(expected);
  });

  it('keeps its digits far from zero (1e9 + small spread)', () => {
    expect(moments([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]).variance).toBeCloseTo(30, 6);
  });

  it('matches the two-pass formula', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 200 }), (values) => {
        const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
        const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
        const result = moments(values);
        expect(result.mean).toBeCloseTo(mean, 9);
        expect(result.variance).toBeCloseTo(variance, 8);
      }),
    );
  });

  it('refuses a non-finite value (a programmer error)', () => {
    expect(() => new RunningMoments().push(Number.NaN)).toThrow(RangeError);
  });
});

describe('meanInterval', () => {
  it('hand-worked: x̄ = 0.5, s² = 1/3, n = 4 → 0.5 ± 3.182446 · 0.288675', () => {
    const interval = meanInterval({ n: 4, mean: 0.5, variance: 1 / 3 })!;
    expect(interval.criticalValue).toBeCloseTo(3.1824463052837078, 12);
    expect(interval.standardError).toBeCloseTo(Math.sqrt(1 / 3) / 2, 14);
    expect(interval.lower).toBeCloseTo(0.5 - 3.1824463052837078 * Math.sqrt(1 / 3) / 2, 12);
    expect(interval.upper).toBeCloseTo(0.5 + 3.1824463052837078 * Math.sqrt(1 / 3) / 2, 12);
  });

  it('is null with fewer than two values', () => {
    expect(meanInterval({ n: 1, mean: 3, variance: 0 })).toBeNull();
    expect(meanInterval({ n: 0, mean: 0, variance: 0 })).toBeNull();
  });

  it('has zero width when all values tie', () => {
    const interval = meanInterval({ n: 10, mean: 2, variance: 0 })!;
    expect(interval.lower).toBe(2);
    expect(interval.upper).toBe(2);
  });

  it('throws on a confidence outside (0, 1)', () => {
    expect(() => meanInterval({ n: 5, mean: 1, variance: 1 }, 0)).toThrow(RangeError);
  });

  it('contains the mean and narrows as n grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10_000 }), fc.double({ min: -6, max: 6, noNaN: true }), fc.double({ min: 0.01, max: 9, noNaN: true }), (n, mean, variance) => {
        const small = meanInterval({ n, mean, variance })!;
        const large = meanInterval({ n: n * 4, mean, variance })!;
        expect(small.lower).toBeLessThanOrEqual(mean);
        expect(small.upper).toBeGreaterThanOrEqual(mean);
        expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
      }),
    );
  });
});

describe('pairedDifferenceInterval', () => {
  it('hand-worked: P = (5, 6, 4, 6), E = (6, 6, 5, 5) → d = (−1, 0, −1, 1), mean −0.25 (CI from scipy 1.17)', () => {
    const interval = pairedDifferenceInterval([5, 6, 4, 6], [6, 6, 5, 5])!;
    expect(interval.mean).toBe(-0.25);
    expect(interval.lower).toBeCloseTo(-1.7734801808288123, 12);
    expect(interval.upper).toBeCloseTo(1.2734801808288123, 12);
  });

  it('throws when the arrays do not pair up (a programmer error)', () => {
    expect(() => pairedDifferenceInterval([1, 2], [1])).toThrow(RangeError);
  });

  it('is the interval of the differences, not of two separate means', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })), { minLength: 2, maxLength: 100 }), (pairs) => {
        const first = pairs.map(([value]) => value);
        const second = pairs.map(([, value]) => value);
        const interval = pairedDifferenceInterval(first, second)!;
        const expected = meanInterval(moments(pairs.map(([a, b]) => a - b)))!;
        expect(interval.mean).toBeCloseTo(expected.mean, 12);
        expect(interval.lower).toBeCloseTo(expected.lower, 12);
      }),
    );
  });
});
