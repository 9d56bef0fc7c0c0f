import { describe, expect, it } from 'vitest';
import { analyseServqual } from '../../../src/lib/servqual';
import { selectSummary, selectTypedWeightCheck, selectTypedWeights } from '../../../src/lib/servqual/select';
import * as servqual from '../../../src/lib/servqual/state';
import { handWorkedRequest, handWorkedRows, table } from './helpers';

// The hand-worked data set of helpers.ts: dimension gaps 有形度 (−0.75 − 0.5)/2 = −0.625 and
// 可靠度 (−1.75 − 1.5)/2 = −1.625, from 4 respondents.
const rows = handWorkedRows();
const analysed = servqual.receive(servqual.initialState, analyseServqual(table(rows), handWorkedRequest(rows)));
const typed = (tangibles: string, reliability: string) => ({ ...analysed, view: { ...analysed.view, typedWeights: { ...analysed.view.typedWeights, tangibles, reliability } } });

describe('selectSummary', () => {
  it('nothing before results', () => {
    expect(selectSummary(servqual.initialState)).toBeNull();
  });

  it('reads the stored results back: 4 respondents, the hand-worked dimension gaps', () => {
    const summary = selectSummary(analysed)!;
    expect(summary.respondents).toBe(4);
    expect(summary.dimensions.map((dimension) => dimension.gap.mean)).toEqual([expect.closeTo(-0.625, 2), expect.closeTo(-1.625, 2)]);
  });
});

describe('selectTypedWeightCheck / selectTypedWeights', () => {
  it.each([
    ['', '', 'blank', null],
    ['40', '60', 'valid', [40, 60]],
    ['40', '50', 'invalid', null], // 40 + 50 = 90, not 100
  ] as const)('有形度 %s, 可靠度 %s → %s', (tangibles, reliability, kind, weights) => {
    expect(selectTypedWeightCheck(typed(tangibles, reliability))?.kind).toBe(kind);
    expect(selectTypedWeights(typed(tangibles, reliability))).toEqual(weights);
  });

  it('no results: no check', () => {
    expect(selectTypedWeightCheck(servqual.initialState)).toBeNull();
  });
});
