import { describe, expect, it } from 'vitest';
import { tallyFromPairs, type FeatureTally, type SegmentSummary } from '../../../src/lib/kano';
import { orderSegments, selectKano, tallyCategories } from '../../../src/lib/kano/select';
import { initialState, type KanoState } from '../../../src/lib/kano/state';

const segment = (name: string): SegmentSummary => ({ name, respondents: 1, features: [] });

function stateWith(features: FeatureTally[], view: Partial<KanoState['view']> = {}, segments: { name: string; respondents: number; features: FeatureTally[] }[] = []): KanoState {
  const tallies = { respondents: 4, features, segments, withoutSegment: 0, hasImportance: false };
  return { ...initialState, view: { ...initialState.view, ...view }, results: { origin: '教学情景', tallies, issues: { total: 0, first: [] }, skippedPairs: 0, warnings: [] } } as unknown as KanoState;
}

// Answer codes 1 = 我很喜欢 … 5 = 我很不喜欢; (1, 5) → O, (1, 3) → A, (2, 5) → M, (3, 3) → I (Berger et al. 1993, figure 4).
const pickUp = tallyFromPairs('接机服务', [[1, 5], [1, 5], [1, 5], [1, 3]]); // O 3, A 1
const fruit = tallyFromPairs('欢迎水果', [[2, 5], [2, 5], [3, 3], [3, 3]]); // M 2, I 2

describe('orderSegments', () => {
  it.each([
    [['散客', '家庭', '商务'], ['商务', '家庭'], ['商务', '家庭', '散客']],
    [['其他', '商务'], [], ['其他', '商务']],
    [['乙', '甲', '商务'], ['商务'], ['商务', '乙', '甲']],
  ])('%j with personas %j → %j', (names, preferred, expected) => {
    expect(orderSegments(names.map(segment), preferred).map((item) => item.name)).toEqual(expected);
  });
});

describe('tallyCategories', () => {
  it('counts each feature once by its winning category', () => {
    // Two must-be, one attractive, one without a classification.
    const tally = tallyCategories([{ classification: { category: 'M' } }, { classification: { category: 'M' } }, { classification: { category: 'A' } }, { classification: null }] as never);
    expect(tally).toEqual({ M: 2, O: 0, A: 1, I: 0, R: 0, Q: 0 });
  });
});

describe('selectKano', () => {
  it('no results: nothing to show, reference lines at 0.5', () => {
    const view = selectKano(initialState);
    expect(view.summaries).toEqual([]);
    expect(view.referenceLines).toEqual({ x: 0.5, y: 0.5 });
    expect(view.compare).toEqual({ first: null, second: null, differences: null });
  });

  it('reference lines at the mean coefficients when asked (hand-worked)', () => {
    // 接机服务: Better = (A + O) / (A + O + M + I) = 4/4 = 1, Worse = −(O + M)/4 = −0.75.
    // 欢迎水果: Better = 0/4 = 0, Worse = −2/4 = −0.5. Means: Better 0.5, |Worse| 0.625.
    const view = selectKano(stateWith([pickUp, fruit], { lines: 'mean' }));
    expect(view.referenceLines.x).toBeCloseTo(0.625, 12);
    expect(view.referenceLines.y).toBeCloseTo(0.5, 12);
    expect(selectKano(stateWith([pickUp, fruit])).referenceLines).toEqual({ x: 0.5, y: 0.5 });
  });

  it('compares the first two segments by default and lists differences', () => {
    const segments = [
      { name: '商务', respondents: 4, features: [tallyFromPairs('接机服务', [[1, 5], [1, 5], [1, 5], [1, 3]])] },
      { name: '家庭', respondents: 4, features: [tallyFromPairs('接机服务', [[1, 3], [1, 3], [1, 3], [3, 3]])] },
    ];
    const view = selectKano(stateWith([pickUp], {}, segments));
    expect(view.compare.first?.name).toBe('商务');
    expect(view.compare.second?.name).toBe('家庭');
    expect(view.compare.differences?.[0]).toMatchObject({ feature: '接机服务', first: 'O', second: 'A' });
  });
});
