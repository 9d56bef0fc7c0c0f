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
 * A number rounded to `decimals`, with thousands separators and a typographic minus; a value that
 * rounds to zero is written without a sign, and a missing one as —.
 * @example formatNumber(-2574000) // '−2,574,000'
 * @example formatNumber(-0.254, 2) // '−0.25'
 */
export function formatNumber(value: MaybeNumber, decimals = 0): string {
  if (!isNumber(value)) return MISSING;
  const text = Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
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
