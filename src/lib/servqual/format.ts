/**
 * SERVQUAL means and gaps are written with two decimals, as published SERVQUAL tables do, gaps
 * with an explicit + when positive; everything else is the shared tool format
 * (src/lib/tool/format.ts). CSV export writes plain numbers (resultRows.ts).
 */
import { formatInterval as formatToolInterval, formatNumber, formatSigned } from '../tool/format';

export { formatCount } from '../tool/format';

/** SERVQUAL precision: two decimals. */
const SERVQUAL_DECIMALS = 2;

/**
 * A mean or score; −0.00 is written 0.00, a missing value —.
 * @example formatScore(-0.254) // '−0.25'
 */
export function formatScore(value: number | null | undefined, decimals = SERVQUAL_DECIMALS): string {
  return formatNumber(value, decimals);
}

/** A gap with its sign. @example formatGap(0.1) // '+0.10' */
export function formatGap(value: number | null | undefined, decimals = SERVQUAL_DECIMALS): string {
  return formatSigned(value, decimals);
}

/** @example formatInterval(-0.41, -0.09) // '−0.41 至 −0.09' */
export function formatInterval(lower: number | null | undefined, upper: number | null | undefined, decimals = SERVQUAL_DECIMALS): string {
  return formatToolInterval(lower, upper, decimals);
}
