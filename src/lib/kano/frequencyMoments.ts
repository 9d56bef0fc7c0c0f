/**
 * Mean and sample standard deviation of data given as a frequency table (value → how many times
 * it occurred). Exact and independent of the order of observations, which is what lets a Kano
 * tally (counts per answer) stand in for the raw answers.
 *
 *     mean = Σ fᵢ·xᵢ / N            SD = √( Σ fᵢ·(xᵢ − mean)² / (N − 1) )     (Bessel's correction)
 *
 * References: any introductory statistics text, e.g. OpenStax Introductory Statistics §2.5–2.7
 * (https://openstax.org/books/introductory-statistics/pages/2-7-measures-of-the-spread-of-the-data).
 */
export interface FrequencyMoments {
  /** N, the number of observations. */
  count: number;
  mean: number;
  /** Sample SD; null when N < 2 (undefined). */
  standardDeviation: number | null;
}

/**
 * @param values the distinct values
 * @param frequencies how often each value occurred (same length as values)
 * @returns count, mean and sample SD, or null when there are no observations
 * @throws RangeError when the arrays differ in length
 * @example frequencyMoments([0, 4], [1, 1]) // { count: 2, mean: 2, standardDeviation: 2.828… }
 */
export function frequencyMoments(values: readonly number[], frequencies: readonly number[]): FrequencyMoments | null {
  if (values.length !== frequencies.length) throw new RangeError('values and frequencies must have the same length');
  let count = 0;
  let sum = 0;
  values.forEach((value, index) => {
    count += frequencies[index]!;
    sum += frequencies[index]! * value;
  });
  if (count === 0) return null;
  const mean = sum / count;
  let squaredDeviations = 0;
  values.forEach((value, index) => {
    squaredDeviations += frequencies[index]! * (value - mean) ** 2;
  });
  const besselsCorrection = count - 1;
  return { count, mean, standardDeviation: count < 2 ? null : Math.sqrt(squaredDeviations / besselsCorrection) };
}
