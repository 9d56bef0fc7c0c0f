/**
 * The KANO views' number formats, on the shared tool format (src/lib/tool/format.ts): shares as
 * percentages with one decimal, coefficients with two, counts with thousands separators.
 */
import { formatCount, formatNumber, formatPercent } from '../../lib/tool/format';

/** 0.4821 → "48.2%" */
export const percent = formatPercent;

/** −0.7365 → "−0.74"; −0 → "0.00". */
export function signed(value: number, digits = 2): string {
  return formatNumber(value, digits);
}

/** 12345 → "12,345" */
export const count = formatCount;
