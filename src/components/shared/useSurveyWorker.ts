/**
 * State around a tool's survey worker: load a file or pasted text, run analyses, cancel.
 *
 *   const survey = useSurveyWorker<NpsRequest, NpsResult>(
 *     () => new Worker(new URL('../../workers/nps.worker.ts', import.meta.url), { type: 'module' }),
 *   );
 *   survey.load({ file });            // → state.status 'loading' → 'loaded' (state.preview)
 *   survey.analyse({ kind: 'nps', scoreColumn: 3 });   // → 'analysing' → 'ready' (state.result)
 *   survey.cancel();                  // terminates the worker; previous preview/result stay
 *
 * The worker starts when the page is idle (or on the first load), so a chosen file is read at once;
 * not before the page has loaded, and not at all before a file when the reader saves data.
 * A failed load or analysis sets `error` and keeps the previous `preview` and `result`. The hook
 * only connects React to two tested pieces: the worker's client (surveyWorkerClient.ts) and the
 * pure state machine (src/lib/import/surveyWorkerReducer.ts).
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { INITIAL, shouldWarm, surveyWorkerReducer, type SurveyInput, type SurveyWorkerState } from '../../lib/import/surveyWorkerReducer';
import type { AnalysisRequest } from '../../workers/host';
import { SurveyWorkerClient, type SurveyWorkerCallbacks } from './surveyWorkerClient';
import { prefetchTableViews } from './surveyTableViews';
import { useSyncRef } from './useSyncRef';

export type { SurveyInput, SurveyWorkerState } from '../../lib/import/surveyWorkerReducer';
export type { SurveyWorkerCallbacks } from './surveyWorkerClient';

export interface SurveyWorker<Request extends AnalysisRequest, Result> {
  state: SurveyWorkerState<Result>;
  load(input: SurveyInput): void;
  /** The reader is about to choose a file or paste: start the worker and fetch a table's views now (SurveyImport calls it). */
  anticipate(): void;
  /** Posts a request; returns its id (null when nothing was posted). */
  analyse(request: Request): number | null;
  cancel(): void;
  /** Forget everything (terminates the worker). */
  reset(): void;
  /** Clear the error message only. */
  dismissError(): void;
}

/** The tool's callbacks, with the loaded table's views fetched, and awaited, before a new table is published (./surveyTableViews.ts). */
function withTableViews<Request extends AnalysisRequest, Result>(callbacks: SurveyWorkerCallbacks<Request, Result>): SurveyWorkerCallbacks<Request, Result> {
  const own = callbacks.prepare?.bind(callbacks);
  return { ...callbacks, prepare: () => Promise.all([own?.(), prefetchTableViews()]) };
}

/** Longest wait for an idle moment before the worker is started anyway (ms). */
const WARM_TIMEOUT_MS = 4000;

/**
 * @param createWorker builds the tool's worker, e.g. `() => new Worker(new URL('../../workers/nps.worker.ts', import.meta.url), { type: 'module' })`
 */
export function useSurveyWorker<Request extends AnalysisRequest, Result>(
  createWorker: () => Worker,
  callbacks: SurveyWorkerCallbacks<Request, Result> = {},
): SurveyWorker<Request, Result> {
  const [state, dispatch] = useReducer(surveyWorkerReducer<Result>, INITIAL as SurveyWorkerState<Result>);
  // The latest arguments, for the client (which reads them when a worker starts or a message arrives).
  const latest = useRef({ createWorker, callbacks });
  useSyncRef(latest, { createWorker, callbacks });
  const [client] = useState(
    () =>
      new SurveyWorkerClient<Request, Result>({
        createWorker: () => latest.current.createWorker(),
        dispatch,
        callbacks: () => withTableViews(latest.current.callbacks),
      }),
  );
  useEffect(() => client.terminate, [client]);

  // Start the worker (and its CSV reader) once the page is idle, so choosing a file does not wait
  // for them. Off the main thread; skipped when the reader asked to save data or is on 2G.
  useEffect(() => {
    if (typeof Worker === 'undefined' || !shouldWarm()) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(client.warm, { timeout: WARM_TIMEOUT_MS });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(client.warm, WARM_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [client]);

  const dismissError = useMemo(() => () => dispatch({ type: 'dismissed' }), []);
  return useMemo(() => ({ state, load: client.load, anticipate: client.anticipate, analyse: client.analyse, cancel: client.cancel, reset: client.reset, dismissError }), [state, client, dismissError]);
}
