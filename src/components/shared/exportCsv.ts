/**
 * CSV export shared by the calculators: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
 * order mark so that Excel (which otherwise guesses GBK on Chinese Windows) shows Chinese text.
 */

export type CsvValue = string | number | null | undefined;

const BYTE_ORDER_MARK = '\uFEFF';
/** A text cell starting with one of these would be run as a formula by Excel/WPS (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: numbers as plain digits, text quoted when it contains a comma, quote or line
 * break, and text that would start a formula prefixed with an apostrophe.
 * @example csvField('推荐者, 9–10') // '"推荐者, 9–10"'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows to CSV text (without the byte order mark).
 * @example toCsv([['分数', '人数'], [10, 3]]) // '分数,人数\r\n10,3\r\n'
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Offers a file for download from memory (no request leaves the browser).
 * @param blob the file's content
 * @param fileName the suggested file name
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads rows as a UTF-8 CSV with BOM.
 * @param fileName e.g. 'NPS结果.csv'
 * @param rows the table, first row the header
 * @example downloadCsv('NPS结果.csv', [['指标', '数值'], ['NPS', 17.5]])
 */
export function downloadCsv(fileName: string, rows: readonly (readonly CsvValue[])[]): void {
  saveBlob(new Blob([BYTE_ORDER_MARK + toCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}
