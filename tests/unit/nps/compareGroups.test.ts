import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { categoryCounts, compareNps, type CategoryCounts } from '../../../src/lib/nps';
import { nonEmptyCounts } from './arbitraries';

const group = (promoters: number, passives: number, detractors: number): CategoryCounts => ({
  promoters,
  passives,
  detractors,
  total: promoters + passives + detractors,
});

describe('compareNps', () => {
  it('60/30/10 vs 40/30/30 of 100 each (scipy)', () => {
    // Raw NPS 50 and 10 → difference 40. Adjusted (Rocks) centres: 60.75/103 − 10.75/103 and
    // 40.75/103 − 30.75/103 → 38.835; SE 10.5355; z 3.6861; p 0.000228 (scipy norm.sf).
    const comparison = compareNps(group(60, 30, 10), group(40, 30, 30));
    expect(comparison.difference).toBeCloseTo(40, 12);
    expect(comparison.adjustedDifference).toBeCloseTo(38.83495145631068, 10);
    expect(comparison.standardError).toBeCloseTo(10.535536619600576, 10);
    expect(comparison.z).toBeCloseTo(3.6860914501555775, 10);
    expect(comparison.pValue).toBeCloseTo(0.0002277245486959162, 12);
    expect(comparison.lower).toBeCloseTo(18.18567912409068, 9);
    expect(comparison.upper).toBeCloseTo(59.48422378853067, 9);
    expect(comparison.significant).toBe(true);
  });

  it('7/2/1 vs 3/3/4 of 10 each, worked by hand in fractions (Rocks 2016 adjustment, Wald variance of each adjusted NPS)', () => {
    // ñ = 10 + 3 = 13 in each group.
    // A: p̃₊ = 7.75/13, p̃₋ = 1.75/13, NPS̃ = 6/13; Var̃ = (p̃₊ + p̃₋ − NPS̃²)/ñ = (9.5/13 − 36/169)/13 = 87.5/2197.
    // B: p̃₊ = 3.75/13, p̃₋ = 4.75/13, NPS̃ = −1/13; Var̃ = (8.5/13 − 1/169)/13 = 109.5/2197.
    // Estimate = 100·7/13 = 53.846; SE = 100·√(197/2197) = 29.9446; z = 53.846/29.9446 = 7√13/√197 = 1.79819;
    // p = erfc(z/√2) = 0.072146; 95% CI = 53.846 ± 1.959964·29.9446 = −4.844 … 112.536.
    // The raw difference (NPS 60 − (−10) = 70) is only a note.
    const comparison = compareNps(group(7, 2, 1), group(3, 3, 4));
    expect(comparison.method).toBe('调整 Wald 法（Rocks 2016）');
    expect(comparison.difference).toBeCloseTo(70, 12);
    expect(comparison.adjustedDifference).toBeCloseTo(700 / 13, 10);
    expect(comparison.standardError).toBeCloseTo(100 * Math.sqrt(197 / 2197), 10);
    expect(comparison.z).toBeCloseTo((7 * Math.sqrt(13)) / Math.sqrt(197), 8);
    expect(comparison.pValue).toBeCloseTo(0.072146, 5);
    expect(comparison.lower).toBeCloseTo(-4.844, 2);
    expect(comparison.upper).toBeCloseTo(112.536, 2);
    // The interval is centred on the estimate that is shown, not on the raw difference.
    expect((comparison.lower + comparison.upper) / 2).toBeCloseTo(comparison.adjustedDifference, 10);
    expect(comparison.significant).toBe(false);
  });

  it('identical groups: difference 0, z 0, p 1, not significant', () => {
    const comparison = compareNps(group(30, 50, 20), group(30, 50, 20));
    expect(comparison).toMatchObject({ difference: 0, adjustedDifference: 0, z: 0, pValue: 1, significant: false });
  });

  it('two single answers of 10 and 0 are not enough to call a difference', () => {
    const comparison = compareNps(group(1, 0, 0), group(0, 0, 1));
    expect(comparison.difference).toBe(200);
    expect(comparison.significant).toBe(false);
  });

  it('groups where everyone gave the same score still get a finite z (no division by zero)', () => {
    const comparison = compareNps(group(50, 0, 0), group(0, 0, 50));
    expect(Number.isFinite(comparison.z)).toBe(true);
    expect(comparison.significant).toBe(true);
    expect(comparison.upper).toBeLessThanOrEqual(200);
  });

  it('throws when a group is empty (programmer error)', () => {
    expect(() => compareNps(group(0, 0, 0), group(1, 1, 1))).toThrow(RangeError);
  });

  describe('properties', () => {
    it('swapping the groups negates the difference and keeps p', () => {
      fc.assert(fc.property(nonEmptyCounts, nonEmptyCounts, (first, second) => {
        const forward = compareNps(categoryCounts(first), categoryCounts(second));
        const backward = compareNps(categoryCounts(second), categoryCounts(first));
        expect(backward.difference).toBeCloseTo(-forward.difference, 9);
        expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
      }));
    });

    it('p < 0.05 exactly when the 95% interval excludes 0', () => {
      fc.assert(fc.property(nonEmptyCounts, nonEmptyCounts, (first, second) => {
        const comparison = compareNps(categoryCounts(first), categoryCounts(second));
        // Away from the boundary, where rounding could decide either way.
        if (Math.abs(comparison.pValue - 0.05) < 1e-9) return;
        expect(comparison.pValue < 0.05).toBe(comparison.significant);
      }));
    });

    it('p ∈ [0, 1] and the interval lies within [−200, 200]', () => {
      fc.assert(fc.property(nonEmptyCounts, nonEmptyCounts, (first, second) => {
        const comparison = compareNps(categoryCounts(first), categoryCounts(second));
        expect(comparison.pValue).toBeGreaterThanOrEqual(0);
        expect(comparison.pValue).toBeLessThanOrEqual(1);
        expect(comparison.lower).toBeGreaterThanOrEqual(-200);
        expect(comparison.upper).toBeLessThanOrEqual(200);
      }));
    });
  });
});
