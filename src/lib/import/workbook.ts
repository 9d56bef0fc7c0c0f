import { TableBuilder } from './table';
import type { SourceKind, TableResult } from './types';

type XlsxModule = typeof import('@e965/xlsx');

let xlsxPromise: Promise<XlsxModule> | null = null;

/** SheetJS (@e965/xlsx, the maintained mirror of the current SheetJS release), imported on first use only. */
export function loadXlsx(): Promise<XlsxModule> {
  xlsxPromise ??= import('@e965/xlsx');
  return xlsxPromise;
}

export interface ReadWorkbookOptions {
  fileName?: string;
  /** 'xlsx' or 'xls' for the source label; guessed from the bytes when omitted. */
  kind?: Extract<SourceKind, 'xlsx' | 'xls'>;
}

/**
 * Reads an .xlsx or legacy .xls workbook (including 问卷星's Excel exports): the first sheet
 * with content, every cell as the text Excel displays (so 9 stays “9”, 9.0 formatted as 9 shows “9”).
 * Row numbers are the sheet's own (a sheet whose data starts at row 3 reports row 3).
 * @param bytes the file's bytes
 * @returns a TableResult (warnings name skipped empty sheets)
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): Promise<TableResult> {
  const XLSX = await loadXlsx();
  const kind = options.kind ?? (bytes[0] === 0x50 && bytes[1] === 0x4b ? 'xlsx' : 'xls');
  let workbook: import('@e965/xlsx').WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', dense: true, cellDates: false, cellHTML: false, cellStyles: false, bookVBA: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(detail)) return { ok: false, error: '这个 Excel 文件有密码保护，无法读取。请在 Excel 中取消密码后另存，再导入。' };
    return { ok: false, error: `无法读取这个 Excel 文件（${detail.slice(0, 80)}）。文件可能已损坏，或并非 Excel 格式；可以在 Excel/WPS 中另存为 .xlsx 或 CSV 后再试。` };
  }
  const skipped: string[] = [];
  for (const sheetName of workbook.SheetNames) {
    const sheet = workbook.Sheets[sheetName];
    if (!sheet || !sheet['!ref']) {
      skipped.push(sheetName);
      continue;
    }
    const range = XLSX.utils.decode_range(sheet['!ref']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
    if (!rows.some((row) => row.some((cell) => String(cell ?? '').trim() !== ''))) {
      skipped.push(sheetName);
      continue;
    }
    const builder = new TableBuilder({ kind, ...(options.fileName ? { fileName: options.fileName } : {}), sheetName }, range.s.r + 1);
    for (const row of rows) {
      builder.addRow(row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))));
      if (builder.failed !== null) break;
    }
    const result = builder.finish();
    if (result.ok) {
      if (range.s.c > 0) result.warnings.push(`工作表从第 ${range.s.c + 1} 列开始，前面的空列已略过。`);
      if (skipped.length > 0) result.warnings.push(`工作表「${skipped.join('」「')}」是空的，已读取「${sheetName}」。`);
      if (workbook.SheetNames.length > skipped.length + 1) result.warnings.push(`工作簿有 ${workbook.SheetNames.length} 个工作表，只读取了第一个有数据的「${sheetName}」。如需其他工作表，请把它单独另存为文件。`);
    }
    return result;
  }
  return { ok: false, error: '工作簿里没有任何有数据的工作表。' };
}
