/**
 * The survey worker inside useTool (not called by tools directly): load → preview → analyse.
 * Every analysis the state asks for (`spec.analyse(state)`) is posted once, debounced, with a
 * rising id; the answer comes back as `{ kind: 'result', id }` and the kernel reducer
 * (src/lib/tool/kernel.ts) keeps it only while that id is the latest. A changed mapping waits
 * `delayMs` so quick clicks post one request. A new table's first analysis is posted as soon as
 * React has rendered the table, in a layout effect: the worker then computes while the browser
 * lays out and paints the preview, not after (bench/scenarios/servqual.mjs: that layout and paint
 * took 150–250 ms on a busy 2-CPU machine, and a timer after it came later still). A table that
 * came with the answer to that first request (the kernel's `answeredTable`, from the worker's
 * foresight) posts nothing until the state asks for something else.
 */
import { useLayoutEffect, useRef, type Dispatch } from 'react';
import type { TablePreview } from '../../lib/import/types';
import { requestKey, type KernelAction, type KernelSurvey } from '../../lib/tool/kernel';
import type { AnalysisRequest } from '../../workers/host';
import type { Prefetchable } from './LazyView';
import type { SurveyWorker, SurveyWorkerCallbacks, SurveyWorkerState } from './useSurveyWorker';

export interface SurveySpec<S, Request extends AnalysisRequest, Result> extends KernelSurvey<S, Request, Result, TablePreview> {
  /** Builds the tool's worker (started when the page is idle, or on the first load; see useSurveyWorker). */
  createWorker(): Worker;
  /**
   * `useSurveyWorker` from ./useSurveyWorker, passed in by the tool so that pages without a
   * survey (the money tools) do not ship the import machinery.
   */
  useWorker(createWorker: () => Worker, callbacks: SurveyWorkerCallbacks<Request, Result>): SurveyWorker<Request, Result>;
  /** Wait after a change of mapping before posting (ms). Default 250. */
  delayMs?: number;
  /** Fetches what `loaded` needs (a lazyModule's load): awaited before a new table reaches the state. */
  prepare?(): Promise<unknown>;
  /** The lazy views a loaded file shows (mapping, results): fetched when the reader is about to choose a file, or when one starts loading. */
  views?: readonly Prefetchable[];
}

const IDLE: SurveyWorkerState<never> = { status: 'idle', progress: null, preview: null, result: null, resultRequest: null, error: null, notice: null, fileName: null };
const NO_WORKER: SurveyWorker<never, never> = { state: IDLE, load: () => undefined, anticipate: () => undefined, analyse: () => null, cancel: () => undefined, reset: () => undefined, dismissError: () => undefined };

/** The stand-in for tools without a survey: same shape, does nothing. */
function useNoWorker<Request extends AnalysisRequest, Result>(): SurveyWorker<Request, Result> {
  return NO_WORKER as unknown as SurveyWorker<Request, Result>;
}

function prefetchViews(views: readonly Prefetchable[]): void {
  // A failed fetch is tried again with the next file; a view shown before then reports it itself.
  for (const view of views) view.prefetch().catch(() => undefined);
}

function noWorker(): Worker {
  throw new Error('This tool has no survey worker.');
}

export function useToolWorker<S, E, Request extends AnalysisRequest, Result>(
  survey: SurveySpec<S, Request, Result> | undefined,
  state: S,
  table: number,
  answeredTable: number,
  dispatch: Dispatch<KernelAction<S, E, Request, Result, TablePreview>>,
) {
  // The spec is a module constant, so this is the same hook on every render.
  const useWorker = survey?.useWorker ?? useNoWorker<Request, Result>;
  const worker = useWorker(survey?.createWorker ?? noWorker, {
    ...(survey?.prepare ? { prepare: survey.prepare } : {}),
    ...(survey?.views ? { prefetch: () => prefetchViews(survey.views!) } : {}),
    // The state of this render: the client reads the latest callbacks when a file is chosen.
    foresight: () => state,
    onLoaded: (preview, foreseen) => dispatch({ kind: 'loaded', preview, ...(foreseen ? { foreseen } : {}) }),
    onResult: (id, result, request) => dispatch({ kind: 'result', id, result, request }),
  });
  // Only a table loaded in this session can be analysed (a reload keeps results, not rows).
  const key = survey && table > 0 ? requestKey(survey.analyse(state)) : '';
  const postedTable = useRef(0);
  const { analyse } = worker;
  useLayoutEffect(() => {
    if (!survey || key === '') return;
    const post = () => {
      postedTable.current = table;
      const id = analyse(JSON.parse(key) as Request);
      if (id !== null) dispatch({ kind: 'requested', id });
    };
    if (postedTable.current !== table) {
      if (answeredTable === table) postedTable.current = table;
      else post();
      return;
    }
    const timer = setTimeout(post, survey.delayMs ?? 250);
    return () => clearTimeout(timer);
  }, [survey, key, table, answeredTable, analyse, dispatch]);
  return worker;
}
