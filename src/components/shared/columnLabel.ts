/** Column label used in pickers and messages: 第 N 列 · header. */
export function columnLabel(headers: readonly string[], index: number): string {
  const header = headers[index] ?? '';
  return `第 ${index + 1} 列 · ${header.length > 40 ? `${header.slice(0, 40)}…` : header}`;
}
