import { describe, expect, it } from 'vitest';
import { formatCount, formatInterval, formatMoney, formatNumber, formatPercent, formatPValue, formatSigned } from '../../../src/lib/tool';

describe('format', () => {
  it.each([
    [formatMoney(2574000), '2,574,000 元'],
    [formatNumber(-330000), '−330,000'],
    [formatNumber(-0.2), '0'],
    [formatNumber(1560.4), '1,560'],
    [formatNumber(-0.254, 2), '−0.25'],
    [formatNumber(-0.004, 2), '0.00'],
    [formatNumber(null), '—'],
    [formatNumber(Number.NaN, 2), '—'],
    [formatNumber(Number.POSITIVE_INFINITY), '—'],
    [formatCount(12345), '12,345'],
    [formatPercent(0.0858, 2), '8.58%'],
    [formatPercent(0.25), '25.0%'],
    [formatSigned(330000), '+330,000'],
    [formatSigned(0), '0'],
    [formatSigned(0.001, 2), '0.00'],
    [formatSigned(-0.1, 2), '−0.10'],
    [formatSigned(undefined, 2), '—'],
    [formatInterval(-0.41, -0.09, 2), '−0.41 至 −0.09'],
    [formatInterval(14.09, 20.81, 1), '14.1 至 20.8'],
    [formatInterval(null, 1), '—'],
    [formatPValue(0.0002), '< 0.001'],
    [formatPValue(0.0456), '0.046'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
