import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatPoints, formatPValue } from '../../../src/lib/nps';

describe('format', () => {
  it.each([
    [17.5, '17.5'],
    [-12.345, '−12.3'],
    [-0.04, '0.0'],
    [0, '0.0'],
    [100, '100.0'],
  ])('formatNumber(%d) = %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('signs, percents and p-values', () => {
    expect(formatPoints(3, { signed: true })).toBe('+3.0');
    expect(formatPoints(-3, { signed: true })).toBe('−3.0');
    expect(formatPercent(0.075)).toBe('7.5%');
    expect(formatPValue(0.0002)).toBe('< 0.001');
    expect(formatPValue(0.0456)).toBe('0.046');
  });
});
