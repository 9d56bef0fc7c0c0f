/**
 * Referral growth. The course material (seed 004, a five-star after-sales training text) shows
 * word of mouth as a doubling: one customer brings one new customer every half year, nobody
 * leaves, and each customer stands for 1 万元 of sales, so 1 customer becomes 512 in five years
 * (and 10 become 5,120). `courseDoublingTable` reproduces that table; `referralGrowth` runs the
 * same half-year steps with the user's own retention, referrals and conversion:
 *
 *   customersₖ₊₁ = customersₖ · √r · (1 + f/2 · k)
 *
 * with r the yearly retention (√r per half year), f the referrals per retained customer a year
 * (f/2 per half year) and k the share of referrals who become customers. The course's doubling is
 * r = 100 %, f = 2, k = 100 %.
 */

export interface DoublingRow {
  year: number;
  /** 1 for the first half of the year, 2 for the second. */
  half: 1 | 2;
  fromOne: { customers: number; revenueWan: number };
  fromTen: { customers: number; revenueWan: number };
}

/** The course material's table: ten half-years, starting from 1 and from 10 customers, 1 万元 each. */
export function courseDoublingTable(): DoublingRow[] {
  return Array.from({ length: 10 }, (_, period) => {
    const customers = 2 ** period;
    return {
      year: Math.floor(period / 2) + 1,
      half: ((period % 2) + 1) as 1 | 2,
      fromOne: { customers, revenueWan: customers },
      fromTen: { customers: 10 * customers, revenueWan: 10 * customers },
    };
  });
}

export interface ReferralInputs {
  startCustomers: number;
  /** Yearly retention r (0–1). */
  retention: number;
  /** Referrals per retained customer a year f. */
  referralsPerYear: number;
  /** Share of referrals who become customers k (0–1). */
  conversion: number;
  /** Annual value per customer, for the revenue column (元). */
  annualValue: number;
}

export interface ReferralRow {
  year: number;
  half: 1 | 2;
  /** Customers at the start of this half year, with the user's numbers. */
  customers: number;
  /** The course material's doubling from the same start. */
  courseCustomers: number;
  /** Annualised revenue of those customers (customers × annual value). */
  revenue: number;
}

/** Ten half-year rows, the user's growth beside the course's doubling. */
export function referralGrowth(inputs: ReferralInputs): { rows: ReferralRow[]; halfYearFactor: number; yearFactor: number } {
  const halfYearFactor = Math.sqrt(inputs.retention) * (1 + (inputs.referralsPerYear / 2) * inputs.conversion);
  const rows = Array.from({ length: 10 }, (_, period) => {
    const customers = inputs.startCustomers * halfYearFactor ** period;
    return {
      year: Math.floor(period / 2) + 1,
      half: ((period % 2) + 1) as 1 | 2,
      customers,
      courseCustomers: inputs.startCustomers * 2 ** period,
      revenue: customers * inputs.annualValue,
    };
  });
  return { rows, halfYearFactor, yearFactor: halfYearFactor ** 2 };
}
