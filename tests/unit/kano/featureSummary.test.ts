import { describe, expect, it } from 'vitest';
import { meanCoefficients, summariseFeature, tallyFromPairs } from '../../../src/lib/kano';

// Answer codes 1 = 我很喜欢 … 5 = 我很不喜欢; (1, 5) → O, (1, 3) → A, (2, 5) → M, (3, 3) → I (Berger et al. 1993, figure 4).
const pickUp = tallyFromPairs('接机服务', [[1, 5], [1, 5], [1, 5], [1, 3]], [9, 7]);
const fruit = tallyFromPairs('欢迎水果', [[2, 5], [2, 5], [3, 3], [3, 3]]);

describe('summariseFeature', () => {
  const summary = summariseFeature(pickUp);

  it('counts, shares and the winning category of 3 × O and 1 × A', () => {
    expect(summary.respondents).toBe(4);
    expect(summary.counts).toEqual({ A: 1, O: 3, M: 0, I: 0, R: 0, Q: 0 });
    expect(summary.shares.O).toBeCloseTo(0.75, 12);
    expect(summary.classification?.category).toBe('O');
  });

  it('Better = (A + O)/(A + O + M + I) = 4/4, Worse = −(O + M)/4 = −0.75 (Timko)', () => {
    expect(summary.coefficients?.better).toBeCloseTo(1, 12);
    expect(summary.coefficients?.worse).toBeCloseTo(-0.75, 12);
  });

  it('importance 9 and 7: mean 8, standard deviation √2', () => {
    expect(summary.importance?.mean).toBeCloseTo(8, 12);
    expect(summary.importance?.standardDeviation).toBeCloseTo(Math.SQRT2, 12);
  });

  it('no answers: no classification, no coefficients', () => {
    const empty = summariseFeature(tallyFromPairs('空', []));
    expect(empty.respondents).toBe(0);
    expect(empty.classification).toBeNull();
    expect(empty.coefficients).toBeNull();
  });
});

describe('meanCoefficients', () => {
  it('averages Better and |Worse| over the features that have them', () => {
    // 接机服务 1 and 0.75; 欢迎水果 (M 2, I 2): Better 0/4 = 0, |Worse| 2/4 = 0.5. Means 0.5 and 0.625.
    const means = meanCoefficients([summariseFeature(pickUp), summariseFeature(fruit), summariseFeature(tallyFromPairs('空', []))]);
    expect(means?.better).toBeCloseTo(0.5, 12);
    expect(means?.worseMagnitude).toBeCloseTo(0.625, 12);
    expect(meanCoefficients([])).toBeNull();
  });
});
