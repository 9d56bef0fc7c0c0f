/**
 * Fong test: is the most frequent Kano category of a feature really more frequent than the second?
 *
 *     |a − b|  <  1.65 · √( (a + b)(2n − a − b) / (2n) )   ⇒  the difference is not significant
 *
 * where a and b are the counts of the two most frequent categories and n is the number of
 * respondents whose answers were classified for that feature. 1.65 is the one-sided normal quantile
 * for α = 0.05 (about the two-sided 90 % level) that Fong uses.
 *
 * References: Fong, D. (1996), Using the self-stated importance questionnaire to interpret Kano
 * questionnaire results, Center for Quality Management Journal 5(3), 21–23. Open explainer:
 * https://kano-model.proofofthepudding.be/ (analysing the results).
 */
export interface FongTestResult {
  /** |a − b| */
  difference: number;
  /** 1.65 · √((a + b)(2n − a − b) / (2n)) */
  criticalValue: number;
  /** true when |a − b| ≥ the critical value: the top category stands on its own. */
  significant: boolean;
}

/** z-value used by Fong (1996). */
export const FONG_Z = 1.65;

/**
 * @param topCount a: count of the most frequent category
 * @param secondCount b: count of the second most frequent category
 * @param respondents n: all classified answer pairs for the feature
 * @returns the difference, the critical value and whether the difference is significant
 * @throws RangeError when counts are negative or a + b exceeds n
 * @example fongTest(123, 95, 296) // { difference: 28, criticalValue: 19.36…, significant: true }
 */
export function fongTest(topCount: number, secondCount: number, respondents: number): FongTestResult {
  if (topCount < 0 || secondCount < 0 || topCount + secondCount > respondents) {
    throw new RangeError(`Fong test needs 0 ≤ a, b and a + b ≤ n; got a=${topCount}, b=${secondCount}, n=${respondents}`);
  }
  const difference = Math.abs(topCount - secondCount);
  if (respondents === 0) return { difference, criticalValue: 0, significant: false };
  const pooled = topCount + secondCount;
  const criticalValue = FONG_Z * Math.sqrt((pooled * (2 * respondents - pooled)) / (2 * respondents));
  return { difference, criticalValue, significant: difference >= criticalValue && difference > 0 };
}
