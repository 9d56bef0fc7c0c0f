import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from '../../../src/lib/stats';

describe('regularizedIncompleteBeta I_x(a, b) (Press et al. 2007, §6.4)', () => {
  it.each([
    // Expected values: python3 -c "from scipy import special; print(special.betainc(a, b, x))"
    [0.5, 2, 3, 0.6875], // hand-worked too: I = Σ_{j=2}^{4} C(4, j) 0.5⁴ = (6 + 4 + 1)/16
    [0.3, 0.5, 0.5, 0.36901011956554536], // = (2/π) asin √0.3
    [0.9, 10, 2, 0.6973568802000002],
    [0.7, 1, 1, 0.7], // uniform distribution
  ])('I_%d(%d, %d) = %d', (x, a, b, expected) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(expected, 12);
  });

  it('far in the tail keeps its relative precision', () => {
    // scipy: special.betainc(30, 40, 0.05) = 4.265934929949272e-21
    expect(regularizedIncompleteBeta(0.05, 30, 40) / 4.265934929949272e-21).toBeCloseTo(1, 8);
  });

  it('ends at 0 and 1, and rejects x outside [0, 1] or non-positive shapes', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.1, 2, 3)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});
