/**
 * Answer templates as an Excel workbook, for the questionnaire builders: a 答卷 sheet with the
 * column headers (one row, to fill in or paste answers under) and a 填写说明 sheet with the notes.
 * SheetJS is imported on demand, only when a template is asked for.
 */
import { saveBlob } from './exportCsv';

export interface TemplateWorkbookLayout {
  /** Widest header column, in characters (no limit when left out). */
  maxHeaderWidth?: number;
  /** Column widths of the notes sheet, in characters (SheetJS defaults when left out). */
  notesWidths?: readonly number[];
}

/**
 * Builds the workbook and offers it for download.
 * @param fileName the suggested file name (….xlsx)
 * @param headers the answer columns
 * @param notes rows of the 填写说明 sheet
 * @throws when SheetJS cannot be loaded or cannot write the workbook
 */
export async function saveTemplateWorkbook(fileName: string, headers: readonly string[], notes: readonly (readonly string[])[], layout: TemplateWorkbookLayout = {}): Promise<void> {
  const XLSX = await import('@e965/xlsx');
  const workbook = XLSX.utils.book_new();
  const answers = XLSX.utils.aoa_to_sheet([[...headers]]);
  // Chinese characters are about two columns wide.
  answers['!cols'] = headers.map((header) => {
    const width = Math.max(10, header.length * 2);
    return { wch: layout.maxHeaderWidth === undefined ? width : Math.min(layout.maxHeaderWidth, width) };
  });
  XLSX.utils.book_append_sheet(workbook, answers, '答卷');
  const notesSheet = XLSX.utils.aoa_to_sheet(notes.map((row) => [...row]));
  if (layout.notesWidths) notesSheet['!cols'] = layout.notesWidths.map((wch) => ({ wch }));
  XLSX.utils.book_append_sheet(workbook, notesSheet, '填写说明');
  const bytes = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  saveBlob(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
}
