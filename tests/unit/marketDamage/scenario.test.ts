import { describe, expect, it } from 'vitest';
import { compareScenarios, complaintRateEffect, handlingRoi, LECTURE_EXAMPLE } from '../../../src/lib/marketDamage';
import type { DamageInputs } from '../../../src/lib/marketDamage';
import { airport } from './airportInputs';


describe('scenario B and the ROI', () => {
  it('airport: B (c 40 %, s 70 %, q 60 %) against A, by hand', () => {
    // B: P = 200,000; C = 80,000; S = 120,000; Cr = 56,000 (quick 33,600, slow 22,400); Cu = 24,000.
    // Lost: 120,000 × 0.2 + 24,000 × 0.3 + 22,400 × 0.1 + 33,600 × 0.02 = 24,000 + 7,200 + 2,240 + 672 = 34,112.
    // WOM: (120,000 + 24,000) × 10 × 1% = 14,400 lost; 56,000 × 5 × 1% = 2,800 won.
    // Damage: 34,112 + 14,400 − 2,800 = 45,712 customers; × 200 = 9,142,400 元.
    // A (chain.test.ts): 56,360 customers, 11,272,000 元. Saved: 10,648 customers, 2,129,600 元, × 30% = 638,880 元.
    // Cost: 40,000 extra complaints × 10 + 200,000 = 600,000; ROI = (638,880 − 600,000) ÷ 600,000 = 6.48 %.
    const comparison = compareScenarios(airport, { complaintRate: 0.4, resolvedRate: 0.7, quickShare: 0.6 }, { perComplaint: 10, fixed: 200_000 });
    expect(comparison.b.loss.total).toBeCloseTo(34_112, 6);
    expect(comparison.b.damage.revenue).toBeCloseTo(9_142_400, 4);
    expect(comparison.saved.customers).toBeCloseTo(10_648, 6);
    expect(comparison.saved.revenue).toBeCloseTo(2_129_600, 4);
    expect(comparison.saved.profit).toBeCloseTo(638_880, 4);
    expect(comparison.extraComplaints).toBeCloseTo(40_000, 6);
    expect(comparison.roi).toEqual({ ok: true, roi: expect.closeTo(0.0648, 9), cost: expect.closeTo(600_000, 6), gain: expect.closeTo(638_880, 4) });
  });

  it('the lecture’s improvement: L 1,360, W 136, 2,244,000 元, 330,000 元 less (experience-value.mdx)', () => {
    const { comparison } = LECTURE_EXAMPLE;
    expect(comparison.b.loss.total).toBeCloseTo(1_360, 9);
    expect(comparison.b.mouth.lost).toBeCloseTo(136, 9);
    expect(comparison.b.damage.revenue).toBeCloseTo(2_244_000, 6);
    expect(comparison.saved.revenue).toBeCloseTo(330_000, 6);
    // With the preset's teaching assumptions: 330,000 × 30 % = 99,000; cost 1,000 × 30 + 20,000 = 50,000; ROI 98 %.
    expect(comparison.roi).toEqual({ ok: true, roi: expect.closeTo(0.98, 9), cost: expect.closeTo(50_000, 9), gain: expect.closeTo(99_000, 6) });
  });

  it.each([
    ['no extra cost at all', 0, { perComplaint: 30, fixed: 0 }],
    ['fewer complaints and no fixed cost', -100, { perComplaint: 30, fixed: 0 }],
  ])('Δcost ≤ 0 (%s) gives a message, not Infinity', (_case, extra, cost) => {
    const roi = handlingRoi(5_000, extra, cost);
    expect(roi.ok).toBe(false);
    if (!roi.ok) expect(roi.message).toContain('无从计算');
  });
});

describe('raising the complaint rate alone', () => {
  it('TARP small problems: even unresolved complainers come back more often than silent ones', () => {
    // Lecture hotel with TARP’s small-problem rates, s = 0: every complainer is unresolved.
    // c 25 % → 35 %: 400 customers move from silent (lost 63 %) to unresolved (lost 54 %): 400 × 0.09 = 36 fewer lost;
    // word of mouth on the lost basis falls with them: 36 × 5 × 2 % = 3.6 fewer; (36 + 3.6) × 1,500 = 59,400 元.
    const inputs: DamageInputs = {
      ...LECTURE_EXAMPLE.inputs,
      resolvedRate: 0,
      repurchase: { noProblem: 1, silent: 0.37, unresolved: 0.46, resolved: 0.7, quick: 0.95 },
    };
    const effect = complaintRateEffect(inputs);
    expect(effect.unresolvedBeatsSilent).toBe(true);
    expect(effect.complaintRate).toBeCloseTo(0.35, 12);
    expect(effect.saved).toBeCloseTo(59_400, 6);
  });

  it('the lecture’s rates: unresolved complainers leave more often, but the average complainer still stays more', () => {
    // Average complainer: 60 % × 80 % + 40 % × 40 % = 64 % > silent 60 %. c 25 % → 35 %: 400 more complainers,
    // lost changes by 400 × (0.40 − 0.36) = 16 fewer; × (1 + 5 × 2 %) = 17.6; × 1,500 = 26,400 元.
    const effect = complaintRateEffect(LECTURE_EXAMPLE.inputs);
    expect(effect.unresolvedBeatsSilent).toBe(false);
    expect(effect.complainerRepurchase).toBeCloseTo(0.64, 12);
    expect(effect.saved).toBeCloseTo(26_400, 6);
  });
});
