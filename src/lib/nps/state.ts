/**
 * The NPS calculator's state on the tool kernel (src/components/shared/useTool.ts): what the
 * person typed or imported, the reducer over their events, the schema for storage and links
 * (with the reader for pre-kernel links and stored inputs), and how the state asks the survey
 * worker for a tally and takes the answer. Derived figures are in select.ts.
 */
import type { IssueSummary } from '../import/types';
import type { NpsTableRequest, NpsTableResult } from './analyseNps';
import { addCounts, emptyCounts } from './classification';
import type { OptionNumberVerdict, RoleDecision } from '../import/roles';
import { EXAMPLE_ORIGIN, EXAMPLE_SEGMENTS } from './exampleData';
import type { SegmentCounts } from './segments';
import { parseSharePayload } from './sharePayload';
import { isRecord } from '../tool/isRecord';
import { formatCount } from '../tool/format';

export const TOOL_ID = 'nps';
export const STATE_VERSION = 1;
export const SHARE_ORIGIN = '分享链接';
/** Where the page kept its inputs before the kernel (usePersistentState's key). */
export const LEGACY_STORAGE_KEY = 'jzfw:nps:inputs:v1';

export type InputMode = 'raw' | 'counts' | 'table';

/** Aggregated data from an imported file, the example or a share link: counts only, never rows. */
export interface TableData {
  origin: string;
  counts: number[];
  segments: SegmentCounts[] | null;
  scoreHeader: string | null;
  segmentHeader: string | null;
  segmentError: string | null;
  issues: IssueSummary | null;
  /** How the column was read (option numbers converted, an 11 seen): shown and exported with the result. */
  notes?: string[] | undefined;
}

export interface PlannerInputs { promoterPercent: string; detractorPercent: string; margin: string }

/** What the column scoring found when the table loaded (src/lib/import/roles.ts), shown with its reasons. */
export interface ImportDecision {
  score: RoleDecision;
  group: RoleDecision;
  /** Option-number verdicts of the columns that might be 0–10 items exported as 1–11. */
  optionVerdicts: { column: number; verdict: OptionNumberVerdict }[];
}

/** The import panel's choices for the table loaded in this session. */
export interface ImportChoices {
  fileName: string | null;
  scoreColumn: number | null;
  segmentColumn: number | null;
  error: string | null;
  issues: IssueSummary | null;
  /** The scoring behind the suggested columns (absent in states stored before it existed). */
  decision?: ImportDecision | null | undefined;
  /** true: the score column holds option numbers 1–11 (subtract 1); null: not yet answered (ask). */
  optionNumbers?: boolean | null | undefined;
}

export interface NpsState {
  mode: InputMode;
  rawText: string;
  countBoxes: string[];
  table: TableData | null;
  planner: PlannerInputs;
  comparison: { first: string; second: string };
  importer: ImportChoices;
}

export type NpsEvent =
  | { type: 'mode'; mode: InputMode }
  | { type: 'rawText'; text: string }
  | { type: 'countBox'; score: number; text: string }
  | { type: 'planner'; field: keyof PlannerInputs; text: string }
  /** The planner's shares from a result, as percentages rounded to one decimal. */
  | { type: 'plannerFromShares'; promoterShare: number; detractorShare: number }
  | { type: 'compare'; field: 'first' | 'second'; label: string }
  | { type: 'column'; field: 'scoreColumn' | 'segmentColumn'; column: number | null }
  /** The person's answer to “数值是选项序号 1–11？”. */
  | { type: 'optionNumbers'; value: boolean }
  | { type: 'example' };

export const DEFAULT_PLANNER: PlannerInputs = { promoterPercent: '40', detractorPercent: '20', margin: '5' };
const NO_IMPORT: ImportChoices = { fileName: null, scoreColumn: null, segmentColumn: null, error: null, issues: null };

export const initialState: NpsState = {
  mode: 'raw',
  rawText: '',
  countBoxes: new Array<string>(11).fill(''),
  table: null,
  planner: DEFAULT_PLANNER,
  comparison: { first: '', second: '' },
  importer: NO_IMPORT,
};

/** A share (0–1) as the percentage typed in the planner, one decimal. @example percentText(0.4367) // '43.7' */
export function percentText(share: number): string {
  return String(Math.round(share * 1000) / 10);
}

/** The example's hotels pooled into one table. */
export function exampleTable(): TableData {
  const segments = EXAMPLE_SEGMENTS.map((segment) => ({ label: segment.label, counts: [...segment.counts] }));
  return { origin: EXAMPLE_ORIGIN, counts: pool(segments), segments, scoreHeader: null, segmentHeader: '门店', segmentError: null, issues: null };
}

export function pool(segments: readonly SegmentCounts[]): number[] {
  return segments.reduce<number[]>((sum, segment) => addCounts(sum, segment.counts), emptyCounts());
}

export function reduce(state: NpsState, event: NpsEvent): NpsState {
  switch (event.type) {
    case 'mode':
      return { ...state, mode: event.mode };
    case 'rawText':
      return { ...state, rawText: event.text };
    case 'countBox':
      return { ...state, countBoxes: state.countBoxes.map((box, score) => (score === event.score ? event.text : box)) };
    case 'planner':
      return { ...state, planner: { ...state.planner, [event.field]: event.text } };
    case 'plannerFromShares':
      return { ...state, planner: { ...state.planner, promoterPercent: percentText(event.promoterShare), detractorPercent: percentText(event.detractorShare) } };
    case 'compare':
      return { ...state, comparison: { ...state.comparison, [event.field]: event.label } };
    case 'column': {
      const importer = { ...state.importer, [event.field]: event.column };
      // A different score column gets its own option-number answer (asked again when doubtful).
      if (event.field === 'scoreColumn') importer.optionNumbers = optionNumbersDefault(state.importer.decision ?? null, event.column);
      return { ...state, importer };
    }
    case 'optionNumbers':
      return { ...state, importer: { ...state.importer, optionNumbers: event.value } };
    case 'example':
      return { ...state, mode: 'table', table: exampleTable(), comparison: { first: '', second: '' } };
  }
}

// ——— survey worker ———

/**
 * The tally this state asks the worker for, or null: no score column chosen, or the
 * option-number question not answered yet (the previous result stays until it is).
 */
export function analyse(state: NpsState): NpsTableRequest | null {
  const { scoreColumn, segmentColumn, optionNumbers } = state.importer;
  if (scoreColumn === null || optionNumbers === null) return null;
  return { kind: 'nps', scoreColumn, segmentColumn, ...(optionNumbers ? { optionNumbers: true } : {}) };
}

/** The option-number answer a column starts with: yes when clear, null (ask) when doubtful, else no. */
export function optionNumbersDefault(decision: ImportDecision | null, column: number | null): boolean | null {
  if (column === null || !decision) return false;
  const verdict = decision.optionVerdicts.find((entry) => entry.column === column)?.verdict;
  if (verdict?.kind === 'shifted') return true;
  return verdict?.kind === 'ambiguous' ? null : false;
}

/** A finished tally becomes the table data; a failed one leaves the previous result in place. */
export function receive(state: NpsState, result: NpsTableResult): NpsState {
  if (!result.ok) return { ...state, importer: { ...state.importer, error: result.error, issues: result.issues } };
  const { counts, segments, scoreHeader, segmentHeader, segmentError, issues } = result;
  const notes = result.notes ?? [];
  return {
    ...state,
    mode: 'table',
    table: { origin: state.importer.fileName ?? '导入的表格', counts, segments, scoreHeader, segmentHeader, segmentError, issues, ...(notes.length > 0 ? { notes } : {}) },
    importer: { ...state.importer, error: null, issues },
  };
}

// ——— storage and links ———

/** A state carrying only counts (and segments): what a share link holds, never rows or typed text. */
export function stateFromCounts(counts: number[], segments: SegmentCounts[] | null): NpsState {
  if (segments) return { ...initialState, mode: 'table', table: { origin: SHARE_ORIGIN, counts, segments, scoreHeader: null, segmentHeader: null, segmentError: null, issues: null } };
  return { ...initialState, mode: 'counts', countBoxes: counts.map(String) };
}

/** What a link shares: the counts on screen (`counts`) and, for a table, its segments. */
export function sharePayloadFor(state: NpsState, counts: number[]): NpsState {
  return stateFromCounts(counts, state.mode === 'table' ? state.table?.segments ?? null : null);
}

/** The notice after a link opened. @example '已载入分享链接中的数据：300 份回答，3 个分组。' */
export function sharedNotice(state: NpsState): string {
  const counts = state.mode === 'table' ? state.table?.counts ?? [] : state.countBoxes.map(Number);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const segments = state.mode === 'table' ? state.table?.segments : null;
  return `已载入分享链接中的数据：${formatCount(total)} 份回答${segments ? `，${segments.length} 个分组` : ''}。`;
}

/**
 * Pre-kernel values: stored inputs (`jzfw:nps:inputs:v1`, the state without `importer`) or a
 * share payload `{ c, s? }` (throws with the old Chinese reason when its counts make no sense).
 */
export function legacy(value: unknown): unknown {
  if (!isRecord(value)) return undefined;
  if ('mode' in value && !('importer' in value)) return { ...value, importer: NO_IMPORT };
  if (!('c' in value)) return undefined;
  const parsed = parseSharePayload(value);
  if (!parsed.ok) throw new Error(parsed.error);
  return stateFromCounts(parsed.state.counts, parsed.state.segments);
}
