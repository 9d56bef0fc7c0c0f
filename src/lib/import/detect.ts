import { readNumber } from './cells';
import { cleanHeader, isMetaColumn } from './headers';
import type { SurveyTable } from './types';

/** The part of a table the detectors need: works on a full table or on a preview. */
export type TableLike = Pick<SurveyTable, 'headers' | 'rows'>;

export interface ScoreColumnOptions {
  min: number;
  max: number;
  /** At least this many cells must hold a value (default 1). */
  minValues?: number;
  /** Share of non-missing cells allowed to be invalid (default 0: every value must fit). */
  maxInvalidShare?: number;
}

/**
 * Columns whose every non-missing value is an integer within [min, max] (e.g. 0–10 for NPS),
 * with at least `minValues` values. 问卷星 meta columns are never returned.
 * @example detectScoreColumns({ headers: ['序号', '推荐'], rows: [['1', '9'], ['2', '(跳过)']] }, { min: 0, max: 10 }) // [1]
 */
export function detectScoreColumns(table: TableLike, options: ScoreColumnOptions): number[] {
  const minValues = options.minValues ?? 1;
  const maxInvalidShare = options.maxInvalidShare ?? 0;
  const found: number[] = [];
  for (let column = 0; column < table.headers.length; column += 1) {
    if (isMetaColumn(table.headers[column] ?? '')) continue;
    let values = 0;
    let invalid = 0;
    for (const row of table.rows) {
      const reading = readNumber(row[column], { min: options.min, max: options.max, integer: true });
      if (reading.kind === 'invalid') {
        invalid += 1;
        if (maxInvalidShare === 0) break;
      } else if (reading.kind === 'value') values += 1;
    }
    if (values >= minValues && invalid <= maxInvalidShare * (values + invalid)) found.push(column);
  }
  return found;
}

/**
 * Columns whose header (numbering removed) contains any keyword, in column order.
 * @example findColumnsByKeywords(['序号', '3、您有多大可能向朋友推荐我们？'], ['推荐']) // [1]
 */
export function findColumnsByKeywords(headers: readonly string[], keywords: readonly string[]): number[] {
  const lowered = keywords.map((keyword) => keyword.toLowerCase());
  const found: number[] = [];
  headers.forEach((header, column) => {
    const clean = cleanHeader(header).toLowerCase();
    if (lowered.some((keyword) => clean.includes(keyword))) found.push(column);
  });
  return found;
}

/** Header words that usually mark the NPS question. */
export const NPS_KEYWORDS: readonly string[] = ['推荐', 'nps', '向朋友', '向亲友', '可能性', 'recommend'];
/** Header words that usually mark a grouping column. */
export const SEGMENT_KEYWORDS: readonly string[] = ['分组', '组别', '部门', '门店', '地区', '区域', '渠道', '类型', '类别', '产品', '城市', '性别', '年龄段', 'segment', 'group'];

/**
 * True when a column's values reach the upper part of the scale: the highest value is at least
 * 70 % of the way from min to max (so a 1–5 item or a 0/1 checkbox column is not taken for a
 * 0–10 question just because its values fit inside 0–10).
 */
export function spansScale(table: TableLike, column: number, options: Pick<ScoreColumnOptions, 'min' | 'max'>): boolean {
  let highest = -Infinity;
  for (const row of table.rows) {
    const reading = readNumber(row[column], { min: options.min, max: options.max, integer: true });
    if (reading.kind === 'value' && reading.value > highest) highest = reading.value;
  }
  return highest >= options.min + 0.7 * (options.max - options.min);
}

/**
 * The most likely score column, or null: a column whose header has a keyword, whose values
 * mostly fit (up to 20 % invalid, so one stray “11” does not hide the question — it is
 * reported row by row later) and reach the top of the scale; else the first strict score
 * column that reaches the top of the scale and is not an id/序号 column. A header word alone
 * (“推荐” on a 0/1 checkbox column) or values inside the range alone (a 1–5 item) is not enough.
 * The worker's column profiles give the fuller choice with reasons (roles.ts).
 */
export function suggestScoreColumn(table: TableLike, options: ScoreColumnOptions & { keywords?: readonly string[] }): number | null {
  const keywords = findColumnsByKeywords(table.headers, options.keywords ?? []);
  if (keywords.length > 0) {
    const tolerant = detectScoreColumns(table, { ...options, maxInvalidShare: Math.max(options.maxInvalidShare ?? 0, 0.2) });
    const keyworded = keywords.filter((column) => tolerant.includes(column) && spansScale(table, column, options));
    if (keyworded.length > 0) return keyworded[0]!;
  }
  const candidates = detectScoreColumns(table, options).filter((column) => spansScale(table, column, options));
  return candidates.find((column) => !/^(id|编号|序号|no\.?|#)$/i.test(cleanHeader(table.headers[column] ?? ''))) ?? null;
}

/**
 * Columns that look like groups: 2–30 distinct non-empty values, mostly non-numeric or a
 * keyword in the header; 问卷星 meta columns except 来源 are left out.
 */
export function detectSegmentColumns(table: TableLike, options: { maxGroups?: number; keywords?: readonly string[] } = {}): number[] {
  const maxGroups = options.maxGroups ?? 30;
  const keyworded = new Set(findColumnsByKeywords(table.headers, options.keywords ?? SEGMENT_KEYWORDS));
  const found: number[] = [];
  for (let column = 0; column < table.headers.length; column += 1) {
    const header = table.headers[column] ?? '';
    if (isMetaColumn(header) && header.trim() !== '来源') continue;
    const distinct = new Set<string>();
    let numeric = 0;
    let filled = 0;
    for (const row of table.rows) {
      const cell = (row[column] ?? '').trim();
      if (cell === '') continue;
      filled += 1;
      distinct.add(cell);
      if (readNumber(cell).kind === 'value') numeric += 1;
      if (distinct.size > maxGroups) break;
    }
    if (filled === 0 || distinct.size < 2 || distinct.size > maxGroups) continue;
    if (keyworded.has(column) || numeric / filled < 0.5) {
      // A free-text column has nearly as many distinct answers as rows.
      if (filled >= 6 && distinct.size > filled * 0.8 && !keyworded.has(column)) continue;
      found.push(column);
    }
  }
  return found.sort((a, b) => Number(keyworded.has(b)) - Number(keyworded.has(a)) || a - b);
}
