/**
 * Everything the NPS page shows, derived from the state (state.ts) and nothing else: the counts
 * in use, the NPS with both intervals and a reading, segments, the default comparison (the two
 * largest groups), the sample-size planner and the CSV rows. Pure; the view memoises it.
 */
import type { IssueSummary } from '../import/types';
import { adjustedWaldInterval } from './adjustedWaldInterval';
import { npsFromCounts, type NpsSummary } from './npsScore';
import { compareNps, type NpsComparison } from './compareGroups';
import { describeComparison, describeNps } from './interpretation';
import { parseCountBoxes, parseScoreList } from './parseScores';
import { columnInDoubt, npsPlausibility } from './plausibility';
import { npsResultRows, type CsvCell } from './resultTable';
import { sampleSizeForMargin, type SampleSizeResult } from './sampleSize';
import { summariseSegments, type SegmentSummary } from './segments';
import { tallyScores } from './classification';
import { waldInterval, type NpsInterval } from './waldInterval';
import { pool, sharePayloadFor, type NpsState, type PlannerInputs } from './state';

export type NpsOutcome =
  | { status: 'empty' | 'error'; message: string }
  | { status: 'ok'; counts: number[]; summary: NpsSummary; adjusted: NpsInterval; wald: NpsInterval; reading: string[]; warnings: string[] };

export interface ComparisonView { labels: string[]; first: string; second: string; result: NpsComparison; verdict: string }

export interface NpsView {
  outcome: NpsOutcome;
  rawIssues: IssueSummary | null;
  countError: { score: number; message: string } | null;
  segments: SegmentSummary[] | null;
  /** Segments add up to the table's counts (false when rows without a segment were dropped). */
  segmentsCoverAll: boolean;
  comparison: ComparisonView | null;
  planner: SampleSizeResult;
  csvRows: CsvCell[][] | null;
  importIssues: IssueSummary | null;
}

/** A typed percentage as a share; empty is NaN (the planner then names the field). @example percentToShare('40') // 0.4 */
export function percentToShare(text: string): number {
  const trimmed = text.trim().replace(/%$/, '');
  return trimmed === '' ? Number.NaN : Number(trimmed) / 100;
}

export function plannerResult(planner: PlannerInputs): SampleSizeResult {
  const margin = planner.margin.trim();
  return sampleSizeForMargin({ promoterShare: percentToShare(planner.promoterPercent), detractorShare: percentToShare(planner.detractorPercent), margin: margin === '' ? Number.NaN : Number(margin) });
}

/**
 * The chosen pair when it is valid, else the two largest groups (ties: the first listed).
 * @example defaultPair([{ label: 'A', n: 5 }, { label: 'B', n: 9 }], { first: '', second: '' }) // ['B', 'A']
 */
export function defaultPair(groups: readonly { label: string; n: number }[], chosen: { first: string; second: string }): [string, string] {
  const labels = groups.map((group) => group.label);
  const bySize = [...groups].sort((a, b) => b.n - a.n);
  const first = labels.includes(chosen.first) ? chosen.first : bySize[0]!.label;
  const second = labels.includes(chosen.second) && chosen.second !== first ? chosen.second : bySize.find((group) => group.label !== first)!.label;
  return [first, second];
}

function outcomeOf(state: NpsState): { outcome: NpsOutcome; rawIssues: IssueSummary | null; countError: NpsView['countError'] } {
  const raw = state.rawText.trim() === '' ? null : parseScoreList(state.rawText);
  const boxes = parseCountBoxes(state.countBoxes);
  const countError = boxes.ok ? null : { score: boxes.score, message: boxes.error };
  const rawIssues = state.mode === 'raw' && raw ? raw.issues : null;
  let counts: number[] | null = null;
  let failure: NpsOutcome = { status: 'empty', message: '' };
  if (state.mode === 'raw') {
    if (!raw) failure = { status: 'empty', message: '在上方粘贴 0–10 的分数，每行一个，或用空格、逗号分隔。' };
    else if (!raw.ok) failure = { status: raw.issues.total > 0 ? 'error' : 'empty', message: raw.error };
    else counts = tallyScores(raw.scores);
  } else if (state.mode === 'counts') {
    if (!boxes.ok) failure = { status: 'error', message: boxes.error };
    else counts = boxes.counts;
  } else if (!state.table) failure = { status: 'empty', message: '选择问卷文件（或粘贴表格），再选择推荐意愿得分列。' };
  else counts = state.table.counts;
  if (!counts) return { outcome: failure, rawIssues, countError };
  const result = npsFromCounts(counts);
  if (!result.ok) return { outcome: { status: 'empty', message: result.error }, rawIssues, countError };
  const adjusted = adjustedWaldInterval(result.summary);
  const warnings = npsPlausibility(counts, state.mode === 'table' ? state.table?.notes ?? [] : []);
  const reading = describeNps(result.summary, adjusted, { columnInDoubt: columnInDoubt(counts) });
  return { outcome: { status: 'ok', counts, summary: result.summary, adjusted, wald: waldInterval(result.summary), reading, warnings }, rawIssues, countError };
}

/** Everything on the page for a state. */
export function selectNps(state: NpsState): NpsView {
  const { outcome, rawIssues, countError } = outcomeOf(state);
  const segments = state.mode === 'table' && state.table?.segments ? summariseSegments(state.table.segments) : null;
  let comparison: ComparisonView | null = null;
  if (segments && segments.length >= 2) {
    const [first, second] = defaultPair(segments.map((segment) => ({ label: segment.label, n: segment.summary.total })), state.comparison);
    const result = compareNps(segments.find((segment) => segment.label === first)!.summary, segments.find((segment) => segment.label === second)!.summary);
    comparison = { labels: segments.map((segment) => segment.label), first, second, result, verdict: describeComparison(first, second, result) };
  }
  const pooled = state.table?.segments ? pool(state.table.segments) : null;
  const source = state.mode === 'raw' ? '粘贴的分数' : state.mode === 'counts' ? '填写的人数' : state.table?.origin;
  return {
    outcome,
    rawIssues,
    countError,
    segments,
    segmentsCoverAll: pooled === null || state.table === null || pooled.every((count, score) => count === state.table!.counts[score]),
    comparison,
    planner: plannerResult(state.planner),
    csvRows: outcome.status === 'ok' ? withWarnings(npsResultRows({ summary: outcome.summary, adjusted: outcome.adjusted, wald: outcome.wald, counts: outcome.counts, segments, comparison, ...(source ? { source } : {}) }), outcome.warnings) : null,
    importIssues: state.importer.issues ?? (state.mode === 'table' ? state.table?.issues ?? null : null),
  };
}

/** The export carries the same warnings as the screen, as rows after the figures. */
function withWarnings(rows: CsvCell[][], warnings: readonly string[]): CsvCell[][] {
  return warnings.length === 0 ? rows : [...rows, [], ...warnings.map((warning) => ['提醒', warning])];
}

/** What a share link carries: the counts in use (and a table's segments), never typed text or rows. */
export function sharePayload(state: NpsState): NpsState {
  const { outcome } = outcomeOf(state);
  return sharePayloadFor(state, outcome.status === 'ok' ? outcome.counts : []);
}
