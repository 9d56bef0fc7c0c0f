/**
 * The shared survey-table contract used by every calculator (NPS, KANO, SERVQUAL).
 * Everything here is plain data (structured-clone safe), so a table or a summary can
 * cross the worker boundary unchanged. Keep these shapes stable: tools code against them.
 */
import type { EncodingReport } from './encodingNames';
import type { ColumnProfile } from './profile';

/** Where a table came from. */
export type SourceKind = 'paste' | 'csv' | 'tsv' | 'xlsx' | 'xls';

/** The text encoding of a delimited file: found by src/lib/import/encoding.ts or chosen by the user. */
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'big5' | 'shift_jis' | 'euc-kr' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface SurveySource {
  kind: SourceKind;
  encoding?: DetectedEncoding;
  /** How the encoding was found, with every candidate's score and preview (delimited files only). */
  encodingReport?: EncodingReport;
  fileName?: string;
  sheetName?: string;
}

/**
 * A survey as a rectangle of text cells.
 * - `headers`: the first row, trimmed (duplicates kept; empty headers become `第N列`).
 * - `rows`: every data row, each padded with '' (or cut) to `headers.length`. Rows that are
 *   entirely empty are dropped.
 * - `rowNumbers[i]`: the 1-based row of `rows[i]` as the user sees it in the spreadsheet
 *   (header = row 1), so messages can name the row.
 * - `questionnaireStar`: 问卷星 meta columns (序号 · 提交答卷时间 · 所用时间 …) were found.
 */
export interface SurveyTable {
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
  source: SurveySource;
  questionnaireStar: boolean;
  /** The column profiles over all rows, when the reader computed them while reading (TableBuilder). */
  profiles?: ColumnProfile[];
}

/** Result of any reader: a table plus non-fatal notes, or one Chinese message. */
export type TableResult =
  | { ok: true; table: SurveyTable; warnings: string[] }
  | { ok: false; error: string };

/** What the worker sends back after a load: enough to render a preview and pick columns. */
export interface TablePreview {
  /** One profile per column over ALL rows (what every role's scoring reads); always sent by the worker. */
  profiles?: ColumnProfile[];
  headers: string[];
  /** The first PREVIEW_ROWS data rows. */
  rows: string[][];
  /** Their 1-based spreadsheet row numbers. */
  rowNumbers: number[];
  /** Number of data rows (header excluded). */
  rowCount: number;
  source: SurveySource;
  questionnaireStar: boolean;
  warnings: string[];
}

/** One cell read as a number: a value, a missing answer, or an invalid entry with a Chinese reason. */
export type CellReading =
  | { kind: 'value'; value: number }
  | { kind: 'missing'; reason: string }
  | { kind: 'invalid'; reason: string };

export interface ReadNumberOptions {
  /** Smallest accepted value (inclusive). */
  min?: number;
  /** Largest accepted value (inclusive). */
  max?: number;
  /** Reject values with a fractional part (9.0 is accepted as 9). */
  integer?: boolean;
}

/** One rejected or missing cell, as reported to the user. */
export interface CellIssue {
  /** 1-based spreadsheet row (header = 1). */
  row: number;
  /** Column header as shown to the user. */
  column: string;
  /** The raw cell text (shortened for display). */
  value: string;
  /** Chinese reason, e.g. 非数字、超出 0–10、小数、空值. */
  reason: string;
  kind: 'missing' | 'invalid';
}

/** A serialisable summary of an IssueLog: the first `limit` issues and the full counts. */
export interface IssueSummary {
  /** The first issues in row order (at most ISSUE_LIST_LIMIT). */
  first: CellIssue[];
  missingCount: number;
  invalidCount: number;
  /** missingCount + invalidCount. */
  total: number;
}

/** Phases shown on the progress bar. */
export type ProgressPhase = '读取' | '解析' | '计算';

/** How many rows the preview shows. */
export const PREVIEW_ROWS = 20;
/** How many issues are listed one by one (the rest are only counted). */
export const ISSUE_LIST_LIMIT = 20;
/** Largest file accepted (bytes). Delimited text is decoded in 8 MB slices and parsed in chunks. */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;
/** Largest workbook accepted (bytes): SheetJS holds the whole workbook in memory. */
export const MAX_WORKBOOK_BYTES = 60 * 1024 * 1024;
/** Widest table accepted. */
export const MAX_COLUMNS = 5000;

/** Every analysis request a survey worker runs names its kind; the rest is the tool's own (src/workers/host.ts). */
export interface AnalysisRequest {
  kind: string;
}
