/**
 * How NPS figures are written on screen and in reports: one decimal, a true minus sign (−),
 * percentages with one decimal. CSV export uses plain numbers instead (see resultTable.ts).
 */

const MINUS = '\u2212';

/**
 * A number with fixed decimals and a typographic minus; −0.0 is written 0.0.
 * @example formatNumber(-12.345) // '−12.3'
 */
export function formatNumber(value: number, decimals = 1): string {
  const text = Math.abs(value).toFixed(decimals);
  const isZero = Number(text) === 0;
  return value < 0 && !isZero ? `${MINUS}${text}` : text;
}

/**
 * An NPS or a difference in points, with an explicit sign when asked.
 * @example formatPoints(17.5) // '17.5'
 * @example formatPoints(3, { signed: true }) // '+3.0'
 */
export function formatPoints(value: number, { signed = false, decimals = 1 }: { signed?: boolean; decimals?: number } = {}): string {
  const text = formatNumber(value, decimals);
  return signed && value > 0 && Number(text) !== 0 ? `+${text}` : text;
}

/**
 * A share (0 … 1) as a percentage.
 * @example formatPercent(0.25) // '25.0%'
 */
export function formatPercent(share: number, decimals = 1): string {
  return `${formatNumber(100 * share, decimals)}%`;
}

/**
 * A count with thousands separators.
 * @example formatCount(12345) // '12,345'
 */
export function formatCount(count: number): string {
  return count.toLocaleString('zh-CN');
}

/**
 * A p-value: three decimals, or "< 0.001".
 * @example formatPValue(0.00002) // '< 0.001'
 */
export function formatPValue(pValue: number): string {
  return pValue < 0.001 ? '< 0.001' : pValue.toFixed(3);
}

/**
 * An interval as "lower 至 upper".
 * @example formatRange(14.09, 20.81) // '14.1 至 20.8'
 */
export function formatRange(lower: number, upper: number): string {
  return `${formatPoints(lower)} 至 ${formatPoints(upper)}`;
}
