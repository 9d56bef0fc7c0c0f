/**
 * Comparing the NPS of two independent groups (e.g. two hotels, two months).
 */
import { criticalValue, twoSidedPValue } from '../stats';
import type { CategoryCounts } from './classification';
import { adjustedShares } from './adjustedWaldInterval';
import { assertIntervalCounts, npsVariance } from './waldInterval';

/** The name of the one method behind the estimate, its SE, interval, z and p (shown with them). */
export const COMPARISON_METHOD = '调整 Wald 法（Rocks 2016）';

export interface NpsComparison {
  /** The method's name, for the labels on screen and in the CSV. */
  method: string;
  /**
   * NPS of group A minus NPS of group B, from the raw counts (points). Not the method's estimate:
   * shown only as a note beside it.
   */
  difference: number;
  /** Difference of the adjusted NPSs: the estimate, the centre of the interval and of the test (points). */
  adjustedDifference: number;
  /** Bounds of the confidence interval for the difference, clipped to −200 … 200 (points). */
  lower: number;
  upper: number;
  margin: number;
  standardError: number;
  /** z = adjusted difference / standard error. */
  z: number;
  /** Two-sided p-value, 2·Φ(−|z|). */
  pValue: number;
  confidence: number;
  /** The interval excludes 0, equivalently p < 1 − confidence. */
  significant: boolean;
}

/**
 * Difference between the NPS of two independent groups, with a confidence interval and a z test.
 *
 * Each group gets Rocks's adjustment (ñ = n + 3, ¾ added to promoters and to detractors);
 * the variances of independent samples add:
 * SE = 100·√(Var̃_A + Var̃_B), Var̃ = (p̃₊ + p̃₋ − (p̃₊ − p̃₋)²) / ñ,
 * interval = (NPS̃_A − NPS̃_B) ± z·SE, z = (NPS̃_A − NPS̃_B) / SE, p = 2·Φ(−|z|).
 * Test and interval use the same standard error, so p < 0.05 exactly when the 95% interval
 * excludes 0. Adding pseudo-observations to each group before differencing is the approach
 * Agresti and Caffo showed works well for a difference of two proportions.
 *
 * References:
 * - Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American Statistician, 70(4), 365–372.
 * - Agresti, A., & Caffo, B. (2000). Simple and effective confidence intervals for proportions and differences
 *   of proportions result from adding two successes and two failures. The American Statistician, 54(4), 280–288.
 *
 * @param groupA promoters, detractors, total of the first group (n > 0)
 * @param groupB the same for the second group (n > 0)
 * @param confidence confidence level, default 0.95
 * @returns difference A − B, its interval, z and two-sided p
 * @throws {RangeError} when a group has no answers or inconsistent counts
 * @example compareNps({ promoters: 60, passives: 30, detractors: 10, total: 100 }, { promoters: 40, passives: 30, detractors: 30, total: 100 }).difference // 40
 */
export function compareNps(groupA: CategoryCounts, groupB: CategoryCounts, confidence = 0.95): NpsComparison {
  assertIntervalCounts(groupA);
  assertIntervalCounts(groupB);
  const adjustedA = adjustedShares(groupA);
  const adjustedB = adjustedShares(groupB);
  const adjustedDifference =
    100 *
    (adjustedA.adjustedPromoterShare - adjustedA.adjustedDetractorShare -
      (adjustedB.adjustedPromoterShare - adjustedB.adjustedDetractorShare));
  const variance =
    npsVariance(adjustedA.adjustedPromoterShare, adjustedA.adjustedDetractorShare, adjustedA.adjustedTotal) +
    npsVariance(adjustedB.adjustedPromoterShare, adjustedB.adjustedDetractorShare, adjustedB.adjustedTotal);
  // The adjustment keeps both variances positive, so the standard error is never 0.
  const standardError = 100 * Math.sqrt(variance);
  const margin = criticalValue(confidence) * standardError;
  const z = adjustedDifference / standardError;
  const pValue = twoSidedPValue(z);
  const lower = Math.max(-200, adjustedDifference - margin);
  const upper = Math.min(200, adjustedDifference + margin);
  return {
    method: COMPARISON_METHOD,
    difference: (100 * (groupA.promoters - groupA.detractors)) / groupA.total - (100 * (groupB.promoters - groupB.detractors)) / groupB.total,
    adjustedDifference,
    lower,
    upper,
    margin,
    standardError,
    z,
    pValue,
    confidence,
    significant: lower > 0 || upper < 0,
  };
}
