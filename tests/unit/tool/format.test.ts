import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatInterval, formatMoney, formatNumber, formatPercent, formatPValue, formatSigned } from '../../../src/lib/tool';
import { Ticks } from 'chart.js';
import { formatTick, groupDigits } from '../../../src/lib/tool/format';

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

describe('groupDigits', () => {
  // The oracle is Intl (ICU), an implementation independent of ours: the two must write the same.
  const intl = (value: number, decimals: number) => value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

  it.each([
    [0, 0, '0'],
    [999, 0, '999'],
    [1000, 0, '1,000'],
    [2574000, 0, '2,574,000'],
    [1560.5, 0, '1,561'],
    [0.125, 2, '0.13'],
    [1234567.891, 1, '1,234,567.9'],
    [0.015, 2, '0.02'],
    [99999.995, 2, '100,000.00'],
    [999.5, 0, '1,000'],
    [1e21, 0, '1,000,000,000,000,000,000,000'],
  ])('groupDigits(%s, %s) = %s', (value, decimals, expected) => {
    // Halves round up on the number as written: 0.015 is stored as 0.01499… but written 0.015, so
    // it gives 0.02, as Intl does (toFixed gives 0.01); a carry runs through the nines.
    expect(groupDigits(value, decimals)).toBe(expected);
  });

  it('writes what toLocaleString writes for any non-negative double and 0–4 decimals', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000)), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        expect(groupDigits(value, decimals)).toBe(intl(value, decimals));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('formatTick', () => {
  // The oracle is Chart.js's own numeric tick formatter (Intl, en-US), which formatTick stands in for; only the minus differs.
  const scale = { chart: { options: { locale: 'en-US' } }, options: { ticks: { format: {} } } };
  const chartJs = (value: number, index: number, ticks: { value: number }[]) => (Ticks.formatters.numeric.call(scale as never, value, index, ticks as never) as string).replace('-', '−');
  const axis = (...values: number[]) => values.map((value) => ({ value }));

  it.each<[string, { value: number }[], string[]]>([
    ['a gap axis in halves', axis(-1.5, -1, -0.5, 0, 0.5), ['−1.5', '−1.0', '−0.5', '0', '0.5']],
    ['a 1–7 rating axis', axis(1, 2, 3, 4, 5, 6, 7), ['1', '2', '3', '4', '5', '6', '7']],
    ['counts in thousands', axis(0, 2000, 4000, 6000), ['0', '2,000', '4,000', '6,000']],
    ['two ticks a fifth apart', axis(0.2, 0.4), ['0.2', '0.4']],
    ['one tick: its own size sets the decimals', axis(3.25), ['3']],
  ])('%s', (_axis, ticks, expected) => {
    expect(ticks.map((tick) => formatTick(tick.value, ticks))).toEqual(expected);
    expect(ticks.map((tick, index) => chartJs(tick.value, index, ticks))).toEqual(expected);
  });

  it('writes what Chart.js writes for evenly spaced axes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), fc.constantFrom(0.01, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 50, 100, 1000), fc.integer({ min: 2, max: 12 }), (start, step, count) => {
        // Ticks as Chart.js makes them: multiples of the step, rounded to its decimals.
        const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
        const ticks = axis(...Array.from({ length: count }, (_, index) => Number(((start + index) * step).toFixed(decimals))));
        ticks.forEach((tick, index) => expect(formatTick(tick.value, ticks)).toBe(chartJs(tick.value, index, ticks)));
      }),
    );
  });
});
