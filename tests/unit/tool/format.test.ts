import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent, formatSigned } from '../../../src/lib/tool';

describe('format', () => {
  it.each([
    [formatMoney(2574000), '2,574,000 元'],
    [formatNumber(-330000), '−330,000'],
    [formatNumber(-0.2), '0'],
    [formatNumber(1560.4), '1,560'],
    [formatPercent(0.0858, 2), '8.58%'],
    [formatSigned(330000), '+330,000'],
    [formatSigned(0), '0'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
