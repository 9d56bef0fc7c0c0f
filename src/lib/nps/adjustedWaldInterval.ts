/**
 * The adjusted-Wald confidence interval for the NPS (Rocks 2016), the calculator's default.
 */
import type { CategoryCounts } from './classification';
import { assertIntervalCounts, intervalAround, npsVariance, type NpsInterval } from './waldInterval';

/** Pseudo-observations added to n by the adjustment. */
export const ADDED_RESPONSES = 3;
/** Pseudo-observations added to promoters and to detractors (the passives get the remaining 1.5). */
export const ADDED_PER_EXTREME = 0.75;

/** The adjusted counts and shares the interval is built from. */
export interface AdjustedShares {
  adjustedTotal: number;
  adjustedPromoterShare: number;
  adjustedDetractorShare: number;
}

/**
 * Rocks's adjustment: ñ = n + 3, p̃₊ = (promoters + ¾) / ñ, p̃₋ = (detractors + ¾) / ñ.
 * @example adjustedShares({ promoters: 250, passives: 675, detractors: 75, total: 1000 }).adjustedTotal // 1003
 */
export function adjustedShares({ promoters, detractors, total }: CategoryCounts): AdjustedShares {
  const adjustedTotal = total + ADDED_RESPONSES;
  return {
    adjustedTotal,
    adjustedPromoterShare: (promoters + ADDED_PER_EXTREME) / adjustedTotal,
    adjustedDetractorShare: (detractors + ADDED_PER_EXTREME) / adjustedTotal,
  };
}

/**
 * Adjusted-Wald confidence interval for the NPS, in points:
 * ñ = n + 3, p̃₊ = (promoters + 0.75)/ñ, p̃₋ = (detractors + 0.75)/ñ,
 * interval = 100 × [(p̃₊ − p̃₋) ± z·√((p̃₊ + p̃₋ − (p̃₊ − p̃₋)²) / ñ)], clipped to −100 … 100.
 *
 * Like Agresti and Coull's interval for one proportion, the pseudo-observations pull the
 * centre slightly towards 0 and keep the width positive when every answer is the same, so the
 * coverage stays close to 95% even for small n. The centre is therefore not exactly the NPS;
 * for n ≥ 2 the interval still contains the NPS, for n = 1 it does not (see tests).
 *
 * References:
 * - Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American Statistician, 70(4), 365–372.
 * - Agresti, A., & Coull, B. A. (1998). Approximate is better than "exact" for interval estimation of
 *   binomial proportions. The American Statistician, 52(2), 119–126.
 *
 * @param counts promoters, detractors and total (n > 0)
 * @param confidence confidence level, default 0.95
 * @returns the interval (points); `center` is the adjusted NPS
 * @throws {RangeError} when total is 0 or the counts do not add up
 * @example adjustedWaldInterval({ promoters: 250, passives: 675, detractors: 75, total: 1000 }) // ≈ { lower: 14.09, upper: 20.81 }
 */
export function adjustedWaldInterval(counts: CategoryCounts, confidence = 0.95): NpsInterval {
  assertIntervalCounts(counts);
  const { adjustedTotal, adjustedPromoterShare, adjustedDetractorShare } = adjustedShares(counts);
  return intervalAround(
    adjustedPromoterShare - adjustedDetractorShare,
    npsVariance(adjustedPromoterShare, adjustedDetractorShare, adjustedTotal),
    confidence,
  );
}
