/**
 * The NPS analysis of an imported survey table (runs in the worker, src/workers/nps.worker.ts):
 * tallies the score column, optionally by a segment column, and reports every rejected cell.
 */
import { plainInteger, readNumber } from '../import/cells';
import { IssueLog } from '../import/issues';
import type { IssueSummary, SurveyTable } from '../import/types';
import { emptyCounts } from './classification';
import { normaliseSegmentLabel, type SegmentCounts } from './segments';
import { formatCount } from '../tool/format';

export interface NpsTableRequest {
  kind: 'nps';
  /** Index into table.headers of the 0–10 score column. */
  scoreColumn: number;
  /** Index of the grouping column, or null. */
  segmentColumn: number | null;
  /** The column holds 问卷星 option numbers 1–11 (option 1 = 0分): each value minus 1 is the score. */
  optionNumbers?: boolean;
}

/** Counts only (never the raw rows): small enough to keep, persist and share. */
export interface NpsTableTally {
  counts: number[];
  segments: SegmentCounts[] | null;
  /** Why segments are missing although a segment column was chosen (e.g. too many groups). */
  segmentError: string | null;
  issues: IssueSummary;
  scoreHeader: string;
  segmentHeader: string | null;
  /** Data rows read (header excluded). */
  rowCount: number;
  /** Plain-Chinese notes on how the column was read (option numbers converted, an 11 seen), shown and exported with the result. */
  notes: string[];
}

export type NpsTableResult = ({ ok: true } & NpsTableTally) | { ok: false; error: string; issues: IssueSummary | null };

/** More groups than this and the chosen column is almost certainly not a grouping. */
export const MAX_SEGMENTS = 50;

const SCORE_RANGE = { min: 0, max: 10, integer: true } as const;
const OPTION_RANGE = { min: 1, max: 11, integer: true } as const;
const PROGRESS_EVERY_ROWS = 20_000;

/**
 * Tallies the chosen score column (integers 0 … 10) and, if given, counts per segment.
 * Rejected and missing cells are logged with their spreadsheet row and column; valid rows are
 * still used. Empty segment cells go to the group (未填写).
 *
 * @param table the loaded survey
 * @param request the chosen columns
 * @param context progress callback (optional)
 * @returns counts, segments and issues, or a Chinese message
 * @example analyseNps(table, { kind: 'nps', scoreColumn: 1, segmentColumn: 0 })
 */
export function analyseNps(
  table: SurveyTable,
  request: NpsTableRequest,
  context: { progress(fraction: number): void } = { progress() {} },
): NpsTableResult {
  const { scoreColumn, segmentColumn } = request;
  if (!Number.isInteger(scoreColumn) || scoreColumn < 0 || scoreColumn >= table.headers.length) {
    return { ok: false, error: '请先选择推荐意愿得分列（0–10）。', issues: null };
  }
  const hasSegments = segmentColumn !== null && Number.isInteger(segmentColumn) && segmentColumn >= 0 && segmentColumn < table.headers.length;
  if (hasSegments && segmentColumn === scoreColumn) {
    return { ok: false, error: '分组列不能与得分列相同：请另选一列，或选择（不使用）。', issues: null };
  }
  const scoreHeader = table.headers[scoreColumn] ?? `第 ${scoreColumn + 1} 列`;
  const log = new IssueLog();
  const counts = emptyCounts();
  const bySegment = hasSegments ? new Map<string, number[]>() : null;
  let tooManySegments = false;
  const rowTotal = table.rows.length;
  const optionNumbers = request.optionNumbers === true;
  const range = optionNumbers ? OPTION_RANGE : SCORE_RANGE;
  const shift = optionNumbers ? 1 : 0;
  let elevens = 0;
  // Group labels as read, by raw cell: a grouping column repeats a few labels a million times.
  const labels = new Map<string, string>();
  for (let index = 0; index < rowTotal; index += 1) {
    const row = table.rows[index]!;
    const cell = row[scoreColumn] ?? '';
    // Fast path for the usual cell, plain digits on the scale (“9”, “10”); anything else goes
    // through the shared readNumber, so messages and accepted forms stay the importer's.
    const plain = plainInteger(cell);
    let score: number | null;
    if (plain >= range.min && plain <= range.max) score = plain - shift;
    else {
      const reading = readNumber(cell, range);
      if (!optionNumbers && reading.kind === 'invalid' && readNumber(cell).kind === 'value' && readNumber(cell, OPTION_RANGE).kind === 'value') elevens += 1;
      const read = log.record(table.rowNumbers[index] ?? index + 2, scoreHeader, cell, reading);
      score = read === null ? null : read - shift;
    }
    if (score !== null) {
      counts[score]! += 1;
      if (bySegment && !tooManySegments) {
        const raw = row[segmentColumn!] ?? '';
        let label = labels.get(raw);
        if (label === undefined) {
          label = normaliseSegmentLabel(raw);
          // Bounded: a column of free text would otherwise keep every answer.
          if (labels.size < MAX_SEGMENTS * 20) labels.set(raw, label);
        }
        let segmentCounts = bySegment.get(label);
        if (!segmentCounts) {
          if (bySegment.size >= MAX_SEGMENTS) {
            tooManySegments = true;
            continue;
          }
          segmentCounts = emptyCounts();
          bySegment.set(label, segmentCounts);
        }
        segmentCounts[score]! += 1;
      }
    }
    if (index % PROGRESS_EVERY_ROWS === 0) context.progress(index / rowTotal);
  }
  const issues = log.summary();
  const answered = counts.reduce((sum, count) => sum + count, 0);
  if (answered === 0) {
    return {
      ok: false,
      issues,
      error: rowTotal === 0 ? '表格只有表头，没有数据行。' : `「${scoreHeader}」列没有 0–10 的整数分数：${issues.total} 个值都未计入。请确认选择的是推荐意愿得分列。`,
    };
  }
  const segmentHeader = hasSegments ? table.headers[segmentColumn!] ?? `第 ${segmentColumn! + 1} 列` : null;
  return {
    ok: true,
    counts,
    segments: bySegment && !tooManySegments ? [...bySegment].map(([label, segmentCounts]) => ({ label, counts: segmentCounts })) : null,
    segmentError: tooManySegments
      ? `「${segmentHeader}」列有超过 ${MAX_SEGMENTS} 个不同的值，不像分组列（例如酒店、月份、渠道）。已只计算总体 NPS。`
      : null,
    issues,
    scoreHeader,
    segmentHeader,
    rowCount: rowTotal,
    notes: [
      ...(optionNumbers ? [`「${scoreHeader}」按选项序号 1–11 读取：每个值减 1 得到 0–10 分（序号 1 = 0 分，序号 11 = 10 分）。`] : []),
      ...(elevens > 0 ? [`「${scoreHeader}」有 ${formatCount(elevens)} 个 11：0–10 分的题不会有 11，这一列可能是按选项序号 1–11 导出的。`] : []),
    ],
  };
}
