import { describe, expect, it } from 'vitest';
import {
  categoryStrength,
  totalStrength,
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

describe('category strength and total strength (Lee & Newcomb 1997)', () => {
  it('matches the hand-worked example', () => {
    // Category strength: O 123/296 − M 95/296 = 28/296 = 9.46 %; total strength: (45 + 123 + 95)/296 = 88.85 %.
    expect(categoryStrength(HAND_WORKED)).toBeCloseTo(28 / 296, 12);
    expect(totalStrength(HAND_WORKED)).toBeCloseTo(263 / 296, 12);
  });

  it('is 0 for an empty feature', () => {
    const empty = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
    expect(categoryStrength(empty)).toBe(0);
    expect(totalStrength(empty)).toBe(0);
  });
});

