import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { criticalValue, inverseStandardNormalCdf, standardNormalCdf, twoSidedPValue } from '../../../src/lib/stats';

/** Relative difference, falling back to absolute near zero. */
function relativeError(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

describe('standardNormalCdf', () => {
  // Expected values: scipy 1.17 `scipy.stats.norm.cdf(z)`.
  it.each([
    [-37.5, 4.605353009581954e-308],
    [-10, 7.61985302416047e-24],
    [-8, 6.22096057427174e-16],
    [-7.5, 3.1908916729108844e-14],
    [-7.0710678, 7.687299629545428e-13],
    [-5, 2.866515718791933e-7],
    [-3, 0.0013498980316300933],
    [-1.96, 0.024997895148220435],
    [-1, 0.15865525393145707],
    [-0.5, 0.3085375387259869],
    [0, 0.5],
    [0.3, 0.6179114221889526],
    [1, 0.8413447460685429],
    [1.959963984540054, 0.975],
    [2.5, 0.9937903346742238],
    [4, 0.9999683287581669],
    [6, 0.9999999990134123],
  ])('Φ(%d) = %d (scipy)', (z, expected) => {
    const value = standardNormalCdf(z);
    expect(Math.abs(value - expected)).toBeLessThan(1e-15);
    // Hart's approximation keeps 8 significant digits even in the far lower tail.
    if (expected > 1e-300) expect(relativeError(value, expected)).toBeLessThan(1e-8);
  });

  it('is 0 and 1 far out and at ±Infinity', () => {
    expect(standardNormalCdf(-40)).toBe(0);
    expect(standardNormalCdf(-Infinity)).toBe(0);
    expect(standardNormalCdf(40)).toBe(1);
    expect(standardNormalCdf(Infinity)).toBe(1);
  });

  it('throws on NaN (a programmer error)', () => {
    expect(() => standardNormalCdf(Number.NaN)).toThrow(RangeError);
  });

  it('is symmetric: Φ(z) + Φ(−z) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
        expect(standardNormalCdf(z) + standardNormalCdf(-z)).toBeCloseTo(1, 14);
      }),
    );
  });

  it('is non-decreasing', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (z, step) => {
        expect(standardNormalCdf(z + step)).toBeGreaterThanOrEqual(standardNormalCdf(z));
      }),
    );
  });
});

describe('inverseStandardNormalCdf', () => {
  // Expected values: scipy 1.17 `scipy.stats.norm.ppf(p)`.
  it.each([
    [1e-300, -37.0470962993612],
    [1e-20, -9.262340089798409],
    [1e-10, -6.361340902404056],
    [1e-5, -4.264890793922825],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400545],
    [0.05, -1.6448536269514729],
    [0.075, -1.4395314709384563],
    [0.1, -1.2815515655446004],
    [0.3, -0.5244005127080409],
    [0.7, 0.5244005127080407],
    [0.925, 1.4395314709384563],
    [0.975, 1.959963984540054],
    [0.999, 3.090232306167813],
    [1 - 1e-12, 7.0344869100478356],
  ])('Φ⁻¹(%d) = %d (scipy)', (p, expected) => {
    expect(relativeError(inverseStandardNormalCdf(p), expected)).toBeLessThan(1e-12);
  });

  it('is 0 at ½ and infinite at the ends', () => {
    expect(inverseStandardNormalCdf(0.5)).toBe(0);
    expect(inverseStandardNormalCdf(0)).toBe(-Infinity);
    expect(inverseStandardNormalCdf(1)).toBe(Infinity);
  });

  it.each([-0.1, 1.1, Number.NaN])('throws on p = %d', (p) => {
    expect(() => inverseStandardNormalCdf(p)).toThrow(RangeError);
  });

  it('inverts Φ: Φ(Φ⁻¹(p)) = p', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        // Bounded by Φ's own relative accuracy in the tail (< 1e−8).
        expect(relativeError(standardNormalCdf(inverseStandardNormalCdf(p)), p)).toBeLessThan(1e-8);
      }),
    );
  });
});

describe('criticalValue and twoSidedPValue', () => {
  it.each([
    // Textbook two-sided critical values (scipy norm.ppf(1 − α/2)).
    [0.9, 1.6448536269514729],
    [0.95, 1.959963984540054],
    [0.99, 2.5758293035489004],
  ])('criticalValue(%d) = %d', (confidence, expected) => {
    expect(criticalValue(confidence)).toBeCloseTo(expected, 12);
  });

  it.each([0, 1, -0.5, 2])('criticalValue rejects %d', (confidence) => {
    expect(() => criticalValue(confidence)).toThrow(RangeError);
  });

  it.each([
    [0, 1],
    [1.959963984540054, 0.05],
    [-1.959963984540054, 0.05],
    [2.5758293035489004, 0.01],
  ])('twoSidedPValue(%d) = %d', (z, expected) => {
    expect(twoSidedPValue(z)).toBeCloseTo(expected, 12);
  });
});
