import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adjustedWaldInterval, categoryCounts, npsFromCounts, waldInterval } from '../../../src/lib/nps';
import { group, issueExample } from './groups';
import { countsWithTwoOrMore, nonEmptyCounts } from './arbitraries';

describe('waldInterval', () => {
  it('issue 6: n = 1000, 250 promoters, 75 detractors → ±3.36 (14.1 … 20.9)', () => {
    // Hand-worked: Var = (0.25 + 0.075 − 0.175²)/1000 = 0.000294375, SE = 1.71574 points,
    // margin = 1.959964 × 1.71574 = 3.3628 (confirmed with scipy: 3.3627807545866455).
    const interval = waldInterval(issueExample);
    expect(interval.center).toBeCloseTo(17.5, 12);
    expect(interval.standardError).toBeCloseTo(1.7157360, 6);
    expect(interval.margin).toBeCloseTo(3.3627807545866455, 10);
    expect(interval.margin.toFixed(2)).toBe('3.36');
    expect(interval.lower.toFixed(1)).toBe('14.1');
    expect(interval.upper.toFixed(1)).toBe('20.9');
  });

  it('method page worked example: 18/12/10 of 40 → 20 ± 25.18', () => {
    // Hand-worked: Var = (0.45 + 0.25 − 0.2²)/40 = 0.0165, SE = 12.845 points, margin = 25.176.
    const interval = waldInterval(group(18, 12, 10));
    expect(interval.margin).toBeCloseTo(1.959963984540054 * 100 * Math.sqrt(0.0165), 10);
    expect(interval.lower).toBeCloseTo(20 - 25.1765, 3);
  });

  it('has zero width when every answer is the same (its known weakness)', () => {
    expect(waldInterval(group(20, 0, 0))).toMatchObject({ lower: 100, upper: 100, margin: 0 });
    expect(waldInterval(group(0, 20, 0))).toMatchObject({ lower: 0, upper: 0, margin: 0 });
  });

  it('widens at 99%', () => {
    expect(waldInterval(issueExample, 0.99).margin).toBeGreaterThan(waldInterval(issueExample).margin);
  });

  it.each([
    ['n = 0', group(0, 0, 0)],
    ['more promoters than answers', { promoters: 5, passives: 0, detractors: 0, total: 3 }],
  ])('throws on %s (programmer error)', (_, counts) => {
    expect(() => waldInterval(counts)).toThrow(RangeError);
  });
});

describe('interval properties', () => {
  const intervals = [
    ['Wald', waldInterval],
    ['adjusted Wald', adjustedWaldInterval],
  ] as const;

  it.each(intervals)('%s: bounds within [−100, 100] and lower ≤ upper', (_, interval) => {
    fc.assert(fc.property(nonEmptyCounts, (counts) => {
      const { lower, upper } = interval(categoryCounts(counts));
      expect(lower).toBeGreaterThanOrEqual(-100);
      expect(upper).toBeLessThanOrEqual(100);
      expect(lower).toBeLessThanOrEqual(upper);
    }));
  });

  it('Wald: contains the estimate (any n ≥ 1)', () => {
    fc.assert(fc.property(nonEmptyCounts, (counts) => {
      const result = npsFromCounts(counts);
      if (!result.ok) throw new Error(result.error);
      const { lower, upper } = waldInterval(result.summary);
      expect(lower).toBeLessThanOrEqual(result.summary.nps + 1e-9);
      expect(upper).toBeGreaterThanOrEqual(result.summary.nps - 1e-9);
    }));
  });

  it('adjusted Wald: contains the estimate for n ≥ 2 (n = 1 is the exception, tested above)', () => {
    fc.assert(fc.property(countsWithTwoOrMore, (counts) => {
      const result = npsFromCounts(counts);
      if (!result.ok) throw new Error(result.error);
      const { lower, upper } = adjustedWaldInterval(result.summary);
      expect(lower).toBeLessThanOrEqual(result.summary.nps + 1e-9);
      expect(upper).toBeGreaterThanOrEqual(result.summary.nps - 1e-9);
    }));
  });

  it('adjusted Wald: contains the estimate for every small survey n = 2 … 40 (exhaustive)', () => {
    const misses: string[] = [];
    for (let total = 2; total <= 40; total += 1) {
      for (let promoters = 0; promoters <= total; promoters += 1) {
        for (let detractors = 0; detractors <= total - promoters; detractors += 1) {
          const estimate = (100 * (promoters - detractors)) / total;
          const { lower, upper } = adjustedWaldInterval(group(promoters, total - promoters - detractors, detractors));
          if (!(lower <= estimate + 1e-9 && estimate - 1e-9 <= upper)) misses.push(`${promoters}/${detractors} of ${total}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it.each(intervals)('%s: narrows as n grows with fixed shares', (_, interval) => {
    fc.assert(fc.property(nonEmptyCounts, fc.integer({ min: 2, max: 50 }), (counts, factor) => {
      const small = interval(categoryCounts(counts));
      const large = interval(categoryCounts(counts.map((count) => count * factor)));
      expect(large.margin).toBeLessThanOrEqual(small.margin + 1e-12);
    }));
  });

  it('Wald: margin shrinks exactly with √n at fixed shares', () => {
    fc.assert(fc.property(nonEmptyCounts, fc.integer({ min: 2, max: 50 }), (counts, factor) => {
      const small = waldInterval(categoryCounts(counts));
      const large = waldInterval(categoryCounts(counts.map((count) => count * factor)));
      expect(large.margin).toBeCloseTo(small.margin / Math.sqrt(factor), 9);
    }));
  });
});
