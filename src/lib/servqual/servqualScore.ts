/**
 * SERVQUAL gap scores.
 *
 * Item gap: Q = P − E (perception minus expectation); negative = below expectations.
 * Dimension gap: the mean of a respondent's item gaps in the dimension, averaged over respondents.
 * Unweighted SERVQUAL score: the mean of the dimension gaps.
 * Weighted SERVQUAL score: Σ (dimension gap × importance weight) / 100, with weights that add up
 * to 100 — a weighted average of the dimension gaps, on the same scale as the gaps.
 *
 * References:
 * - Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). Journal of Retailing, 64(1), 12–40 (p. 31: the gap score Q = P − E).
 * - Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Journal of Retailing, 67(4), 420–450 (weighted score with 100-point importance).
 * - Zun, A. B., Ibrahim, M. I. & Hamid, A. A. (2018). Level of satisfaction on service quality
 *   dimensions based on SERVQUAL model among patients attending 1 Malaysia clinic in Kota Bharu,
 *   Malaysia. Oman Medical Journal, 33(5), 416–422 (a worked example of dimension gaps).
 */
import type { Moments } from '../stats/runningMoments';

/**
 * The gap of one answer pair or of two means: P − E.
 * @example gapScore(4.19, 4.44) // −0.25 (Zun et al. 2018, tangibles)
 */
export function gapScore(perceived: number, expected: number): number {
  return perceived - expected;
}

/**
 * Unweighted SERVQUAL score: the mean of the dimension gaps.
 * @param dimensionGaps one gap per dimension
 * @returns the mean, or null when there are no dimensions
 * @example unweightedServqualScore([-0.25, -0.13, -0.13, -0.18, -0.16]) // −0.17 (Zun et al. 2018)
 */
export function unweightedServqualScore(dimensionGaps: readonly number[]): number | null {
  if (dimensionGaps.length === 0) return null;
  return dimensionGaps.reduce((sum, gap) => sum + gap, 0) / dimensionGaps.length;
}

/**
 * The unweighted SERVQUAL score of an analysed survey: the mean of the gaps of the dimensions
 * that have at least one respondent with a complete gap (a dimension nobody answered has no gap
 * and does not count as 0). The results page, its report and the live announcement all read it here.
 * @param dimensions the analysis's dimension summaries (their gap moments)
 * @returns the score, or null when no dimension has a gap
 * @example unweightedScoreOfDimensions([{ gap: { n: 3, mean: -1, variance: 0 } }, { gap: { n: 0, mean: 0, variance: 0 } }]) // −1
 */
export function unweightedScoreOfDimensions(dimensions: readonly { gap: Moments }[]): number | null {
  return unweightedServqualScore(dimensions.filter((dimension) => dimension.gap.n > 0).map((dimension) => dimension.gap.mean));
}

/**
 * Weighted SERVQUAL score: Σ gap_d × weight_d / 100.
 * @param dimensionGaps one gap per dimension
 * @param weights importance points per dimension, same order, adding up to 100 (check them with checkWeights first)
 * @returns the weighted score (a weighted mean of the gaps)
 * @throws {RangeError} when the lengths differ or the weights do not add up to 100 (a programmer error)
 * @example weightedServqualScore([-1, 0, 0, 0, 0], [40, 15, 15, 15, 15]) // −0.4
 */
export function weightedServqualScore(dimensionGaps: readonly number[], weights: readonly number[]): number {
  if (dimensionGaps.length !== weights.length) throw new RangeError(`weightedServqualScore: ${dimensionGaps.length} gaps for ${weights.length} weights`);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (Math.abs(total - 100) > 1e-6) throw new RangeError(`weightedServqualScore: weights add up to ${total}, not 100`);
  return dimensionGaps.reduce((sum, gap, index) => sum + (gap * weights[index]!) / 100, 0);
}
