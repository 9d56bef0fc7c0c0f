import { detectQuestionnaireStar } from './headers';
import { readNumber } from './cells';
import { ColumnTally, profileTable } from './profile';
import { MAX_COLUMNS, PREVIEW_ROWS, type SurveySource, type SurveyTable, type TablePreview, type TableResult } from './types';
import { formatCount } from '../tool/format';

/** Largest table held in memory (cells); beyond it the message asks for a smaller extract. */
export const MAX_CELLS = 60_000_000;

/**
 * Builds a SurveyTable from rows fed one spreadsheet row at a time (so streaming readers and
 * whole-sheet readers share the same rules): the first non-empty row is the header, empty
 * rows are skipped but still counted for row numbers, short rows are padded, long rows cut.
 */
export class TableBuilder {
  private readonly source: SurveySource;
  private headers: string[] | null = null;
  private headerRow = 0;
  private width = 0;
  /** One tally per column, fed as rows arrive: the profiles need no second pass. */
  private tallies: ColumnTally[] = [];
  /** Scratch for addSplitLines: where each cell of the current line ends. */
  private cellEnds = new Int32Array(0);
  private readonly rows: string[][] = [];
  private readonly rowNumbers: number[] = [];
  private nextRowNumber: number;
  private overflowRows = 0;
  private firstOverflowRow = 0;
  private readonly warnings: string[] = [];
  private failure: string | null = null;

  /** @param firstRowNumber the spreadsheet row number of the first row fed (1 unless a sheet starts lower) */
  constructor(source: SurveySource, firstRowNumber = 1) {
    this.source = source;
    this.nextRowNumber = firstRowNumber;
  }

  /** Set when the table cannot be built (too wide, too big); feeding further rows is pointless. */
  get failed(): string | null {
    return this.failure;
  }

  /** The spreadsheet row number the next fed row will get. */
  get nextRow(): number {
    return this.nextRowNumber;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /** Skips `count` spreadsheet rows (e.g. empty lines the parser did not return). */
  skipRows(count: number): void {
    this.nextRowNumber += count;
  }

  addWarning(warning: string): void {
    if (!this.warnings.includes(warning)) this.warnings.push(warning);
  }

  /** Feeds one row of cells (the array may be kept: do not reuse it). */
  addRow(cells: string[]): void {
    const rowNumber = this.nextRowNumber;
    this.nextRowNumber += 1;
    if (this.failure !== null || isEmptyRow(cells)) return;
    if (this.headers === null) {
      this.setHeader(cells, rowNumber);
      return;
    }
    const width = this.width;
    let row = cells;
    if (row.length !== width) {
      if (row.length < width) {
        row = row.slice();
        for (let index = row.length; index < width; index += 1) row.push('');
      } else {
        if (hasContentBeyond(row, width)) {
          this.overflowRows += 1;
          if (this.firstOverflowRow === 0) this.firstOverflowRow = rowNumber;
        }
        row = row.slice(0, width);
      }
    }
    this.tally(row);
    this.keep(row, rowNumber);
  }

  /** Stores a tallied row; past MAX_CELLS the table fails with the row named. */
  private keep(row: string[], rowNumber: number): void {
    this.rows.push(row);
    this.rowNumbers.push(rowNumber);
    if (this.rows.length * this.width > MAX_CELLS) this.failure = tooBig(rowNumber, this.width);
  }

  /**
   * Feeds text holding no quote character, line by line: the same as
   * `for (const line of text.split(newline)) this.addRow(line.split(delimiter))`, which is how
   * papaparse reads unquoted text. A line of exactly the header's width is read in place, each
   * cell looked up in its column's tally (ColumnTally.addRange), so no string is made per cell.
   * @param delimiter one character
   */
  addSplitLines(text: string, delimiter: string, newline: string): void {
    let start = 0;
    for (;;) {
      let end = text.indexOf(newline, start);
      const last = end === -1;
      if (last) end = text.length;
      // (The header line sets the width, so cellEnds is read per line.)
      const ends = this.cellEnds;
      if (this.headers !== null && this.failure === null && this.splitInPlace(text, start, end, delimiter, ends)) this.addCellRanges(text, start, ends);
      else this.addRow(text.slice(start, end).split(delimiter));
      if (last) return;
      start = end + newline.length;
    }
  }

  /**
   * Finds the ends of the line's cells when it has exactly the header's width and its first cell
   * starts with a character other than white space (so the line is not empty); other lines go
   * through addRow.
   */
  private splitInPlace(text: string, start: number, end: number, delimiter: string, ends: Int32Array): boolean {
    if (start === end || text.startsWith(delimiter, start) || isTrimmedSpace(text.charCodeAt(start))) return false;
    const last = this.width - 1;
    let from = start;
    for (let index = 0; index < last; index += 1) {
      const at = text.indexOf(delimiter, from);
      if (at === -1 || at >= end) return false;
      ends[index] = at;
      from = at + 1;
    }
    const beyond = text.indexOf(delimiter, from);
    if (beyond !== -1 && beyond < end) return false;
    ends[last] = end;
    return true;
  }

  private addCellRanges(text: string, start: number, ends: Int32Array): void {
    const width = this.width;
    const tallies = this.tallies;
    const row: string[] = [];
    let from = start;
    for (let index = 0; index < width; index += 1) {
      const end = ends[index]!;
      row.push(tallies[index]!.addRange(text, from, end));
      from = end + 1;
    }
    this.keep(row, this.nextRowNumber);
    this.nextRowNumber += 1;
  }

  private setHeader(cells: string[], rowNumber: number): void {
    if (cells.length > MAX_COLUMNS) {
      this.failure = `表格有 ${formatCount(cells.length)} 列，超过上限 ${formatCount(MAX_COLUMNS)} 列。请删去不需要的列后再导入。`;
      return;
    }
    // Drop trailing empty header cells (Excel often exports a trailing delimiter).
    let width = cells.length;
    while (width > 1 && cells[width - 1]!.trim() === '') width -= 1;
    const trimmed = cells.slice(0, width).map((cell) => cell.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim());
    const nonEmpty = trimmed.filter((cell) => cell !== '');
    const allNumbers = nonEmpty.length > 0 && nonEmpty.every((cell) => readNumber(cell).kind === 'value');
    this.width = width;
    this.tallies = Array.from({ length: width }, () => new ColumnTally());
    this.cellEnds = new Int32Array(width);
    this.headerRow = rowNumber;
    if (allNumbers) {
      // No header row (e.g. a pasted column of scores): name the columns and keep the row as data.
      this.headers = trimmed.map((_, index) => `第${index + 1}列`);
      this.addWarning(`第 ${rowNumber} 行全是数字，已当作数据处理（表格没有表头，列名记为“第1列”“第2列”…）。`);
      const row = cells.length === width ? cells : cells.slice(0, width);
      this.tally(row);
      this.keep(row, rowNumber);
      return;
    }
    this.headers = trimmed.map((cell, index) => (cell === '' ? `第${index + 1}列` : cell));
    if (rowNumber > 1) this.addWarning(`前 ${rowNumber - 1} 行是空行，表头取第 ${rowNumber} 行。`);
  }

  /** Counts a kept row's cells and stores each cell as its column's first copy of that text. */
  private tally(row: string[]): void {
    const tallies = this.tallies;
    for (let index = 0; index < tallies.length; index += 1) row[index] = tallies[index]!.add(row[index] ?? '');
  }

  /**
   * The finished table, or the Chinese reason there is none.
   * @param source facts known only at the end (e.g. csv vs tsv once the delimiter is known)
   */
  finish(source: Partial<SurveySource> = {}): TableResult {
    if (this.failure !== null) return { ok: false, error: this.failure };
    if (this.headers === null) return { ok: false, error: '文件是空的：没有找到任何内容。' };
    if (this.rows.length === 0) return { ok: false, error: `只有表头（第 ${this.headerRow} 行的列名），没有数据行。请确认导出时包含了答卷数据。` };
    const warnings = this.warnings.slice();
    if (this.overflowRows > 0) {
      warnings.push(`有 ${formatCount(this.overflowRows)} 行的单元格比表头多（第一处在第 ${this.firstOverflowRow} 行），多出的部分已忽略。可能是某个单元格里含有未加引号的分隔符。`);
    }
    const questionnaireStar = detectQuestionnaireStar(this.headers);
    const headers = this.headers;
    const profiles = this.tallies.map((tally, index) => tally.profile(index, headers[index]!));
    const table: SurveyTable = { headers, rows: this.rows, rowNumbers: this.rowNumbers, source: { ...this.source, ...source }, questionnaireStar, profiles };
    return { ok: true, table, warnings };
  }
}

function tooBig(rowNumber: number, width: number): string {
  return `数据太大：超过 ${formatCount(MAX_CELLS / 10_000)} 万个单元格（读到第 ${formatCount(rowNumber)} 行，共 ${width} 列），浏览器内存放不下。请只导出需要的列（例如得分列和分组列）后再导入。`;
}

/** The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmedSpace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false;
  return code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isEmptyRow(cells: readonly string[]): boolean {
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index];
    if (cell !== '' && cell !== undefined && cell !== null && String(cell).trim() !== '') return false;
  }
  return true;
}

function hasContentBeyond(cells: readonly string[], width: number): boolean {
  for (let index = width; index < cells.length; index += 1) if (cells[index]!.trim() !== '') return true;
  return false;
}

/**
 * The part of a table sent to the page: headers, the first rows, counts, and the column
 * profiles over all rows (the builder's, else computed here).
 */
export function toPreview(table: SurveyTable, warnings: string[], profiles = table.profiles ?? profileTable(table)): TablePreview {
  return {
    profiles,
    headers: table.headers,
    rows: table.rows.slice(0, PREVIEW_ROWS),
    rowNumbers: table.rowNumbers.slice(0, PREVIEW_ROWS),
    rowCount: table.rows.length,
    source: table.source,
    questionnaireStar: table.questionnaireStar,
    warnings,
  };
}
