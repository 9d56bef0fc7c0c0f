import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { studentTCdf, studentTDensity, studentTQuantile, tCriticalValue } from '../../../src/lib/stats/tDistribution';
import { logGamma } from '../../../src/lib/stats/logGamma';
import { regularizedIncompleteBeta } from '../../../src/lib/stats/incompleteBeta';

describe('logGamma', () => {
  // Expected values: scipy 1.17 `scipy.special.gammaln(x)`.
  it.each([
    [0.001, 6.907178885383854],
    [0.1, 2.252712651734206],
    [0.5, 0.5723649429247001],
    [1, 0],
    [1.5, -0.12078223763524522],
    [5, 3.1780538303479458],
    [10.5, 13.940625219403763],
    [100, 359.1342053695754],
  ])('ln Γ(%d) = %d (scipy)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });

  it('throws outside its domain (a programmer error)', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-1)).toThrow(RangeError);
    expect(() => logGamma(Number.NaN)).toThrow(RangeError);
  });
});

describe('regularizedIncompleteBeta', () => {
  // Expected values: scipy 1.17 `scipy.special.betainc(a, b, x)`.
  it.each([
    [0.3, 2.5, 0.5, 0.018927124071945658],
    [0.9, 10, 0.5, 0.15164090963470994],
    [0.01, 0.5, 0.5, 0.06376856085851985],
    [0.5, 2, 2, 0.5],
  ])('I_%d(%d, %d) = %d (scipy)', (x, a, b, expected) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(expected, 13);
  });

  it('is 0 at x = 0 and 1 at x = 1', () => {
    expect(regularizedIncompleteBeta(0, 3, 4)).toBe(0);
    expect(regularizedIncompleteBeta(1, 3, 4)).toBe(1);
  });

  it('satisfies I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), (x, a, b) => {
        expect(regularizedIncompleteBeta(x, a, b) + regularizedIncompleteBeta(1 - x, b, a)).toBeCloseTo(1, 10);
      }),
    );
  });
});

describe('studentTQuantile', () => {
  // Expected values: scipy 1.17 `scipy.stats.t.ppf(p, df)` (identical to R's qt).
  it.each([
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.975, 3, 3.1824463052837078],
    [0.975, 4, 2.7764451051977934],
    [0.975, 5, 2.5705818356363146],
    [0.975, 9, 2.262157162798205],
    [0.975, 10, 2.228138851986274],
    [0.975, 29, 2.045229642132703],
    [0.975, 30, 2.0422724563012378],
    [0.975, 99, 1.9842169515864174],
    [0.975, 100, 1.9839715185235518],
    [0.975, 1000, 1.9623390808264083],
    [0.975, 2.5, 3.5746548420036817],
    [0.975, 0.5, 164.55767348048818],
    [0.999, 1, 318.30883898555015],
    [0.999, 3, 10.214531852407383],
    [0.999, 30, 3.3851848668293045],
    [0.025, 7, -2.3646242515927844],
    [1e-6, 4, -41.577854150450975],
    [0.6, 50, 0.254699342988588],
  ])('qt(%d, %d) = %d (scipy)', (p, df, expected) => {
    const value = studentTQuantile(p, df);
    expect(Math.abs(value - expected) / Math.abs(expected)).toBeLessThan(1e-10);
  });

  it('equals the normal quantile for infinite degrees of freedom', () => {
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 12);
  });

  it('handles 0, ½ and 1', () => {
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(0.5, 5)).toBe(0);
    expect(studentTQuantile(1, 5)).toBe(Infinity);
  });

  it('throws on a bad probability or degrees of freedom (a programmer error)', () => {
    expect(() => studentTQuantile(1.2, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(Number.NaN, 5)).toThrow(RangeError);
  });

  it('inverts the CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0005, max: 0.9995, noNaN: true }), fc.integer({ min: 1, max: 5000 }), (p, df) => {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 9);
      }),
    );
  });

  it('is antisymmetric: q(p) = −q(1 − p)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.integer({ min: 3, max: 500 }), (p, df) => {
        expect(studentTQuantile(p, df) + studentTQuantile(1 - p, df)).toBeCloseTo(0, 8);
      }),
    );
  });
});

describe('studentTCdf and density', () => {
  // Expected values: scipy 1.17 `scipy.stats.t.cdf(-3.1, df)`.
  it.each([
    [1, 0.09932609219911853],
    [2, 0.04510036506509436],
    [5, 0.013426592095017599],
    [30, 0.0020922424302753724],
    [1000, 0.0009946727655610488],
  ])('P(T ≤ −3.1 | ν = %d) = %d (scipy)', (df, expected) => {
    expect(studentTCdf(-3.1, df)).toBeCloseTo(expected, 13);
  });

  it('density at 0 for ν = 1 is 1/π', () => {
    expect(studentTDensity(0, 1)).toBeCloseTo(1 / Math.PI, 14);
  });
});

describe('tCriticalValue', () => {
  it('gives the 95% two-sided value', () => {
    expect(tCriticalValue(0.95, 29)).toBeCloseTo(2.045229642132703, 12);
  });

  it('shrinks towards 1.96 as ν grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), (df) => {
        expect(tCriticalValue(0.95, df)).toBeGreaterThan(tCriticalValue(0.95, df + 1));
        expect(tCriticalValue(0.95, df)).toBeGreaterThan(1.959963984540054);
      }),
    );
  });

  it('throws on a confidence outside (0, 1)', () => {
    expect(() => tCriticalValue(1, 10)).toThrow(RangeError);
  });
});
