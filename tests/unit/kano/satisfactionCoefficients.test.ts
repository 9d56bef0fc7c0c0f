import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  satisfactionCoefficients,
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

describe('satisfactionCoefficients (Better/Worse, Timko in Berger et al. 1993)', () => {
  it('matches the hand-worked example', () => {
    const coefficients = satisfactionCoefficients(HAND_WORKED)!;
    expect(coefficients.better).toBeCloseTo(0.568, 3);
    expect(coefficients.worse).toBeCloseTo(-0.736, 3);
    expect(coefficients.better).toBeCloseTo(168 / 296, 12);
    expect(coefficients.worse).toBeCloseTo(-218 / 296, 12);
  });

  it.each([
    ['only attractive', { A: 10, O: 0, M: 0, I: 0, R: 0, Q: 0 }, 1, 0],
    ['only one-dimensional', { A: 0, O: 10, M: 0, I: 0, R: 0, Q: 0 }, 1, -1],
    ['only must-be', { A: 0, O: 0, M: 10, I: 0, R: 0, Q: 0 }, 0, -1],
    ['only indifferent', { A: 0, O: 0, M: 0, I: 10, R: 0, Q: 0 }, 0, 0],
    ['R and Q are left out', { A: 1, O: 1, M: 1, I: 1, R: 50, Q: 50 }, 0.5, -0.5],
  ] as const)('%s', (_name, counts, better, worse) => {
    const coefficients = satisfactionCoefficients(counts)!;
    expect(coefficients.better).toBeCloseTo(better, 12);
    expect(coefficients.worse).toBeCloseTo(worse, 12);
  });

  it('never returns −0 for Worse', () => {
    expect(Object.is(satisfactionCoefficients({ A: 3, O: 0, M: 0, I: 1, R: 0, Q: 0 })!.worse, 0)).toBe(true);
  });

  it('is undefined (null) when no answer falls in A, O, M or I', () => {
    expect(satisfactionCoefficients({ A: 0, O: 0, M: 0, I: 0, R: 4, Q: 2 })).toBeNull();
    expect(satisfactionCoefficients({ A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 })).toBeNull();
  });

  const counts = fc.record({ A: fc.nat(10_000), O: fc.nat(10_000), M: fc.nat(10_000), I: fc.nat(10_000), R: fc.nat(10_000), Q: fc.nat(10_000) });

  it('property: Better ∈ [0, 1] and Worse ∈ [−1, 0]', () => {
    fc.assert(
      fc.property(counts, (sample) => {
        const coefficients = satisfactionCoefficients(sample);
        if (coefficients === null) return sample.A + sample.O + sample.M + sample.I === 0;
        return coefficients.better >= 0 && coefficients.better <= 1 && coefficients.worse >= -1 && coefficients.worse <= 0;
      }),
    );
  });

  it('property: Better − Worse = 1 + (O − I) / (A + O + M + I)', () => {
    fc.assert(
      fc.property(counts, (sample) => {
        const coefficients = satisfactionCoefficients(sample);
        if (coefficients === null) return true;
        const relevant = sample.A + sample.O + sample.M + sample.I;
        return Math.abs(coefficients.better - coefficients.worse - (1 + (sample.O - sample.I) / relevant)) < 1e-12;
      }),
    );
  });
});

