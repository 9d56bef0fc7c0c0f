/**
 * The standard normal distribution: cumulative distribution function Φ and its inverse Φ⁻¹.
 * One implementation for the whole site (NPS, KANO, SERVQUAL all import it from here).
 */

const SQRT_TWO_PI = 2.5066282746310002;

/**
 * Standard normal cumulative distribution function, Φ(z) = P(Z ≤ z) for Z ~ N(0, 1).
 *
 * Hart's double-precision rational approximation (algorithm 5666) as published by West:
 * for |z| < 7.07 a ratio of a degree-6 and a degree-7 polynomial times exp(−z²/2), beyond
 * that a continued fraction. The lower tail is computed directly, so Φ(−8) keeps its
 * relative accuracy instead of being lost in 1 − Φ(8). Against scipy.stats.norm.cdf on a grid
 * of 200,001 points in [−37, 0]: absolute error ≤ 2.3e−16, relative error < 9e−9 (largest in
 * the far tail, z < −7; tests/unit/stats/normal.test.ts).
 *
 * References:
 * - Hart, J. F. et al. (1968). Computer Approximations. Wiley. Algorithm 5666.
 * - West, G. (2005). Better approximations to cumulative normal functions. Wilmott Magazine, May, 70–76.
 *
 * @param z a real number (±Infinity allowed)
 * @returns Φ(z), in [0, 1]
 * @throws {RangeError} when z is NaN
 * @example standardNormalCdf(1.959963984540054) // ≈ 0.975
 */
export function standardNormalCdf(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('standardNormalCdf: z is NaN');
  const distance = Math.abs(z);
  let lowerTail: number;
  if (distance > 37) {
    lowerTail = 0;
  } else {
    const gaussian = Math.exp((-distance * distance) / 2);
    if (distance < 7.07106781186547) {
      let numerator = 3.52624965998911e-2 * distance + 0.700383064443688;
      numerator = numerator * distance + 6.37396220353165;
      numerator = numerator * distance + 33.912866078383;
      numerator = numerator * distance + 112.079291497871;
      numerator = numerator * distance + 221.213596169931;
      numerator = numerator * distance + 220.206867912376;
      let denominator = 8.83883476483184e-2 * distance + 1.75566716318264;
      denominator = denominator * distance + 16.064177579207;
      denominator = denominator * distance + 86.7807322029461;
      denominator = denominator * distance + 296.564248779674;
      denominator = denominator * distance + 637.333633378831;
      denominator = denominator * distance + 793.826512519948;
      denominator = denominator * distance + 440.413735824752;
      lowerTail = (gaussian * numerator) / denominator;
    } else {
      let fraction = distance + 0.65;
      fraction = distance + 4 / fraction;
      fraction = distance + 3 / fraction;
      fraction = distance + 2 / fraction;
      fraction = distance + 1 / fraction;
      lowerTail = gaussian / fraction / SQRT_TWO_PI;
    }
  }
  return z > 0 ? 1 - lowerTail : lowerTail;
}

/**
 * Two-sided p-value of a z statistic: P(|Z| ≥ |z|) = 2·Φ(−|z|).
 *
 * References: any introductory text, e.g. Agresti, A. (2013). Categorical Data Analysis, 3rd ed., §1.3.
 *
 * @param z the test statistic
 * @returns the two-sided p-value, in [0, 1]
 * @example twoSidedPValue(1.959963984540054) // ≈ 0.05
 */
export function twoSidedPValue(z: number): number {
  return Math.min(1, 2 * standardNormalCdf(-Math.abs(z)));
}

// Wichura's AS 241 (PPND16) coefficients, highest degree first for Horner's rule. They are quoted
// digit for digit as published (more digits than a double holds), so that they can be checked
// against the paper; the parser rounds them to the nearest double, as the algorithm expects.
/* eslint-disable no-loss-of-precision */
const CENTRAL_NUMERATOR = [
  2.5090809287301226727e3, 3.3430575583588128105e4, 6.7265770927008700853e4, 4.5921953931549871457e4,
  1.3731693765509461125e4, 1.9715909503065514427e3, 1.3314166789178437745e2, 3.387132872796366608,
];
const CENTRAL_DENOMINATOR = [
  5.226495278852854561e3, 2.8729085735721942674e4, 3.930789580009271061e4, 2.1213794301586595867e4,
  5.3941960214247511077e3, 6.871870074920579083e2, 4.2313330701600911252e1, 1,
];
const NEAR_NUMERATOR = [
  7.7454501427834140764e-4, 2.27238449892691845833e-2, 2.4178072517745061177e-1, 1.27045825245236838258,
  3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734,
];
const NEAR_DENOMINATOR = [
  1.05075007164441684324e-9, 5.475938084995344946e-4, 1.51986665636164571966e-2, 1.4810397642748007459e-1,
  6.8976733498510000455e-1, 1.6763848301838038494, 2.05319162663775882187, 1,
];
const FAR_NUMERATOR = [
  2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.2426609473880784386e-3, 2.6532189526576123093e-2,
  2.9656057182850489123e-1, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772,
];
const FAR_DENOMINATOR = [
  2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4,
  1.48753612908506148525e-2, 1.3692988092273580531e-1, 5.9983220655588793769e-1, 1,
];
/* eslint-enable no-loss-of-precision */

function horner(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (const coefficient of coefficients) value = value * x + coefficient;
  return value;
}

/**
 * Inverse of the standard normal CDF, Φ⁻¹(p): the z with Φ(z) = p (the probit, R's `qnorm`).
 *
 * Wichura's algorithm AS 241 (PPND16): rational approximations in three regions
 * (|p − ½| ≤ 0.425, then r = √(−ln min(p, 1−p)) ≤ 5 and > 5), relative accuracy about 1e−16.
 *
 * References:
 * - Wichura, M. J. (1988). Algorithm AS 241: The percentage points of the normal distribution.
 *   Journal of the Royal Statistical Society, Series C (Applied Statistics), 37(3), 477–484.
 * - R Core Team, `qnorm` in src/nmath/qnorm.c (the same algorithm).
 *
 * @param probability p in [0, 1]
 * @returns z with Φ(z) = p; −Infinity at 0 and Infinity at 1
 * @throws {RangeError} when p is outside [0, 1] or NaN
 * @example inverseStandardNormalCdf(0.975) // ≈ 1.959963984540054
 */
export function inverseStandardNormalCdf(probability: number): number {
  if (Number.isNaN(probability) || probability < 0 || probability > 1) {
    throw new RangeError(`inverseStandardNormalCdf: probability ${probability} is outside [0, 1]`);
  }
  if (probability === 0) return -Infinity;
  if (probability === 1) return Infinity;
  const offset = probability - 0.5;
  if (Math.abs(offset) <= 0.425) {
    const r = 0.180625 - offset * offset;
    return (offset * horner(CENTRAL_NUMERATOR, r)) / horner(CENTRAL_DENOMINATOR, r);
  }
  const tail = offset < 0 ? probability : 1 - probability;
  let r = Math.sqrt(-Math.log(tail));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = horner(NEAR_NUMERATOR, r) / horner(NEAR_DENOMINATOR, r);
  } else {
    r -= 5;
    value = horner(FAR_NUMERATOR, r) / horner(FAR_DENOMINATOR, r);
  }
  return offset < 0 ? -value : value;
}

/**
 * The two-sided critical value z for a confidence level, Φ⁻¹(1 − α/2): 1.959963984540054 at 95%.
 *
 * @param confidence the confidence level, strictly between 0 and 1 (e.g. 0.95)
 * @returns the critical value
 * @throws {RangeError} when confidence is not in (0, 1)
 * @example criticalValue(0.95) // ≈ 1.96
 */
export function criticalValue(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`criticalValue: confidence ${confidence} is not between 0 and 1`);
  }
  return inverseStandardNormalCdf(1 - (1 - confidence) / 2);
}
