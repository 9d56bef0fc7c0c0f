import { describe, expect, it } from 'vitest';
import { courseDoublingTable, referralGrowth } from '../../../src/lib/customerValue';

/**
 * Seed 004 (the course material's after-sales text), its table 年数 / 转介绍顾客 / 营业额, read
 * as ten half-year rows: [year, customers from 1, 营业额 (万), customers from 10, 营业额 (万)].
 */
const SEED_004_TABLE = [
  [1, 1, 1, 10, 10],
  [1, 2, 2, 20, 20],
  [2, 4, 4, 40, 40],
  [2, 8, 8, 80, 80],
  [3, 16, 16, 160, 160],
  [3, 32, 32, 320, 320],
  [4, 64, 64, 640, 640],
  [4, 128, 128, 1280, 1280],
  [5, 256, 256, 2560, 2560],
  [5, 512, 512, 5120, 5120],
];

describe('courseDoublingTable', () => {
  it('reproduces seed 004’s table', () => {
    expect(courseDoublingTable().map((row) => [row.year, row.fromOne.customers, row.fromOne.revenueWan, row.fromTen.customers, row.fromTen.revenueWan])).toEqual(SEED_004_TABLE);
  });
});

describe('referralGrowth', () => {
  it('the course’s assumptions (r 100 %, f 2 a year, k 100 %) give the same doubling', () => {
    const { rows, halfYearFactor, yearFactor } = referralGrowth({ startCustomers: 1, retention: 1, referralsPerYear: 2, conversion: 1, annualValue: 10_000 });
    expect(halfYearFactor).toBe(2);
    expect(yearFactor).toBe(4);
    expect(rows.map((row) => row.customers)).toEqual(SEED_004_TABLE.map((row) => row[1]));
    expect(rows.map((row) => row.courseCustomers)).toEqual(SEED_004_TABLE.map((row) => row[1]));
    // 1 万元 per customer: the seed's 营业额 column in 元.
    expect(rows.map((row) => row.revenue)).toEqual(SEED_004_TABLE.map((row) => row[2]! * 10_000));
  });

  it('hotel: r 50 %, f 2, k 10 %: √0.5 × 1.1 ≈ 0.778 a half year, 0.5 × 1.21 = 0.605 a year', () => {
    const { rows, halfYearFactor, yearFactor } = referralGrowth({ startCustomers: 100, retention: 0.5, referralsPerYear: 2, conversion: 0.1, annualValue: 3000 });
    expect(halfYearFactor).toBeCloseTo(0.7778174593, 9);
    expect(yearFactor).toBeCloseTo(0.605, 12);
    // After two half-years: 100 × 0.605 = 60.5 customers; 60.5 × 3,000 = 181,500 元 a year.
    expect(rows[2]!.customers).toBeCloseTo(60.5, 9);
    expect(rows[2]!.revenue).toBeCloseTo(181_500, 6);
    expect(rows[9]!.courseCustomers).toBe(51_200);
  });
});
