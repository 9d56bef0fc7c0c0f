/**
 * The lecture's worked example (content/lectures/1-mindset/experience-value.mdx) comes out of the
 * tool identically, and every number the lecture prints for it is one the tool computes: if the
 * lecture or the tool changes, this fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LECTURE_EXAMPLE, initialState, runChain, selectOutcome } from '../../../src/lib/marketDamage';
import { formatMoney, formatNumber, formatPercent } from '../../../src/lib/tool';

const lecture = readFileSync('content/lectures/1-mindset/experience-value.mdx', 'utf8');

describe('the lecture’s worked example', () => {
  const { a, b } = LECTURE_EXAMPLE.comparison;

  it('matches the lecture’s seven steps', () => {
    // 20,000 × 20 % = 4,000; × 25 % = 1,000 complain, 3,000 silent; × 60 % = 600 resolved, 400 not;
    // 600 × 20 % + 400 × 60 % + 3,000 × 40 % = 120 + 240 + 1,200 = 1,560; 1,560 × 5 × 2 % = 156;
    // (1,560 + 156) × 1,500 = 2,574,000 元 = 8.58 % of 20,000 × 1,500 = 30,000,000 元.
    expect(a.problems.withProblem).toBe(4_000);
    expect(a.problems.complainers).toBe(1_000);
    expect(a.problems.silent).toBe(3_000);
    expect(a.resolutions.resolved).toBe(600);
    expect(a.resolutions.unresolved).toBe(400);
    expect(a.loss.groups.map((group) => group.lost)).toEqual([1_200, 240, 120, 0].map((value) => expect.closeTo(value, 9)));
    expect(a.loss.total).toBeCloseTo(1_560, 9);
    expect(a.mouth.reachNegative).toBeCloseTo(7_800, 9);
    expect(a.mouth.lost).toBeCloseTo(156, 9);
    expect(a.damage.revenue).toBeCloseTo(2_574_000, 6);
    expect(a.shareOfRevenue).toBeCloseTo(0.0858, 12);
  });

  it('the page opens on it: the initial state is the lecture example', () => {
    const outcome = selectOutcome(initialState);
    expect(outcome.status).toBe('ok');
    if (outcome.status === 'ok') expect(outcome.comparison.a.damage.revenue).toBeCloseTo(2_574_000, 6);
  });

  it('exercise 1 (p = 15 %) gives the lecture’s 1,930,500 元', () => {
    // P = 3,000; 750 / 2,250; 450 / 300; L = 90 + 180 + 900 = 1,170; W = 117; 1,287 × 1,500 = 1,930,500.
    expect(runChain({ ...LECTURE_EXAMPLE.inputs, problemRate: 0.15 }).damage.revenue).toBeCloseTo(1_930_500, 6);
  });

  it.each([
    ['P', formatNumber(a.problems.withProblem)],
    ['L', formatNumber(a.loss.total)],
    ['W', formatNumber(a.mouth.lost)],
    ['revenue at risk', formatNumber(a.damage.revenue)],
    ['share of revenue', formatPercent(a.shareOfRevenue, 2)],
    ['B: L', formatNumber(b.loss.total)],
    ['B: W', formatNumber(b.mouth.lost)],
    ['B: revenue at risk', formatNumber(b.damage.revenue)],
    ['B saves', formatNumber(LECTURE_EXAMPLE.comparison.saved.revenue)],
  ])('the lecture prints the tool’s %s (%s)', (_name, text) => {
    expect(lecture).toContain(text);
  });

  it('formats money the way the big number shows it', () => {
    expect(formatMoney(a.damage.revenue)).toBe('2,574,000 元');
  });
});
