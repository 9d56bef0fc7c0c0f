/**
 * Numbers on the tool pages, written the way a Chinese slide writes them: thousands separators,
 * a true minus sign (−), money in 元 with no decimals, percentages with one decimal. CSV export
 * writes plain numbers instead.
 */

const MINUS = '\u2212';

/**
 * A number rounded to `decimals`, with thousands separators and a typographic minus.
 * @example formatNumber(-2574000) // '−2,574,000'
 */
export function formatNumber(value: number, decimals = 0): string {
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

/** A share (0–1) as a percentage. @example formatPercent(0.0858, 2) // '8.58%' */
export function formatPercent(share: number, decimals = 1): string {
  return `${formatNumber(100 * share, decimals)}%`;
}

/** A difference with an explicit sign. @example formatSigned(330000) // '+330,000' */
export function formatSigned(value: number, decimals = 0): string {
  const text = formatNumber(value, decimals);
  return value > 0 && Number(text.replace(/,/g, '')) !== 0 ? `+${text}` : text;
}
