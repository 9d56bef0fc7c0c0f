/**
 * How SERVQUAL figures are written on screen: means and gaps with two decimals (as published
 * SERVQUAL tables do), a true minus sign (−), gaps with an explicit + when positive.
 * CSV export writes plain numbers instead (resultRows.ts).
 */
const MINUS = '\u2212';

/**
 * A number with fixed decimals and a typographic minus; −0.00 is written 0.00.
 * @example formatScore(-0.254) // '−0.25'
 */
export function formatScore(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(text) !== 0 ? `${MINUS}${text}` : text;
}

/**
 * A gap with its sign.
 * @example formatGap(0.1) // '+0.10'
 */
export function formatGap(value: number | null | undefined, decimals = 2): string {
  const text = formatScore(value, decimals);
  return typeof value === 'number' && value > 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? `+${text}` : text;
}

/**
 * An interval as “lower 至 upper”, or — when it cannot be computed.
 * @example formatInterval(-0.41, -0.09) // '−0.41 至 −0.09'
 */
export function formatInterval(lower: number | null | undefined, upper: number | null | undefined, decimals = 2): string {
  if (typeof lower !== 'number' || typeof upper !== 'number') return '—';
  return `${formatScore(lower, decimals)} 至 ${formatScore(upper, decimals)}`;
}

/**
 * A count with thousands separators.
 * @example formatCount(10000) // '10,000'
 */
export function formatCount(count: number): string {
  return count.toLocaleString('zh-CN');
}
