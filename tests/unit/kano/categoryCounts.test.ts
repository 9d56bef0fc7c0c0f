import { describe, expect, it } from 'vitest';
import { categoryShares, countCategories, emptyCategoryCounts, rankCategories, tallyFromPairs, totalCount } from '../../../src/lib/kano';

describe('category counts of one feature', () => {
  // Answer codes 1 = 我很喜欢 … 5 = 我很不喜欢. Berger et al. (1993), figure 4:
  // like/dislike (1, 5) → O, like/neutral (1, 3) → A, must-be/dislike (2, 5) → M,
  // neutral/neutral (3, 3) → I, dislike/like (5, 1) → R, like/like (1, 1) → Q.
  const tally = tallyFromPairs('接机服务', [
    [1, 5], [1, 5], [1, 5],
    [1, 3], [1, 3],
    [2, 5], [2, 5], [2, 5], [2, 5],
    [3, 3],
    [5, 1],
    [1, 1],
  ]);

  it('reads each answer pair through the evaluation table', () => {
    expect(countCategories(tally)).toEqual({ M: 4, O: 3, A: 2, I: 1, R: 1, Q: 1 });
  });

  it('totals and shares: 12 pairs, M = 4/12', () => {
    const counts = countCategories(tally);
    expect(totalCount(counts)).toBe(12);
    const shares = categoryShares(counts);
    expect(shares.M).toBeCloseTo(4 / 12, 12);
    expect(shares.Q).toBeCloseTo(1 / 12, 12);
  });

  it('ranks by count; ties keep the order M, O, A, I, R, Q', () => {
    expect(rankCategories({ M: 4, O: 3, A: 2, I: 1, R: 1, Q: 1 })).toEqual(['M', 'O', 'A', 'I', 'R', 'Q']);
    expect(rankCategories({ M: 1, O: 5, A: 5, I: 0, R: 0, Q: 2 })).toEqual(['O', 'A', 'Q', 'M', 'I', 'R']);
  });

  it('an empty feature has zero shares, not NaN', () => {
    expect(categoryShares(emptyCategoryCounts())).toEqual({ A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 });
  });
});
