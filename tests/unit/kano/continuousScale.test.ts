import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { continuousScores, DYSFUNCTIONAL_SCORES, frequencyMoments, FUNCTIONAL_SCORES, importanceMoments, tallyFromPairs, type KanoAnswer } from '../../../src/lib/kano';

describe('DuMouchel continuous scale (Berger et al. 1993, section IVb)', () => {
  it('uses the published scores', () => {
    // functional: Like 4, Must-be 2, Neutral 0, Live-with −1, Dislike −2
    expect(FUNCTIONAL_SCORES).toEqual([4, 2, 0, -1, -2]);
    // dysfunctional: Like −2, Must-be −1, Neutral 0, Live-with 2, Dislike 4
    expect(DYSFUNCTIONAL_SCORES).toEqual([-2, -1, 0, 2, 4]);
  });

  it.each([
    // pure categories: one-dimensional (4, 4), must-be (functional 2, dysfunctional 4), attractive (4, 0), indifferent (0, 0)
    ['one-dimensional', [1, 5], 4, 4],
    ['must-be', [2, 5], 2, 4],
    ['attractive', [1, 3], 4, 0],
    ['indifferent', [3, 3], 0, 0],
    ['reverse', [5, 1], -2, -2],
  ] as const)('%s pair', (_name, pair, functional, dysfunctional) => {
    const scores = continuousScores(tallyFromPairs('x', [pair]))!;
    expect(scores.functional.mean).toBe(functional);
    expect(scores.dysfunctional.mean).toBe(dysfunctional);
    expect(scores.functional.standardDeviation).toBeNull();
  });

  it('hand-worked: pairs (1,5), (2,5), (3,3), (1,3)', () => {
    // functional scores 4, 2, 0, 4: mean 10/4 = 2.5; deviations 1.5, −0.5, −2.5, 1.5 → squares 2.25 + 0.25 + 6.25 + 2.25 = 11; SD = √(11/3) = 1.9149
    // dysfunctional scores 4, 4, 0, 0: mean 2; squares 4·4 = 16; SD = √(16/3) = 2.3094
    const scores = continuousScores(tallyFromPairs('x', [[1, 5], [2, 5], [3, 3], [1, 3]]))!;
    expect(scores.functional.mean).toBeCloseTo(2.5, 12);
    expect(scores.functional.standardDeviation).toBeCloseTo(Math.sqrt(11 / 3), 12);
    expect(scores.dysfunctional.mean).toBeCloseTo(2, 12);
    expect(scores.dysfunctional.standardDeviation).toBeCloseTo(Math.sqrt(16 / 3), 12);
  });

  it('is null without answers', () => {
    expect(continuousScores(tallyFromPairs('x', []))).toBeNull();
    expect(importanceMoments(tallyFromPairs('x', []))).toBeNull();
  });

  it('importance: ratings 7, 9, 8 → mean 8, SD 1', () => {
    const moments = importanceMoments(tallyFromPairs('x', [], [7, 9, 8]))!;
    expect(moments.mean).toBe(8);
    expect(moments.standardDeviation).toBeCloseTo(1, 12);
  });

  it('property: frequency moments equal the moments of the expanded data', () => {
    const answer = fc.constantFrom<KanoAnswer>(1, 2, 3, 4, 5);
    fc.assert(
      fc.property(fc.array(fc.tuple(answer, answer), { minLength: 2, maxLength: 200 }), (pairs) => {
        const scores = continuousScores(tallyFromPairs('x', pairs))!;
        const values = pairs.map(([functional]) => FUNCTIONAL_SCORES[functional - 1]!);
        const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
        const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
        return Math.abs(scores.functional.mean - mean) < 1e-9 && Math.abs(scores.functional.standardDeviation! - sd) < 1e-9 && scores.functional.mean <= 4 && scores.functional.mean >= -2;
      }),
    );
  });

  it('frequencyMoments rejects mismatched arrays', () => {
    expect(() => frequencyMoments([1, 2], [1])).toThrow(RangeError);
  });
});
