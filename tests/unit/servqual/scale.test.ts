import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isScaleMax, reverseScore, scaleMidpoint, scalePoints } from '../../../src/lib/servqual';

describe('reverseScore: (scale max + 1) − x', () => {
  it.each([
    [1, 7, 7],
    [2, 7, 6],
    [4, 7, 4],
    [7, 7, 1],
    [1, 5, 5],
    [3, 5, 3],
    [5, 5, 1],
  ] as const)('%d on 1–%d → %d (hand-worked)', (value, scaleMax, expected) => {
    expect(reverseScore(value, scaleMax)).toBe(expected);
  });

  it('is its own inverse and stays on the scale', () => {
    fc.assert(
      fc.property(fc.constantFrom(5 as const, 7 as const).chain((scaleMax) => fc.tuple(fc.constant(scaleMax), fc.integer({ min: 1, max: scaleMax }))), ([scaleMax, value]) => {
        const reversed = reverseScore(value, scaleMax);
        expect(reversed).toBeGreaterThanOrEqual(1);
        expect(reversed).toBeLessThanOrEqual(scaleMax);
        expect(reverseScore(reversed, scaleMax)).toBe(value);
        expect(value + reversed).toBe(scaleMax + 1);
      }),
    );
  });

  it('refuses a value off the scale (a programmer error)', () => {
    expect(() => reverseScore(8, 7)).toThrow(RangeError);
    expect(() => reverseScore(0, 5)).toThrow(RangeError);
  });
});

describe('scale', () => {
  it('has 7 or 5 points and a midpoint', () => {
    expect(scalePoints(7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(scalePoints(5)).toEqual([1, 2, 3, 4, 5]);
    expect(scaleMidpoint(7)).toBe(4);
    expect(scaleMidpoint(5)).toBe(3);
    expect(isScaleMax(7)).toBe(true);
    expect(isScaleMax(10)).toBe(false);
  });
});
