/**
 * The import panel's state around a tool's survey worker (src/components/shared/useSurveyWorker.ts):
 * the pure state machine, the input types, and whether to start the worker before a file is chosen.
 */
import type { AnalysisRequest, DetectedEncoding, ProgressPhase, TablePreview } from './types';

/** A file (optionally read in an encoding the user chose) or pasted text. */
export type SurveyInput = { file: File; encoding?: DetectedEncoding } | { text: string; fileName?: string };

export type SurveyWorkerStatus =
  /** Nothing loaded yet (or after reset). */
  | 'idle'
  /** Reading/parsing a file or pasted text. */
  | 'loading'
  /** A table is loaded (preview available), no analysis running. */
  | 'loaded'
  /** An analysis is running. */
  | 'analysing';

export interface SurveyWorkerState<Result> {
  status: SurveyWorkerStatus;
  /** Progress of the running load/analysis, null when idle. */
  progress: { phase: ProgressPhase; fraction: number } | null;
  /** The last successfully loaded table's preview. */
  preview: TablePreview | null;
  /** The last successful analysis result. */
  result: Result | null;
  /** The last request whose result is in `result`. */
  resultRequest: AnalysisRequest | null;
  /** Chinese message of the last failure (cleared by the next successful step); kept separate so the previous result stays on screen. */
  error: string | null;
  /** A message after the user cancelled, e.g. 已取消导入。 */
  notice: string | null;
  /** Name of the file being or last loaded. */
  fileName: string | null;
}

/** Whether to start the worker before a file is chosen: not when the reader saves data or is on 2G. */
export function shouldWarm(connection = (globalThis.navigator as { connection?: { saveData?: boolean; effectiveType?: string } } | undefined)?.connection): boolean {
  return !connection?.saveData && !/(^|-)2g$/.test(connection?.effectiveType ?? '');
}

export const INITIAL: SurveyWorkerState<never> = {
  status: 'idle',
  progress: null,
  preview: null,
  result: null,
  resultRequest: null,
  error: null,
  notice: null,
  fileName: null,
};

export type Busy = 'loading' | 'analysing' | null;

/** What happened, as the pure reducer below sees it. `busy` is what is still running afterwards. */
export type SurveyEvent<Result> =
  | { type: 'started'; busy: Exclude<Busy, null>; fileName?: string | null }
  | { type: 'progress'; phase: ProgressPhase; fraction: number }
  | { type: 'loaded'; preview: TablePreview; busy: Busy }
  | { type: 'result'; result: Result; request: AnalysisRequest; busy: Busy }
  | { type: 'failed'; message: string; busy: Busy }
  | { type: 'cancelled'; what: 'load' | 'analyse' }
  | { type: 'reset' }
  | { type: 'dismissed' };

const idleOr = <Result>(state: SurveyWorkerState<Result>): SurveyWorkerStatus => (state.preview ? 'loaded' : 'idle');

/**
 * The state machine of an import panel, pure so it can be unit-tested. A failure or a cancel
 * never clears `preview` or `result`: the previous data and result stay on screen.
 */
export function surveyWorkerReducer<Result>(state: SurveyWorkerState<Result>, event: SurveyEvent<Result>): SurveyWorkerState<Result> {
  switch (event.type) {
    case 'started':
      return {
        ...state,
        status: event.busy,
        progress: { phase: event.busy === 'loading' ? '读取' : '计算', fraction: 0 },
        error: null,
        notice: null,
        ...(event.fileName !== undefined ? { fileName: event.fileName } : {}),
      };
    case 'progress':
      if (state.status !== 'loading' && state.status !== 'analysing') return state;
      return { ...state, progress: { phase: event.phase, fraction: event.fraction } };
    case 'loaded':
      return {
        ...state,
        status: event.busy ?? 'loaded',
        progress: event.busy ? { phase: '计算', fraction: 0 } : null,
        preview: event.preview,
        error: null,
        notice: null,
        fileName: event.preview.source.fileName ?? null,
      };
    case 'result':
      return { ...state, status: event.busy ?? idleOr(state), progress: event.busy ? state.progress : null, result: event.result, resultRequest: event.request, error: null, notice: null };
    case 'failed':
      return {
        ...state,
        status: event.busy ?? idleOr(state),
        progress: event.busy ? state.progress : null,
        error: event.message,
        notice: null,
        fileName: event.busy === 'loading' ? state.fileName : state.preview?.source.fileName ?? null,
      };
    case 'cancelled':
      return {
        ...state,
        status: idleOr(state),
        progress: null,
        notice: event.what === 'analyse' ? '已取消计算。之前的结果仍保留。' : '已取消导入。之前的数据和结果仍保留。',
        fileName: state.preview?.source.fileName ?? null,
      };
    case 'reset':
      return INITIAL;
    case 'dismissed':
      return { ...state, error: null, notice: null };
  }
}
