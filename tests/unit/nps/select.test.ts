/** What the NPS page shows for a state (src/lib/nps/select.ts); expected values worked by hand. */
import { describe, expect, it } from 'vitest';
import * as nps from '../../../src/lib/nps/state';
import { defaultPair, percentToShare, plannerResult, selectNps } from '../../../src/lib/nps/select';

describe('selectors', () => {
  it('counts typed per score: 2 × 10, 1 × 8, 1 × 3 → NPS (2 − 1) / 4 = 25', () => {
    let state = nps.reduce(nps.initialState, { type: 'mode', mode: 'counts' });
    for (const [score, text] of [[10, '2'], [8, '1'], [3, '1']] as const) state = nps.reduce(state, { type: 'countBox', score, text });
    const { outcome } = selectNps(state);
    expect(outcome.status === 'ok' && outcome.summary.nps).toBe(25);
  });

  it('default comparison: the two largest groups (城东店 120, 城西店 95; 机场店 has 85)', () => {
    const { comparison } = selectNps(nps.reduce(nps.initialState, { type: 'example' }));
    expect([comparison?.first, comparison?.second]).toEqual(['城东店', '城西店']);
  });

  it('an empty page asks for scores, not an error', () => {
    expect(selectNps(nps.initialState).outcome.status).toBe('empty');
  });
});

describe('helpers', () => {
  it.each([
    ['40', 0.4],
    [' 12.5% ', 0.125],
  ])('percentToShare(%j) = %f', (text, share) => {
    expect(percentToShare(text)).toBeCloseTo(share, 12);
  });

  it('an empty percentage is NaN, so the planner names the field', () => {
    expect(percentToShare('')).toBeNaN();
    expect(plannerResult({ promoterPercent: '', detractorPercent: '20', margin: '5' }).ok).toBe(false);
  });

  it('planner: 40 % promoters, 20 % detractors, ±5 points → 1.96² × (0.4 + 0.2 − 0.2²) / 0.05² = 860.5 → 861', () => {
    // 3.8416 × 0.56 = 2.151296; / 0.0025 = 860.52 → rounded up to 861.
    expect(plannerResult(nps.DEFAULT_PLANNER)).toMatchObject({ ok: true, sampleSize: 861 });
  });

  it.each<[string, { first: string; second: string }, [string, string]]>([
    ['nothing chosen: the two largest', { first: '', second: '' }, ['B', 'C']],
    ['a valid choice is kept', { first: 'A', second: 'C' }, ['A', 'C']],
    ['the same group twice: the second falls back', { first: 'C', second: 'C' }, ['C', 'B']],
    ['an unknown label falls back', { first: 'Z', second: 'A' }, ['B', 'A']],
  ])('defaultPair: %s', (_case, chosen, expected) => {
    expect(defaultPair([{ label: 'A', n: 5 }, { label: 'B', n: 9 }, { label: 'C', n: 7 }], chosen)).toEqual(expected);
  });
});
