import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/lib/stats';

describe('logGamma (Lanczos 1964, g = 7)', () => {
  it.each([
    // Expected values: python3 -c "import math; print(math.lgamma(x))"
    [0.5, 0.5723649429247004], // = ln √π
    [1, 0],
    [2, 0],
    [3.7, 1.4280723266653883],
    [10, 12.801827480081467], // = ln 9! = ln 362880
    [0.1, 2.2527126517342055], // reflection branch (x < 0.5)
    [171.5, 709.1431630309282],
  ])('ln Γ(%d) = %d', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (x) => {
    expect(() => logGamma(x)).toThrow(RangeError);
  });
});
