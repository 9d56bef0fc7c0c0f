/**
 * Confidence intervals for a mean and for a mean paired difference (one-sample t interval).
 * SERVQUAL uses the paired form: each respondent answers both E and P for an item, so the
 * interval for P − E is built from the per-respondent differences, not from two separate means.
 */
import type { Moments } from './runningMoments';
import { moments } from './runningMoments';
import { tCriticalValue } from './tDistribution';

/** A mean with its t interval. */
export interface MeanInterval {
  n: number;
  mean: number;
  /** Sample standard deviation s (divisor n − 1). */
  standardDeviation: number;
  /** s / √n. */
  standardError: number;
  /** n − 1. */
  degreesOfFreedom: number;
  /** The two-sided t quantile used. */
  criticalValue: number;
  lower: number;
  upper: number;
  confidence: number;
}

/**
 * The t confidence interval for a population mean, from a sample's moments:
 * x̄ ± t*(1 − α/2, n − 1) · s / √n.
 *
 * References:
 * - Student (1908). The probable error of a mean. Biometrika, 6(1), 1–25.
 * - Moore, D. S., McCabe, G. P. & Craig, B. A. Introduction to the Practice of Statistics, §7.1.
 * - Open explainer: https://en.wikipedia.org/wiki/Student%27s_t-distribution#Confidence_intervals
 *
 * @param sample `{ n, mean, variance }` (sample variance)
 * @param confidence confidence level in (0, 1), default 0.95
 * @returns the interval, or null when n < 2 (no spread can be estimated)
 * @throws {RangeError} when confidence is not in (0, 1)
 * @example meanInterval({ n: 4, mean: 0.5, variance: 1 / 3 }) // lower ≈ −0.4187, upper ≈ 1.4187
 */
export function meanInterval(sample: Moments, confidence = 0.95): MeanInterval | null {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`meanInterval: confidence ${confidence} is not between 0 and 1`);
  if (sample.n < 2) return null;
  const degreesOfFreedom = sample.n - 1;
  const standardDeviation = Math.sqrt(Math.max(0, sample.variance));
  const standardError = standardDeviation / Math.sqrt(sample.n);
  const criticalValue = tCriticalValue(confidence, degreesOfFreedom);
  const margin = criticalValue * standardError;
  return {
    n: sample.n,
    mean: sample.mean,
    standardDeviation,
    standardError,
    degreesOfFreedom,
    criticalValue,
    lower: sample.mean - margin,
    upper: sample.mean + margin,
    confidence,
  };
}

/**
 * The paired t interval for the mean difference minuend − subtrahend (e.g. P − E), computed on
 * the per-pair differences dᵢ = minuendᵢ − subtrahendᵢ: d̄ ± t*(1 − α/2, n − 1) · s_d / √n.
 *
 * References:
 * - Moore, McCabe & Craig, Introduction to the Practice of Statistics, §7.1 (matched pairs t procedures).
 * - Open explainer: https://en.wikipedia.org/wiki/Paired_difference_test
 *
 * @param minuend first measurement of each pair (e.g. perception P)
 * @param subtrahend second measurement of each pair, same order (e.g. expectation E)
 * @param confidence confidence level in (0, 1), default 0.95
 * @returns the interval of the mean difference, or null when there are fewer than 2 pairs
 * @throws {RangeError} when the arrays differ in length (a programmer error)
 * @example pairedDifferenceInterval([5, 6, 4, 6], [6, 6, 5, 5]) // mean −0.25, lower ≈ −1.773, upper ≈ 1.273
 */
export function pairedDifferenceInterval(minuend: readonly number[], subtrahend: readonly number[], confidence = 0.95): MeanInterval | null {
  if (minuend.length !== subtrahend.length) {
    throw new RangeError(`pairedDifferenceInterval: ${minuend.length} and ${subtrahend.length} values do not pair up`);
  }
  const differences = minuend.map((value, index) => value - subtrahend[index]!);
  return meanInterval(moments(differences), confidence);
}
