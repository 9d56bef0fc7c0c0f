/**
 * NPS figures are written with one decimal (points and percentages); everything else is the
 * shared tool format (src/lib/tool/format.ts). CSV export uses plain numbers (resultTable.ts).
 */
import { formatInterval, formatNumber as formatToolNumber, formatSigned } from '../tool/format';

export { formatCount, formatPercent, formatPValue } from '../tool/format';

/** NPS precision: one decimal. */
const NPS_DECIMALS = 1;

/**
 * A number with one decimal by default; −0.0 is written 0.0.
 * @example formatNumber(-12.345) // '−12.3'
 */
export function formatNumber(value: number, decimals = NPS_DECIMALS): string {
  return formatToolNumber(value, decimals);
}

/**
 * An NPS or a difference in points, with an explicit sign when asked.
 * @example formatPoints(17.5) // '17.5'
 * @example formatPoints(3, { signed: true }) // '+3.0'
 */
export function formatPoints(value: number, { signed = false, decimals = NPS_DECIMALS }: { signed?: boolean; decimals?: number } = {}): string {
  return signed ? formatSigned(value, decimals) : formatToolNumber(value, decimals);
}

/**
 * An interval in points. @example formatRange(14.09, 20.81) // '14.1 至 20.8'
 */
export function formatRange(lower: number, upper: number): string {
  return formatInterval(lower, upper, NPS_DECIMALS);
}
