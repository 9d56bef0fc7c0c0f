import { categoryShares, rankCategories, type CategoryCounts } from './categoryCounts';

/**
 * Category strength and total strength of a feature.
 *
 * - Category strength = share of the most frequent category − share of the second. Lee & Newcomb
 *   suggest reading a feature as clearly belonging to its top category only when this is at least
 *   about 6 percentage points; below that it is a mixture.
 * - Total strength = share of A + share of O + share of M: how many respondents care about the
 *   feature at all. Low values (they use about 60 % as the line) mean most respondents are
 *   indifferent, sceptical (R) or confused (Q).
 *
 * Shares are of all classified pairs (A + O + M + I + R + Q).
 *
 * References: Lee, M. C. & Newcomb, J. F. (1997), Applying the Kano methodology to meet customer
 * requirements: NASA's microgravity science program, Quality Management Journal 4(3), 95–106.
 */
export const CATEGORY_STRENGTH_GUIDE = 0.06;
export const TOTAL_STRENGTH_GUIDE = 0.6;

/**
 * @param counts category counts of one feature
 * @returns top share − second share (0–1); 0 when nothing was classified
 * @example categoryStrength({ A: 45, O: 123, M: 95, I: 33, R: 0, Q: 0 }) // (123 − 95) / 296 ≈ 0.0946
 */
export function categoryStrength(counts: CategoryCounts): number {
  const shares = categoryShares(counts);
  const [top, second] = rankCategories(counts);
  return shares[top!] - shares[second!];
}

/**
 * @param counts category counts of one feature
 * @returns (A + O + M) / all classified pairs (0–1); 0 when nothing was classified
 * @example totalStrength({ A: 45, O: 123, M: 95, I: 33, R: 0, Q: 0 }) // 263 / 296 ≈ 0.8885
 */
export function totalStrength(counts: CategoryCounts): number {
  const shares = categoryShares(counts);
  return shares.A + shares.O + shares.M;
}
