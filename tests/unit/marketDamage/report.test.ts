import { describe, expect, it } from 'vitest';
import { LECTURE_EXAMPLE } from '../../../src/lib/marketDamage/exampleData';
import { flowBars, flowRows, GROUP_LABELS } from '../../../src/lib/marketDamage/report';

// The lecture's worked example (experience-value.mdx), hand-worked:
// 20,000 × 20 % = 4,000 with a problem; × 25 % = 1,000 complain, 3,000 silent; × 60 % = 600
// resolved, 400 not; lost 3,000 × 40 % + 400 × 60 % + 600 × 20 % = 1,200 + 240 + 120 = 1,560;
// word of mouth 1,560 × 5 × 2 % = 156; (1,560 + 156) × 1,500 = 2,574,000 元.
const { comparison } = LECTURE_EXAMPLE;

describe('flowRows: the chain as a table of A against B', () => {
  const rows = Object.fromEntries(flowRows(comparison).map((row) => [row.key, row]));

  it.each([
    ['withProblem', 4_000],
    ['complainers', 1_000],
    ['silent', 3_000],
    ['resolved', 600],
    ['unresolved', 400],
    ['lostSilent', 1_200],
    ['lostUnresolved', 240],
    ['lostResolved', 120],
    ['lost', 1_560],
    ['mouthLost', 156],
    ['damageCustomers', 1_716],
    ['damageRevenue', 2_574_000],
  ])('%s: scenario A = %d', (key, value) => {
    expect(rows[key]!.a).toBeCloseTo(value, 6);
  });

  it('counts are people, revenue and profit are money', () => {
    expect(rows.lost!.unit).toBe('people');
    expect(rows.damageRevenue!.unit).toBe('money');
    expect(rows.damageProfit!.unit).toBe('money');
    expect(rows.lostSilent!.label).toBe(`流失：${GROUP_LABELS.silent}`);
  });

  it('column B is scenario B of the same comparison', () => {
    expect(rows.lost!.b).toBeCloseTo(comparison.b.loss.total, 9);
  });
});

describe('flowBars: the funnel chart of one scenario', () => {
  it('from all customers to the total lost, in the lecture’s order', () => {
    const bars = flowBars(comparison.a, 20_000);
    expect(bars.map((bar) => bar.key)).toEqual(['customers', 'withProblem', 'silent', 'complainers', 'unresolved', 'lost', 'mouthLost', 'damage']);
    expect(bars.map((bar) => Math.round(bar.value))).toEqual([20_000, 4_000, 3_000, 1_000, 400, 1_560, 156, 1_716]);
  });
});
