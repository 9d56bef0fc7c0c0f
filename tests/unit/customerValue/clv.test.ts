import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerLifetimeValue, retentionUplift, type ClvInputs } from '../../../src/lib/customerValue';

const hotel: ClvInputs = { annualValue: 3000, margin: 0.3, retention: 0.5, discountRate: 0.1, years: null };

/** The definition written out year by year: Σ a·m·rᵗ/(1 + d)ᵗ for t = 0 … n − 1. */
function yearByYear(x: ClvInputs, years: number): number {
  let total = 0;
  for (let t = 0; t < years; t += 1) total += (x.annualValue * x.margin * x.retention ** t) / (1 + x.discountRate) ** t;
  return total;
}

describe('customerLifetimeValue', () => {
  it('until churn: a·m·(1 + d)/(1 + d − r) = 900 × 1.1 ÷ 0.6 = 1,650 元', () => {
    const result = customerLifetimeValue(hotel);
    expect(result.value).toBeCloseTo(1650, 9);
    expect(result.yearlyProfit).toBe(900);
    // Expected years Σ rᵗ = 1/(1 − 0.5) = 2.
    expect(result.expectedYears).toBeCloseTo(2, 12);
  });

  it('three years: 900 × (1 + 0.5/1.1 + 0.25/1.21) = 1,495.04 元', () => {
    expect(customerLifetimeValue({ ...hotel, years: 3 }).value).toBeCloseTo(900 * (1 + 0.5 / 1.1 + 0.25 / 1.21), 9);
    expect(customerLifetimeValue({ ...hotel, years: 3 }).value).toBeCloseTo(1495.04, 2);
  });

  it('no discounting and full retention over n years is n years of profit', () => {
    expect(customerLifetimeValue({ annualValue: 100, margin: 0.5, retention: 1, discountRate: 0, years: 7 }).value).toBeCloseTo(350, 12);
  });

  it('the closed form equals the year-by-year sum for every input in range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (annualValue, margin, retention, discountRate, years) => {
          const x = { annualValue, margin, retention, discountRate, years };
          expect(customerLifetimeValue(x).value).toBeCloseTo(yearByYear(x, years), 4);
          // Until churn is the limit of ever longer horizons: 2,000 years is far past it for r ≤ 0.9.
          expect(customerLifetimeValue({ ...x, years: null }).value).toBeCloseTo(yearByYear(x, 2000), 4);
        },
      ),
    );
  });
});

describe('retentionUplift', () => {
  it('+5 points: 50 % → 55 %, 990 ÷ 0.55 = 1,800 元, 150 元 more (+9.1 %)', () => {
    const uplift = retentionUplift(hotel);
    expect(uplift.retention).toBeCloseTo(0.55, 12);
    expect(uplift.improved.value).toBeCloseTo(1800, 9);
    expect(uplift.difference).toBeCloseTo(150, 9);
    expect(uplift.relative).toBeCloseTo(150 / 1650, 12);
  });

  it('a customer worth nothing gains 0 %, not NaN', () => {
    expect(retentionUplift({ ...hotel, margin: 0 }).relative).toBe(0);
  });
});
