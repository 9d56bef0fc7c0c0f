/**
 * Suggesting which columns of an imported survey hold the 0–10 recommendation score and a
 * grouping (segment) such as hotel, month or channel. The detectors are the shared import's;
 * this file only fixes the NPS choices (0–10, NPS header words).
 */
import { detectScoreColumns, detectSegmentColumns, findColumnsByKeywords, NPS_KEYWORDS, suggestScoreColumn, type TableLike } from '../import/detect';
import type { ColumnProfile } from '../import/profile';
import { decideGroupColumn } from '../import/roles';

export interface NpsColumnSuggestions {
  /** Columns that look like the 0–10 question, best first. */
  scoreColumns: number[];
  /** Columns that look like a grouping, best first (never a suggested score column). */
  segmentColumns: number[];
}

const NPS_SCALE = { min: 0, max: 10 } as const;

/**
 * Score columns: every non-missing sampled value is an integer 0 … 10 (the best one first: a
 * header with 推荐 / NPS / 可能性, otherwise not a 序号-like column). When no column passes,
 * a header with those words is still suggested, so one stray value (an 11) does not hide the
 * question; the stray value is then reported row by row. Segment columns: the shared
 * detectSegmentColumns (2–30 distinct, mostly text or a 门店/渠道/地区… header).
 *
 * @param sample headers and the first rows (e.g. the import preview), with the column profiles over all rows when the worker sent them
 * @returns suggested column indices, best first
 * @example suggestNpsColumns({ headers: ['门店', '推荐意愿'], rows: [['A', '9'], ['B', '10']] }) // { scoreColumns: [1], segmentColumns: [0] }
 */
export function suggestNpsColumns(sample: TableLike & { profiles?: readonly ColumnProfile[] }): NpsColumnSuggestions {
  const strict = detectScoreColumns(sample, NPS_SCALE);
  const best = suggestScoreColumn(sample, { ...NPS_SCALE, keywords: NPS_KEYWORDS });
  const scoreColumns =
    strict.length > 0
      ? [...(best === null ? [] : [best]), ...strict.filter((column) => column !== best)]
      : findColumnsByKeywords(sample.headers, NPS_KEYWORDS);
  // The worker's column profiles cover every row: a file sorted by group has one group in its first
  // rows, so a preview alone would miss the group column. Without profiles, the sample is all there is.
  const segmentColumns = sample.profiles
    ? groupCandidates(sample.profiles, scoreColumns[0] ?? null).filter((column) => !scoreColumns.includes(column))
    : detectSegmentColumns(sample).filter((column) => !scoreColumns.includes(column));
  return { scoreColumns, segmentColumns };
}

/** Group columns scored over all rows (src/lib/import/roles.ts), best first; only plausible ones. */
function groupCandidates(profiles: readonly ColumnProfile[], scoreColumn: number | null): number[] {
  const decision = decideGroupColumn(profiles, scoreColumn);
  return decision.candidates.filter((candidate) => candidate.score > 0).map((candidate) => candidate.column);
}
