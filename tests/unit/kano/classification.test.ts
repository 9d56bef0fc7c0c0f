import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classifyFeature,
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

describe('classifyFeature (mode, Fong test, M > O > A > I rule)', () => {
  it('classifies the hand-worked example as O, clearly', () => {
    const result = classifyFeature(HAND_WORKED)!;
    expect(result).toMatchObject({ category: 'O', top: 'O', second: 'M', decidedBy: 'clear' });
    expect(result.explanation).toContain('差距显著');
    expect(result.explanation).toContain('19.4');
  });

  it.each([
    // Close top two among M/O/A/I: the rule picks the earlier of M > O > A > I.
    ['A 21 vs M 20 → M by the rule', { A: 21, O: 0, M: 20, I: 9, R: 0, Q: 0 }, 'M', 'rule'],
    ['O 30 vs A 31 → O by the rule', { A: 31, O: 30, M: 0, I: 10, R: 0, Q: 0 }, 'O', 'rule'],
    ['I 25 vs A 24 → A by the rule', { A: 24, O: 0, M: 0, I: 25, R: 1, Q: 0 }, 'A', 'rule'],
    ['exact tie M 10 = O 10 → M', { A: 0, O: 10, M: 10, I: 0, R: 0, Q: 0 }, 'M', 'rule'],
    ['R close to I: no rule, keep the top', { A: 0, O: 0, M: 0, I: 20, R: 19, Q: 1 }, 'I', 'mixed'],
    ['clear A', { A: 40, O: 5, M: 5, I: 10, R: 0, Q: 0 }, 'A', 'clear'],
    ['one category only', { A: 0, O: 0, M: 3, I: 0, R: 0, Q: 0 }, 'M', 'clear'],
  ] as const)('%s', (_name, counts, category, decidedBy) => {
    expect(classifyFeature(counts)).toMatchObject({ category, decidedBy });
  });

  it('says in words when the difference is not significant', () => {
    expect(classifyFeature({ A: 21, O: 0, M: 20, I: 9, R: 0, Q: 0 })!.explanation).toMatch(/差距不显著.*M > O > A > I/);
  });

  it('returns null without classified answers', () => {
    expect(classifyFeature({ A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 })).toBeNull();
  });

  it('property: the category is always one of the two most frequent', () => {
    fc.assert(
      fc.property(fc.record({ A: fc.nat(300), O: fc.nat(300), M: fc.nat(300), I: fc.nat(300), R: fc.nat(300), Q: fc.nat(300) }), (counts) => {
        const result = classifyFeature(counts);
        if (result === null) return Object.values(counts).every((count) => count === 0);
        const sorted = Object.values(counts).sort((x, y) => y - x);
        return counts[result.category] >= sorted[1]! && [result.top, result.second].includes(result.category);
      }),
    );
  });
});
