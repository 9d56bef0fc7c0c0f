/**
 * The natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * Lanczos approximation with g = 7 and nine coefficients (the set popularised by Godfrey and used
 * in many numerical libraries), with the reflection formula Γ(x)Γ(1 − x) = π / sin(πx) for
 * x < ½. Relative error about 1e−15 for the arguments a t or beta distribution needs.
 *
 * References:
 * - Lanczos, C. (1964). A precision approximation of the gamma function. SIAM Journal on
 *   Numerical Analysis, Series B, 1, 86–96.
 * - Press, W. H. et al. (2007). Numerical Recipes, 3rd ed., §6.1 (Gamma function).
 * - Open explainer: https://en.wikipedia.org/wiki/Lanczos_approximation
 *
 * @param x a positive real number
 * @returns ln Γ(x)
 * @throws {RangeError} when x is not a positive finite number
 * @example logGamma(5) // ≈ 3.1780538303479458 (= ln 24)
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`logGamma: x = ${x} is not a positive finite number`);
  if (x < 0.5) {
    // Reflection keeps the series in its accurate range.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const shifted = x - 1;
  let series = LANCZOS_COEFFICIENTS[0]!;
  for (let index = 1; index < LANCZOS_COEFFICIENTS.length; index += 1) {
    series += LANCZOS_COEFFICIENTS[index]! / (shifted + index);
  }
  const base = shifted + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(base) - base + Math.log(series);
}

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS: readonly number[] = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
