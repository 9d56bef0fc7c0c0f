import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fongTest,
  type CategoryCounts,
} from '../../../src/lib/kano';

/**
 * Hand-worked example from issue 7: M 95, O 123, A 45, I 33, R 0, Q 0 (n = 296 respondents).
 *
 *   Better = (A + O) / (A + O + M + I) = (45 + 123) / 296 = 168 / 296 = 0.56757
 *   Worse  = −(O + M) / (A + O + M + I) = −(123 + 95) / 296 = −218 / 296 = −0.73649
 *
 * Fong: the two most frequent categories are O (a = 123) and M (b = 95); n = 296 (R = Q = 0, so
 * every respondent is classified).
 *   |a − b| = 28
 *   1.65 · √((a + b)(2n − a − b) / (2n)) = 1.65 · √(218 · 374 / 592) = 1.65 · √137.723
 *                                        = 1.65 · 11.7356 = 19.364 ≈ 19.4
 *   28 ≥ 19.4 → the difference is significant: the feature is one-dimensional (O).
 */
const HAND_WORKED: CategoryCounts = { M: 95, O: 123, A: 45, I: 33, R: 0, Q: 0 };

describe('fongTest (Fong 1996)', () => {
  it('matches the hand-worked example: O 123 vs M 95 of n = 296 is significant', () => {
    const result = fongTest(HAND_WORKED.O, HAND_WORKED.M, 296);
    expect(result.difference).toBe(28);
    expect(result.criticalValue).toBeCloseTo(19.4, 1);
    // 218 · 374 / 592 = 137.72297…, √ = 11.735543…, × 1.65 = 19.363646 (python3: 1.65*math.sqrt(218*374/592)).
    expect(result.criticalValue).toBeCloseTo(19.363646, 6);
    expect(result.significant).toBe(true);
  });

  it.each([
    // a, b, n, hand-worked critical value (checked with python3 math.sqrt), significant?
    [20, 18, 50, 8.008876, false], // 38 · 62 / 100 = 23.56, √ = 4.853864, × 1.65 = 8.008876; 2 < 8.01
    [30, 10, 50, 8.083316, true], // 40 · 60 / 100 = 24, √ = 4.898979, × 1.65 = 8.083316; 20 ≥ 8.08
    [10, 10, 20, 5.217758, false], // 20 · 20 / 40 = 10, √ = 3.162278, × 1.65 = 5.217758; ties are never significant
    [0, 0, 0, 0, false],
  ])('a=%i b=%i n=%i', (a, b, n, critical, significant) => {
    const result = fongTest(a, b, n);
    expect(result.criticalValue).toBeCloseTo(critical, 6);
    expect(result.significant).toBe(significant);
  });

  it('is symmetric in a and b', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), (a, b, extra) => {
        const n = a + b + extra;
        const forward = fongTest(a, b, n);
        const backward = fongTest(b, a, n);
        return forward.difference === backward.difference && forward.significant === backward.significant;
      }),
    );
  });

  it('rejects impossible counts', () => {
    expect(() => fongTest(10, 10, 15)).toThrow(RangeError);
    expect(() => fongTest(-1, 0, 5)).toThrow(RangeError);
  });
});

