import { describe, expect, it } from 'vitest';
import { initialState, PRESETS, reduce, selectOutcome } from '../../../src/lib/marketDamage';

describe('presets', () => {
  it('every preset says where its numbers come from; invented ones say so', () => {
    for (const preset of PRESETS) {
      expect(preset.source.length).toBeGreaterThan(10);
      if (preset.kind === 'full') expect(`${preset.label}${preset.source}`).toMatch(/教学情景|虚构/);
    }
  });

  it('TARP small problems on the lecture hotel: only the repurchase rates change', () => {
    // Silent 37 %, unresolved 46 %, resolved 70 % (q = 0, so 95 % is unused), L₀ = 100 %:
    // 3,000 × 0.63 + 400 × 0.54 + 600 × 0.30 = 1,890 + 216 + 180 = 2,286 lost;
    // 2,286 × 5 × 2 % = 228.6 by word of mouth; (2,286 + 228.6) × 1,500 = 3,771,900 元.
    const state = reduce(initialState, { type: 'applyPreset', id: 'tarpSmall' });
    expect(state.values).toMatchObject({ silent: '37', unresolved: '46', resolved: '70', quick: '95', customers: '20000' });
    const outcome = selectOutcome(state);
    expect(outcome.status).toBe('ok');
    if (outcome.status === 'ok') {
      expect(outcome.comparison.a.loss.total).toBeCloseTo(2_286, 9);
      expect(outcome.comparison.a.damage.revenue).toBeCloseTo(3_771_900, 6);
    }
  });

  it('TARP large problems: 9 / 19 / 54 / 82 %', () => {
    // 3,000 × 0.91 + 400 × 0.81 + 600 × 0.46 = 2,730 + 324 + 276 = 3,330 lost.
    const outcome = selectOutcome(reduce(initialState, { type: 'applyPreset', id: 'tarpLarge' }));
    if (outcome.status !== 'ok') throw new Error(outcome.message);
    expect(outcome.comparison.a.loss.total).toBeCloseTo(3_330, 9);
  });

  it('the airport teaching scenario: 11,272,000 元 at risk (worked in chain.test.ts)', () => {
    const outcome = selectOutcome(reduce(initialState, { type: 'applyPreset', id: 'airport' }));
    if (outcome.status !== 'ok') throw new Error(outcome.message);
    expect(outcome.comparison.a.damage.revenue).toBeCloseTo(11_272_000, 4);
    expect(outcome.comparison.roi.ok && outcome.comparison.roi.roi).toBeCloseTo(0.0648, 9);
  });
});
