/**
 * Student's t distribution: cumulative distribution function, quantile and two-sided critical
 * value, for the confidence intervals of means and paired differences (SERVQUAL gaps).
 */
import { regularizedIncompleteBeta } from './incompleteBeta';
import { logGamma } from './logGamma';
import { inverseStandardNormalCdf, standardNormalCdf } from './normal';

function checkDegreesOfFreedom(name: string, degreesOfFreedom: number): void {
  if (Number.isNaN(degreesOfFreedom) || !(degreesOfFreedom > 0)) {
    throw new RangeError(`${name}: degrees of freedom ${degreesOfFreedom} must be positive`);
  }
}

/**
 * Student's t cumulative distribution function, P(T ≤ t) for T ~ t(ν).
 *
 * For ν < ∞: P(T ≤ t) = 1 − ½·I_x(ν/2, ½) for t ≥ 0, with x = ν / (ν + t²) and I the
 * regularised incomplete beta function; the lower tail by symmetry. ν = ∞ gives Φ(t).
 *
 * References:
 * - Abramowitz, M. & Stegun, I. A. (1964). Handbook of Mathematical Functions, 26.7.1 and 26.5.27.
 * - Open explainer: https://en.wikipedia.org/wiki/Student%27s_t-distribution#Cumulative_distribution_function
 *
 * @param t a real number
 * @param degreesOfFreedom ν > 0 (need not be an integer; Infinity allowed)
 * @returns P(T ≤ t), in [0, 1]
 * @throws {RangeError} when t is NaN or ν is not positive
 * @example studentTCdf(2.2281388519862744, 10) // ≈ 0.975
 */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  if (Number.isNaN(t)) throw new RangeError('studentTCdf: t is NaN');
  checkDegreesOfFreedom('studentTCdf', degreesOfFreedom);
  if (degreesOfFreedom === Infinity) return standardNormalCdf(t);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = 0.5 * regularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/**
 * Student's t probability density function.
 *
 * f(t) = Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^(−(ν+1)/2)
 *
 * References: Abramowitz & Stegun (1964), 26.7.1.
 *
 * @param t a real number
 * @param degreesOfFreedom ν > 0
 * @returns the density at t
 * @example studentTDensity(0, 1) // ≈ 0.3183098861837907 (= 1/π)
 */
export function studentTDensity(t: number, degreesOfFreedom: number): number {
  checkDegreesOfFreedom('studentTDensity', degreesOfFreedom);
  if (degreesOfFreedom === Infinity) return Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  const logNormaliser = logGamma((degreesOfFreedom + 1) / 2) - logGamma(degreesOfFreedom / 2) - 0.5 * Math.log(degreesOfFreedom * Math.PI);
  return Math.exp(logNormaliser - ((degreesOfFreedom + 1) / 2) * Math.log1p((t * t) / degreesOfFreedom));
}

/**
 * Quantile (inverse CDF) of Student's t distribution: the t with P(T ≤ t) = p (R's `qt`).
 *
 * Exact closed forms for ν = 1 (Cauchy) and ν = 2; otherwise a start from the Cornish–Fisher
 * expansion around the normal quantile, refined by Newton's method on studentTCdf with a
 * bisection safeguard, to a relative accuracy of about 1e−12.
 *
 * References:
 * - Hill, G. W. (1970). Algorithm 396: Student's t-quantiles. Communications of the ACM, 13(10), 619–620.
 * - Abramowitz & Stegun (1964), 26.7.5 (Cornish–Fisher expansion of t in terms of z).
 * - Open explainer: https://en.wikipedia.org/wiki/Student%27s_t-distribution#Table_of_selected_values
 *
 * @param probability p in [0, 1]
 * @param degreesOfFreedom ν > 0 (Infinity gives the normal quantile)
 * @returns t with P(T ≤ t) = p; −Infinity at 0 and Infinity at 1
 * @throws {RangeError} when p is outside [0, 1] or ν is not positive
 * @example studentTQuantile(0.975, 10) // ≈ 2.2281388519862744
 */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
  if (Number.isNaN(probability) || probability < 0 || probability > 1) {
    throw new RangeError(`studentTQuantile: probability ${probability} is outside [0, 1]`);
  }
  checkDegreesOfFreedom('studentTQuantile', degreesOfFreedom);
  if (probability === 0) return -Infinity;
  if (probability === 1) return Infinity;
  if (probability === 0.5) return 0;
  if (degreesOfFreedom === Infinity) return inverseStandardNormalCdf(probability);
  if (degreesOfFreedom === 1) return Math.tan(Math.PI * (probability - 0.5));
  if (degreesOfFreedom === 2) return (2 * probability - 1) / Math.sqrt(2 * probability * (1 - probability));
  // Solve in the upper half and reflect: the distribution is symmetric about 0.
  const upper = probability > 0.5 ? probability : 1 - probability;
  const sign = probability > 0.5 ? 1 : -1;
  return sign * upperQuantile(upper, degreesOfFreedom);
}

const MAX_NEWTON_STEPS = 100;
const RELATIVE_TOLERANCE = 1e-13;

function upperQuantile(probability: number, degreesOfFreedom: number): number {
  const z = inverseStandardNormalCdf(probability);
  const nu = degreesOfFreedom;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  // Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5), good for moderate ν.
  let t = z + (z3 + z) / (4 * nu) + (5 * z5 + 16 * z3 + 3 * z) / (96 * nu * nu) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * nu ** 3);
  if (!(t > 0) || !Number.isFinite(t)) t = z > 0 ? z : 1;
  // Bracket the root: cdf(low) < p ≤ cdf(high).
  let low = 0;
  let high = t;
  while (studentTCdf(high, nu) < probability) {
    low = high;
    high *= 2;
    if (!Number.isFinite(high)) return Infinity;
  }
  t = Math.min(Math.max(t, low), high);
  for (let step = 0; step < MAX_NEWTON_STEPS; step += 1) {
    const error = studentTCdf(t, nu) - probability;
    if (error > 0) high = t;
    else low = t;
    const density = studentTDensity(t, nu);
    let next = density > 0 ? t - error / density : Number.NaN;
    // Leave the bracket (or stall) → bisect instead.
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(next))) return next;
    t = next;
  }
  return t;
}

/**
 * The two-sided critical value t for a confidence level: the (1 − α/2) quantile of t(ν).
 *
 * References: any introductory text, e.g. Moore, McCabe & Craig, Introduction to the Practice of
 * Statistics, §7.1 (the one-sample t interval).
 *
 * @param confidence the confidence level, strictly between 0 and 1 (e.g. 0.95)
 * @param degreesOfFreedom ν > 0
 * @returns the critical value t*
 * @throws {RangeError} when confidence is not in (0, 1) or ν is not positive
 * @example tCriticalValue(0.95, 29) // ≈ 2.045229642132703
 */
export function tCriticalValue(confidence: number, degreesOfFreedom: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`tCriticalValue: confidence ${confidence} is not between 0 and 1`);
  }
  return studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom);
}
