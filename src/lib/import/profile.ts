/**
 * Stage 5 of the import pipeline: one profile per column, computed over ALL rows in the worker.
 * Every role's scoring (src/lib/import/roles.ts) reads these numbers and nothing else, so the
 * page receives the profiles (small) instead of the rows (large), and a choice never rests on
 * a preview of the first 20 rows.
 */
import { readNumber } from './cells';
import { cleanHeader, isMetaColumn, splitMatrixHeader } from './headers';
import type { SurveyTable } from './types';

/** Distinct values tracked per column; beyond it the column is “many-valued” (ids, free text). */
export const DISTINCT_CAP = 200;
/** Values listed in `top` (for reasons and for mapping answers). */
const TOP_VALUES = 12;

export interface ColumnProfile {
  index: number;
  header: string;
  /** Cells with an answer (neither empty nor a missing code). */
  filled: number;
  /** Empty cells, (跳过), (空), N/A and negative codes. */
  missing: number;
  /** 问卷星's negative codes (-2 跳过, -3 未显示) among the missing cells. */
  negativeCodes: number;
  /** Cells written “(跳过)” (问卷星 text layout) among the missing cells. */
  skipText: number;
  /** Cells read as a number (9, 9分, ９). */
  numbers: number;
  /** …of which integers. */
  integers: number;
  min: number | null;
  max: number | null;
  /** smallIntegers[v] = cells holding the integer v, for v = 0 … 11. */
  smallIntegers: number[];
  /** Answers that are not numbers (text). */
  text: number;
  /** Cells written as a score with 分 (问卷星 text layout: “3分”). */
  scoreSuffix: number;
  /** Cells like “137秒” (问卷星 所用时间). */
  secondsSuffix: number;
  /** Cells joining several choices with ┋ (问卷星 multi-choice, text layout). */
  multiChoice: number;
  /** Distinct answers (capped at DISTINCT_CAP; see distinctCapped). */
  distinct: number;
  distinctCapped: boolean;
  /** The most frequent answers with their counts, most frequent first. */
  top: { value: string; count: number }[];
  /** Every number is the previous row's plus 1 (序号, ids). */
  sequential: boolean;
  /** Header signs. */
  meta: boolean;
  /** The row item of a 问卷星 matrix sub-column (`13、…—外观` → 外观), else null. */
  matrixItem: string | null;
  /** A multi-choice option split into its own 0/1 column (`第3题(选项1)`, `3(选项)`). */
  optionSplit: boolean;
}

/**
 * The per-column statistics for the whole table, in one row-major pass: each row's cells are
 * read while the row is in cache (a column-by-column pass over 100,000 × 61 cells spent most of
 * its time waiting on memory; see bench/scenarios/kano-100k.mjs).
 */
export function profileTable(table: Pick<SurveyTable, 'headers' | 'rows'>): ColumnProfile[] {
  const columns = table.headers.map(() => new ColumnTally());
  const width = columns.length;
  for (const row of table.rows) {
    for (let index = 0; index < width; index += 1) columns[index]!.add(row[index] ?? '');
  }
  return columns.map((tally, index) => tally.profile(index, table.headers[index]!));
}

const OPTION_SPLIT = /[(（]\s*选项|^第\s*\d+\s*题\s*[(（]|^\d+\s*[(（][^)）]+[)）]\s*$/;
const SCORE_TEXT = /^\s*[0-9０-９]+\s*分/;
const SECONDS_TEXT = /^\s*\d+\s*秒\s*$/;

/**
 * The profile of one column.
 * @example profileColumn([['9'], ['10'], ['(跳过)']], 0, '推荐意愿').smallIntegers[9] // 1
 */
export function profileColumn(rows: readonly (readonly string[])[], index: number, header: string): ColumnProfile {
  const tally = new ColumnTally();
  for (const row of rows) tally.add(row[index] ?? '');
  return tally.profile(index, header);
}

/**
 * The running counts of one column, fed one cell at a time. TableBuilder (table.ts) feeds it
 * while the table is read, so the profiles cost no second pass over the rows.
 */
export class ColumnTally {
  private filled = 0;
  private missing = 0;
  private negativeCodes = 0;
  private skipText = 0;
  private numbers = 0;
  private integers = 0;
  private min = Infinity;
  private max = -Infinity;
  private readonly smallIntegers = new Array<number>(12).fill(0);
  private text = 0;
  private scoreSuffix = 0;
  private secondsSuffix = 0;
  private multiChoice = 0;
  // One reading per distinct cell text: a survey column repeats a few answers a million times,
  // so each is parsed once and then only counted (this keeps profiling all rows cheap).
  private readonly seen = new Map<string, CellInfo>();
  /** The column's first answers, compared in place by known() (emptied once it has many). */
  private readonly hot: CellInfo[] = [];
  /** Answers of one ASCII character (a digit, a letter), by character code, for known(). */
  private readonly single: (CellInfo | undefined)[] = new Array<CellInfo | undefined>(128).fill(undefined);
  private distinct = 0;
  private distinctCapped = false;
  private sequential = true;
  private previous: number | null = null;

  /**
   * Counts one cell.
   * @returns the cell's text as first seen in this column: a table that keeps it instead of the
   *   parser's copy holds each repeated answer once (100,000 rows of 我很喜欢 become one string),
   *   which spares the memory and the garbage collector's time
   */
  add(raw: string): string {
    let info = this.known(raw, 0, raw.length) ?? this.seen.get(raw);
    if (info === undefined) {
      info = readCell(raw);
      if (this.seen.size < CACHE_LIMIT) {
        this.seen.set(raw, info);
        this.remember(info);
      }
      if (info.kind !== MISSING) {
        if (this.distinct < DISTINCT_CAP) this.distinct += 1;
        else this.distinctCapped = true;
      }
    }
    return this.count(info);
  }

  /**
   * Counts the cell `text.slice(start, end)` without cutting it out when it is one of the
   * column's first few answers: a survey column repeats a handful of answers, and comparing in
   * place spares a string per cell (and the hashing of it) for the 6 million cells of a large
   * export. Same result as `add(text.slice(start, end))`.
   */
  addRange(text: string, start: number, end: number): string {
    const info = this.known(text, start, end);
    return info === undefined ? this.add(text.slice(start, end)) : this.count(info);
  }

  /**
   * The cell `text.slice(start, end)` when it is one of the column's usual answers, found
   * without hashing it: one ASCII character by its code, a longer one among the first answers.
   */
  private known(text: string, start: number, end: number): CellInfo | undefined {
    const length = end - start;
    const first = length === 0 ? -1 : text.charCodeAt(start);
    if (length === 1 && first < 128) return this.single[first];
    const hot = this.hot;
    for (let index = 0; index < hot.length; index += 1) {
      const info = hot[index]!;
      if (info.first === first && info.text.length === length && (length < 2 || text.startsWith(info.text, start))) return info;
    }
    return undefined;
  }

  /** Keeps the first HOT_LIMIT answers for known(); a column with many answers (ids, free text) drops them. */
  private remember(info: CellInfo): void {
    if (info.text.length === 1 && info.first < 128) this.single[info.first] = info;
    if (this.seen.size > HOT_LIMIT * 4) this.hot.length = 0;
    else if (this.hot.length < HOT_LIMIT) this.hot.push(info);
  }

  private count(info: CellInfo): string {
    info.count += 1;
    if (info.kind === MISSING) {
      this.missing += 1;
      this.negativeCodes += info.flags & NEGATIVE_CODE;
      this.skipText += (info.flags & SKIP) >> 1;
      return info.text;
    }
    this.filled += 1;
    if (info.kind === NUMBER) {
      const value = info.value;
      this.numbers += 1;
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
      if (Number.isInteger(value)) {
        this.integers += 1;
        if (value >= 0 && value <= 11) this.smallIntegers[value]! += 1;
      }
      if (this.sequential && this.previous !== null && value !== this.previous + 1) this.sequential = false;
      this.previous = value;
      this.scoreSuffix += (info.flags & SCORE_SUFFIX) >> 2;
    } else {
      this.text += 1;
      this.sequential = false;
      this.secondsSuffix += (info.flags & SECONDS) >> 3;
      this.multiChoice += (info.flags & MULTI) >> 4;
    }
    return info.text;
  }

  profile(index: number, header: string): ColumnProfile {
    const top = [...this.seen]
      .filter(([, info]) => info.kind !== MISSING)
      .sort((a, b) => b[1].count - a[1].count)
      .slice(0, TOP_VALUES)
      .map(([value, info]) => ({ value: value.trim(), count: info.count }));
    const clean = cleanHeader(header);
    const { numbers, text } = this;
    return {
      index,
      header,
      filled: this.filled,
      missing: this.missing,
      negativeCodes: this.negativeCodes,
      skipText: this.skipText,
      numbers,
      integers: this.integers,
      min: numbers > 0 ? this.min : null,
      max: numbers > 0 ? this.max : null,
      smallIntegers: this.smallIntegers,
      text,
      scoreSuffix: this.scoreSuffix,
      secondsSuffix: this.secondsSuffix,
      multiChoice: this.multiChoice,
      distinct: this.distinct,
      distinctCapped: this.distinctCapped,
      top,
      sequential: this.sequential && numbers >= 3 && text === 0,
      meta: isMetaColumn(header),
      matrixItem: splitMatrixHeader(header).item,
      optionSplit: OPTION_SPLIT.test(header.trim()) || OPTION_SPLIT.test(clean),
    };
  }
}

const MISSING = 0;
const NUMBER = 1;
const TEXT = 2;
const NEGATIVE_CODE = 1;
const SKIP = 2;
const SCORE_SUFFIX = 4;
const SECONDS = 8;
const MULTI = 16;
/** Distinct cell texts remembered per column (beyond it, new texts are read one by one). */
const CACHE_LIMIT = 4096;
/** Answers addRange compares in place: a scale or a labelled question has at most a dozen. */
const HOT_LIMIT = 12;

interface CellInfo {
  /** The cell's text as first seen. */
  text: string;
  /** Its first character's code (-1 when empty), for ColumnTally.known. */
  first: number;
  kind: typeof MISSING | typeof NUMBER | typeof TEXT;
  value: number;
  flags: number;
  count: number;
}

function readCell(raw: string): CellInfo {
  const first = raw.length === 0 ? -1 : raw.charCodeAt(0);
  const reading = readNumber(raw);
  if (reading.kind === 'missing') {
    const flags = reading.reason.startsWith('代码') ? NEGATIVE_CODE : reading.reason === '跳过' ? SKIP : 0;
    return { text: raw, first, kind: MISSING, value: 0, flags, count: 0 };
  }
  const cell = raw.trim();
  if (reading.kind === 'value') return { text: raw, first, kind: NUMBER, value: reading.value, flags: cell.length > 1 && SCORE_TEXT.test(cell) ? SCORE_SUFFIX : 0, count: 0 };
  return { text: raw, first, kind: TEXT, value: 0, flags: (SECONDS_TEXT.test(cell) ? SECONDS : 0) | (cell.includes('┋') ? MULTI : 0), count: 0 };
}

/** What the whole file's layout says (问卷星 text layout vs option-number layout). */
export interface TableLayout {
  /** Cells like “3分” or “(跳过)” appear: 问卷星 “按选项文本” download. */
  textLayout: boolean;
  /** -2/-3 codes or 0/1 option columns and no “3分” text: 问卷星 “按选项序号” download. */
  optionNumberLayout: boolean;
}

/** The layout signs over all profiles. */
export function tableLayout(profiles: readonly ColumnProfile[]): TableLayout {
  const textLayout = profiles.some((profile) => profile.scoreSuffix > 0 || profile.skipText > 0 || profile.multiChoice > 0);
  const codes = profiles.some((profile) => profile.negativeCodes > 0);
  const splits = profiles.some((profile) => profile.optionSplit && profile.max !== null && profile.max <= 1);
  return { textLayout, optionNumberLayout: !textLayout && (codes || splits) };
}
