/**
 * Cronbach's coefficient α (internal consistency of a multi-item scale), α if an item is deleted,
 * and the corrected item–total correlation — all from the items' covariance matrix.
 */
import { covarianceMatrix } from './runningCovariance';

function checkSquare(name: string, covariance: readonly (readonly number[])[]): void {
  if (!covariance.every((row) => row.length === covariance.length)) {
    throw new RangeError(`${name}: the covariance matrix is not square`);
  }
}

function sumOfVariances(covariance: readonly (readonly number[])[], skip = -1): number {
  let sum = 0;
  covariance.forEach((row, index) => {
    if (index !== skip) sum += row[index]!;
  });
  return sum;
}

/** Variance of the sum of the items (all entries of the covariance matrix), leaving out `skip`. */
function totalVariance(covariance: readonly (readonly number[])[], skip = -1): number {
  let sum = 0;
  covariance.forEach((row, rowIndex) => {
    if (rowIndex === skip) return;
    row.forEach((value, columnIndex) => {
      if (columnIndex !== skip) sum += value;
    });
  });
  return sum;
}

/**
 * Cronbach's α from the k × k covariance matrix of a scale's items:
 * α = k / (k − 1) · (1 − Σ σᵢ² / σ²_X), where σ²_X is the variance of the summed score.
 * α ≤ 1 always (σ²_X ≤ k Σ σᵢ² by the Cauchy–Schwarz inequality); it can be negative when
 * items correlate negatively (often a reversed item that was not recoded).
 *
 * References:
 * - Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests.
 *   Psychometrika, 16(3), 297–334.
 * - Open explainer: https://en.wikipedia.org/wiki/Cronbach%27s_alpha
 *
 * @param covariance the items' sample covariance matrix (symmetric, k × k)
 * @returns α, or null when k < 2 or the summed score has no variance
 * @throws {RangeError} when the matrix is not square
 * @example cronbachAlphaFromCovariance([[1, 0.5], [0.5, 1]]) // 0.6666666666666666
 */
export function cronbachAlphaFromCovariance(covariance: readonly (readonly number[])[]): number | null {
  checkSquare('cronbachAlphaFromCovariance', covariance);
  const itemCount = covariance.length;
  if (itemCount < 2) return null;
  const total = totalVariance(covariance);
  if (!(total > 0)) return null;
  return (itemCount / (itemCount - 1)) * (1 - sumOfVariances(covariance) / total);
}

/**
 * Cronbach's α of a data matrix (rows = respondents, columns = items), complete rows only.
 * @param rows each respondent's answers to the k items
 * @returns α, or null when there are fewer than 2 items, fewer than 2 rows, or no variance
 * @example cronbachAlpha([[2, 3, 2], [3, 3, 4], [4, 4, 4], [5, 6, 6]]) // 0.9622641509433962 (= 51/53, hand-worked)
 */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  if (rows.length < 2 || (rows[0]?.length ?? 0) < 2) return null;
  return cronbachAlphaFromCovariance(covarianceMatrix(rows));
}

/**
 * α of the scale with each item left out in turn — the “α if item deleted” column of SPSS
 * RELIABILITY or R's psych::alpha. An item whose removal raises α is a candidate for rewording.
 *
 * References: Cronbach (1951); Nunnally, J. C. & Bernstein, I. H. (1994). Psychometric Theory,
 * 3rd ed., ch. 7.
 *
 * @param covariance the items' covariance matrix (k × k)
 * @returns for each item, α of the other k − 1 items (null when k − 1 < 2 or no variance)
 * @example alphaIfItemDeleted([[1, 0.5, 0], [0.5, 1, 0], [0, 0, 1]])[2] // 0.6666666666666666
 */
export function alphaIfItemDeleted(covariance: readonly (readonly number[])[]): (number | null)[] {
  checkSquare('alphaIfItemDeleted', covariance);
  const itemCount = covariance.length;
  return covariance.map((_, skip) => {
    const remaining = itemCount - 1;
    if (remaining < 2) return null;
    const total = totalVariance(covariance, skip);
    if (!(total > 0)) return null;
    return (remaining / (remaining - 1)) * (1 - sumOfVariances(covariance, skip) / total);
  });
}

/**
 * Corrected item–total correlation: the correlation of each item with the sum of the other
 * items, r(xⱼ, X − xⱼ) = (cov(xⱼ, X) − σⱼ²) / √(σⱼ² · σ²_{X−j}).
 *
 * References: Nunnally & Bernstein (1994), Psychometric Theory, ch. 8 (item analysis).
 *
 * @param covariance the items' covariance matrix (k × k)
 * @returns for each item the correlation, or null when an item or the rest has no variance or k < 2
 * @example correctedItemTotalCorrelations([[1, 0.5], [0.5, 1]]) // [0.5, 0.5]
 */
export function correctedItemTotalCorrelations(covariance: readonly (readonly number[])[]): (number | null)[] {
  checkSquare('correctedItemTotalCorrelations', covariance);
  if (covariance.length < 2) return covariance.map(() => null);
  return covariance.map((row, item) => {
    const itemVariance = row[item]!;
    const restVariance = totalVariance(covariance, item);
    let covarianceWithRest = 0;
    row.forEach((value, other) => {
      if (other !== item) covarianceWithRest += value;
    });
    if (!(itemVariance > 0) || !(restVariance > 0)) return null;
    const correlation = covarianceWithRest / Math.sqrt(itemVariance * restVariance);
    return Math.max(-1, Math.min(1, correlation));
  });
}
