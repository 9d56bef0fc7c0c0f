/**
 * The Wald (normal-approximation) confidence interval for the NPS.
 */
import { criticalValue } from '../stats';
import type { CategoryCounts } from './classification';

/** A confidence interval for an NPS, in points. */
export interface NpsInterval {
  /** The centre the interval is built around (points). */
  center: number;
  /** Lower and upper bounds, clipped to −100 … 100. */
  lower: number;
  upper: number;
  /** Half-width before clipping, z × standard error (points). */
  margin: number;
  /** Standard error of the NPS (points). */
  standardError: number;
  confidence: number;
}

/**
 * Variance of the difference of two shares of one multinomial sample, the NPS as a proportion:
 * Var(p̂₊ − p̂₋) = [p₊ + p₋ − (p₊ − p₋)²] / n.
 * @internal shared by the Wald and adjusted-Wald intervals
 */
export function npsVariance(promoterShare: number, detractorShare: number, total: number): number {
  const difference = promoterShare - detractorShare;
  return (promoterShare + detractorShare - difference * difference) / total;
}

function clipToScale(value: number): number {
  return Math.min(100, Math.max(-100, value));
}

/** @internal builds an interval around a centre (proportions in, points out) */
export function intervalAround(centerShare: number, variance: number, confidence: number): NpsInterval {
  // Rounding can make a zero variance come out as −1e−17.
  const standardError = 100 * Math.sqrt(Math.max(0, variance));
  const margin = criticalValue(confidence) * standardError;
  const center = 100 * centerShare;
  return { center, lower: clipToScale(center - margin), upper: clipToScale(center + margin), margin, standardError, confidence };
}

/** @internal programmer-error check shared by the interval functions */
export function assertIntervalCounts({ promoters, detractors, total }: CategoryCounts): void {
  if (!(total > 0) || promoters < 0 || detractors < 0 || promoters + detractors > total) {
    throw new RangeError('NPS interval: counts must satisfy 0 ≤ promoters + detractors ≤ total and total > 0');
  }
}

/**
 * Wald confidence interval for the NPS: NPS ± z·√([p₊ + p₋ − (p₊ − p₋)²] / n), in points.
 *
 * Simple, but too narrow for small n or extreme shares (with every answer a 10 its width is 0);
 * the calculator shows the adjusted-Wald interval and the method page shows this one.
 *
 * References:
 * - Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American Statistician, 70(4), 365–372, §2.
 *
 * @param counts promoters, detractors and total (n > 0)
 * @param confidence confidence level, default 0.95
 * @returns the interval (points), bounds clipped to −100 … 100
 * @throws {RangeError} when total is 0 or the counts do not add up
 * @example waldInterval({ promoters: 250, passives: 675, detractors: 75, total: 1000 }).margin // ≈ 3.36
 */
export function waldInterval(counts: CategoryCounts, confidence = 0.95): NpsInterval {
  assertIntervalCounts(counts);
  const promoterShare = counts.promoters / counts.total;
  const detractorShare = counts.detractors / counts.total;
  return intervalAround(promoterShare - detractorShare, npsVariance(promoterShare, detractorShare, counts.total), confidence);
}
