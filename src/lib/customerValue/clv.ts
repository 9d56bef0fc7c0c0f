/**
 * Customer lifetime value with retention and discounting, in the simple retention model of
 * Gupta & Lehmann (2003) and Berger & Nasr (1998): a customer brings margin a·m in the first
 * year, stays each further year with probability r, and money a year later is worth 1/(1 + d):
 *
 *   CLV = a·m · Σ_{t=0}^{n−1} qᵗ,  q = r / (1 + d)
 *       = a·m · (1 − qⁿ) / (1 − q)          for n years
 *       = a·m · (1 + d) / (1 + d − r)       until the customer leaves (n → ∞)
 *
 * The first year's margin is counted at once (t = 0); some texts discount it too, which divides
 * the result by (1 + d). No acquisition cost is subtracted: this is the value of a customer you
 * already have, the one retention protects.
 *
 * Gupta, S., & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing, 17(1), 9–24.
 * Berger, P. D., & Nasr, N. I. (1998). Customer lifetime value: Marketing models and applications. Journal of Interactive Marketing, 12(1), 17–30.
 */

export interface ClvInputs {
  /** Average annual revenue per customer a (元). */
  annualValue: number;
  /** Margin m (0–1). */
  margin: number;
  /** Retention rate r (0–1): the share of customers still with you a year later. */
  retention: number;
  /** Discount rate d (0–1) a year. */
  discountRate: number;
  /** Years counted, or null for "until the customer leaves". */
  years: number | null;
}

export interface ClvResult {
  /** Lifetime value (profit, 元). */
  value: number;
  /** Expected years as a customer within the horizon (Σ rᵗ, undiscounted). */
  expectedYears: number;
  /** Profit per year a·m. */
  yearlyProfit: number;
}

/**
 * @example customerLifetimeValue({ annualValue: 1000, margin: 0.5, retention: 0.5, discountRate: 0, years: null }).value // 1000
 */
export function customerLifetimeValue(inputs: ClvInputs): ClvResult {
  const yearlyProfit = inputs.annualValue * inputs.margin;
  const q = inputs.retention / (1 + inputs.discountRate);
  return {
    value: yearlyProfit * geometricSum(q, inputs.years),
    expectedYears: geometricSum(inputs.retention, inputs.years),
    yearlyProfit,
  };
}

/** Σ_{t=0}^{n−1} qᵗ, or 1/(1 − q) when n is null (needs q < 1). */
function geometricSum(q: number, years: number | null): number {
  if (years === null) return 1 / (1 - q);
  if (q === 1) return years;
  return (1 - q ** years) / (1 - q);
}

export interface RetentionUplift {
  base: ClvResult;
  improved: ClvResult;
  /** The retention rate tried (r + points). */
  retention: number;
  difference: number;
  /** Relative change of the lifetime value (0.25 = +25 %). */
  relative: number;
}

/**
 * The value of keeping more customers: the same customer with retention raised by `points`
 * (5 percentage points by default). Reichheld & Sasser (1990) reported that cutting defections by
 * 5 points raised profits by 25 % to 85 % across the service industries they studied; the size
 * depends on the industry, and this function only shows what it means for the numbers typed.
 *
 * Reichheld, F. F., & Sasser, W. E., Jr. (1990). Zero defections: Quality comes to services. Harvard Business Review, 68(5), 105–111.
 */
export function retentionUplift(inputs: ClvInputs, points = 0.05): RetentionUplift {
  const base = customerLifetimeValue(inputs);
  const retention = Math.min(1, inputs.retention + points);
  const improved = customerLifetimeValue({ ...inputs, retention });
  const difference = improved.value - base.value;
  return { base, improved, retention, difference, relative: base.value > 0 ? difference / base.value : 0 };
}
