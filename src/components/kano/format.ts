/** Number formats of the KANO views: true minus signs, fixed decimals, tabular figures via CSS. */

/** 0.4821 → "48.2%" */
export function percent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** −0.7365 → "−0.74"; −0 → "0.00". */
export function signed(value: number, digits = 2): string {
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

/** 12345 → "12,345" */
export function count(value: number): string {
  return value.toLocaleString('zh-CN');
}
