/**
 * Numbers on the tool pages, written the way a Chinese slide writes them: thousands separators,
 * a true minus sign (−), money in 元 with no decimals, percentages with one decimal, intervals as
 * “下限 至 上限”, and — where a figure cannot be computed. Every tool formats through this file;
 * a tool keeps a wrapper only for its own default precision (NPS one decimal, SERVQUAL two).
 * CSV export writes plain numbers instead.
 */

const MINUS = '\u2212';

/** What is written where a figure is missing (null, NaN, ±∞). */
export const MISSING = '—';

type MaybeNumber = number | null | undefined;

const isNumber = (value: MaybeNumber): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * A non-negative number with `decimals` digits and a comma every three integer digits, as
 * `toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })`
 * writes it, without Intl. Like ICU, it rounds the number's shortest decimal form (JavaScript's
 * `String(value)`), halves away from zero, so 0.015 gives 0.02 although the double is
 * 0.01499…; `toFixed` would give 0.01. A profile of the Market Damage page's first render showed
 * Intl's start-up (and a new Intl.NumberFormat per call) as the page's largest script cost.
 * tests/unit/tool/format.test.ts checks the two agree.
 */
export function groupDigits(value: number, decimals: number): string {
  const shortest = String(value);
  // eslint-disable-next-line no-restricted-properties -- only numbers of 1e21 and over, or under 1e-6, which String writes with an exponent
  if (shortest.includes('e')) return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const point = shortest.indexOf('.');
  const whole = point === -1 ? shortest : shortest.slice(0, point);
  const fraction = point === -1 ? '' : shortest.slice(point + 1);
  let digits = whole + fraction.slice(0, decimals).padEnd(decimals, '0');
  if (fraction.charCodeAt(decimals) >= 53 /* '5' */) digits = addOne(digits);
  const integerPart = digits.slice(0, digits.length - decimals);
  return integerPart.replace(/\B(?=(\d{3})+$)/g, ',') + (decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '');
}

/** A string of decimal digits plus one ('0999' → '1000', '99' → '100'). */
function addOne(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits[index] === '9') index -= 1;
  const tail = '0'.repeat(digits.length - 1 - index);
  return index < 0 ? `1${tail}` : `${digits.slice(0, index)}${String.fromCharCode(digits.charCodeAt(index) + 1)}${tail}`;
}

/**
 * A number rounded to `decimals`, with thousands separators and a typographic minus; a value that
 * rounds to zero is written without a sign, and a missing one as —.
 * @example formatNumber(-2574000) // '−2,574,000'
 * @example formatNumber(-0.254, 2) // '−0.25'
 */
export function formatNumber(value: MaybeNumber, decimals = 0): string {
  if (!isNumber(value)) return MISSING;
  const text = groupDigits(Math.abs(value), decimals);
  return value < 0 && Number(text.replace(/,/g, '')) !== 0 ? `${MINUS}${text}` : text;
}

/** @example formatMoney(2574000) // '2,574,000 元' */
export function formatMoney(value: number): string {
  return `${formatNumber(value)} 元`;
}

/** @example formatPeople(1560.4) // '1,560' */
export function formatPeople(value: number): string {
  return formatNumber(value);
}

/** A count of answers or respondents. @example formatCount(12345) // '12,345' */
export function formatCount(count: number): string {
  return formatNumber(count);
}

/** A share (0–1) as a percentage. @example formatPercent(0.0858, 2) // '8.58%' */
export function formatPercent(share: number, decimals = 1): string {
  return `${formatNumber(100 * share, decimals)}%`;
}

/** A difference with an explicit sign. @example formatSigned(330000) // '+330,000' */
export function formatSigned(value: MaybeNumber, decimals = 0): string {
  const text = formatNumber(value, decimals);
  return isNumber(value) && value > 0 && Number(text.replace(/,/g, '')) !== 0 ? `+${text}` : text;
}

/**
 * An interval as “lower 至 upper”, or — when either end is missing.
 * @example formatInterval(-0.41, -0.09, 2) // '−0.41 至 −0.09'
 */
export function formatInterval(lower: MaybeNumber, upper: MaybeNumber, decimals = 0): string {
  if (!isNumber(lower) || !isNumber(upper)) return MISSING;
  return `${formatNumber(lower, decimals)} 至 ${formatNumber(upper, decimals)}`;
}

/** A p-value: three decimals, or “< 0.001”. @example formatPValue(0.00002) // '< 0.001' */
export function formatPValue(pValue: number): string {
  return pValue < 0.001 ? '< 0.001' : pValue.toFixed(3);
}

/**
 * A chart's numeric axis label, with as many decimals as the step between the axis's ticks needs:
 * Chart.js's own rule (`Ticks.formatters.numeric` in chart.js 4), written by formatNumber instead
 * of Intl.NumberFormat, whose start-up (20 ms on a desktop, Chromium) otherwise falls in the
 * render that first draws a chart, often the one that shows an imported file's results.
 * @param ticks the axis's ticks, as Chart.js passes them to a tick callback
 * @example formatTick(1, [{ value: 0 }, { value: 0.5 }, { value: 1 }]) // '1.0'
 */
export function formatTick(value: number, ticks: readonly { value: number }[]): string {
  if (value === 0) return '0';
  let step = value;
  if (ticks.length > 1) {
    step = ticks.length > 3 ? ticks[2]!.value - ticks[1]!.value : ticks[1]!.value - ticks[0]!.value;
    if (Math.abs(step) >= 1 && value !== Math.floor(value)) step = value - Math.floor(value);
  }
  const magnitude = Math.log10(Math.abs(step));
  const decimals = Number.isNaN(magnitude) ? 1 : Math.max(Math.min(-Math.floor(magnitude), 20), 0);
  return formatNumber(value, decimals);
}
