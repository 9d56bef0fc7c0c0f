import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gapScore, unweightedScoreOfDimensions, unweightedServqualScore, weightedServqualScore } from '../../../src/lib/servqual';

/**
 * Zun, A. B., Ibrahim, M. I. & Hamid, A. A. (2018). Oman Medical Journal 33(5), 416–422,
 * table 3: dimension means of expectation and perception (tangibles, reliability,
 * responsiveness, assurance, empathy) and their gaps; the overall gap is their mean.
 */
const ZUN_EXPECTED = [4.44, 4.49, 4.48, 4.5, 4.56];
const ZUN_PERCEIVED = [4.19, 4.36, 4.35, 4.32, 4.4];
const ZUN_GAPS = [-0.25, -0.13, -0.13, -0.18, -0.16];

describe('Zun et al. 2018 (Oman Med J 33(5))', () => {
  it.each(ZUN_GAPS.map((gap, index) => [index, ZUN_PERCEIVED[index]!, ZUN_EXPECTED[index]!, gap] as const))('dimension %d: %d − %d = %d', (_, perceived, expected, gap) => {
    expect(gapScore(perceived, expected)).toBeCloseTo(gap, 10);
  });

  it('unweighted SERVQUAL score = mean of the dimension gaps = −0.17', () => {
    const gaps = ZUN_PERCEIVED.map((perceived, index) => gapScore(perceived, ZUN_EXPECTED[index]!));
    expect(unweightedServqualScore(gaps)).toBeCloseTo(-0.17, 10);
  });
});

describe('unweightedServqualScore', () => {
  it('is null without dimensions', () => {
    expect(unweightedServqualScore([])).toBeNull();
  });
});

describe('weightedServqualScore', () => {
  it.each([
    // Hand-worked: Σ gap × weight / 100.
    [[-1, 0, 0, 0, 0], [40, 15, 15, 15, 15], -0.4],
    [[-0.25, -0.13, -0.13, -0.18, -0.16], [20, 20, 20, 20, 20], -0.17],
    [[-0.5, -1.5], [25, 75], -1.25],
  ])('%j × %j / 100 = %d', (gaps, weights, expected) => {
    expect(weightedServqualScore(gaps, weights)).toBeCloseTo(expected, 12);
  });

  it('equals the unweighted score with equal weights', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -6, max: 6, noNaN: true }), { minLength: 5, maxLength: 5 }), (gaps) => {
        expect(weightedServqualScore(gaps, [20, 20, 20, 20, 20])).toBeCloseTo(unweightedServqualScore(gaps)!, 10);
      }),
    );
  });

  it('lies between the smallest and largest gap (a weighted mean)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -6, max: 6, noNaN: true }), { minLength: 5, maxLength: 5 }), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 5, maxLength: 5 }), (gaps, raw) => {
        const total = raw.reduce((sum, value) => sum + value, 0);
        const weights = raw.map((value) => (value * 100) / total);
        const score = weightedServqualScore(gaps, weights);
        expect(score).toBeGreaterThanOrEqual(Math.min(...gaps) - 1e-9);
        expect(score).toBeLessThanOrEqual(Math.max(...gaps) + 1e-9);
      }),
    );
  });

  it('throws on weights not adding up to 100 or a length mismatch (a programmer error: check first)', () => {
    expect(() => weightedServqualScore([-1, -1], [50, 40])).toThrow(RangeError);
    expect(() => weightedServqualScore([-1], [50, 50])).toThrow(RangeError);
  });
});

describe('unweightedScoreOfDimensions (one place for the page, the report and the announcement)', () => {
  const gap = (n: number, mean: number) => ({ gap: { n, mean, variance: 0 } });

  it.each([
    // Zun et al. (2018): (−0.25 − 0.13 − 0.13 − 0.18 − 0.16) / 5 = −0.17
    [[gap(30, -0.25), gap(30, -0.13), gap(30, -0.13), gap(30, -0.18), gap(30, -0.16)], -0.17],
    // A dimension nobody answered is left out, not counted as a gap of 0: (−1 + −0.5) / 2 = −0.75
    [[gap(3, -1), gap(0, 0), gap(5, -0.5)], -0.75],
    [[gap(0, 0)], null],
  ])('%j → %s', (dimensions, expected) => {
    const score = unweightedScoreOfDimensions(dimensions);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 12);
  });
});
