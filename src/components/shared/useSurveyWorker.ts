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
 * A failed load or analysis sets `error` and keeps the previous `preview` and `result`.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { DetectedEncoding, ProgressPhase, TablePreview } from '../../lib/import/types';
import type { AnalysisRequest, WorkerInbound, WorkerOutbound } from '../../workers/host';

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

export interface SurveyWorker<Request extends AnalysisRequest, Result> {
  state: SurveyWorkerState<Result>;
  load(input: SurveyInput): void;
  /** Posts a request; returns its id (null when nothing was posted). */
  analyse(request: Request): number | null;
  cancel(): void;
  /** Forget everything (terminates the worker). */
  reset(): void;
  /** Clear the error message only. */
  dismissError(): void;
}

/** User-timing marks, so a profile or the benchmark can place long tasks relative to load and result. */
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // No User Timing (very old browser): nothing to mark.
  }
}

/** Longest wait for an idle moment before the worker is started anyway (ms). */
const WARM_TIMEOUT_MS = 4000;

/** Whether to start the worker before a file is chosen: not when the reader saves data or is on 2G. */
export function shouldWarm(connection = (globalThis.navigator as { connection?: { saveData?: boolean; effectiveType?: string } } | undefined)?.connection): boolean {
  return !connection?.saveData && !/(^|-)2g$/.test(connection?.effectiveType ?? '');
}

const INITIAL: SurveyWorkerState<never> = {
  status: 'idle',
  progress: null,
  preview: null,
  result: null,
  resultRequest: null,
  error: null,
  notice: null,
  fileName: null,
};

type Busy = 'loading' | 'analysing' | null;

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

interface PendingLoad {
  input: SurveyInput;
  /** Re-reading the current input into a fresh worker before an analysis (after a cancel). */
  replay: boolean;
}

interface PendingAnalysis {
  id: number;
  request: AnalysisRequest;
}

/** Called from the worker's message handler (an event, not an effect), e.g. by the tool kernel. */
export interface SurveyWorkerCallbacks<Request, Result> {
  /**
   * What reading a new table needs, fetched on demand (see src/lib/tool/lazyModule.ts): started
   * with each load and awaited before the table is published, so `onLoaded` can use it at once.
   */
  prepare?(): Promise<unknown>;
  onLoaded?(preview: TablePreview): void;
  /** A result for request `id`, delivered before the id check here, so the kernel decides. */
  onResult?(id: number, result: Result, request: Request): void;
}

/**
 * @param createWorker builds the tool's worker, e.g. `() => new Worker(new URL('../../workers/nps.worker.ts', import.meta.url), { type: 'module' })`
 */
export function useSurveyWorker<Request extends AnalysisRequest, Result>(
  createWorker: () => Worker,
  callbacks: SurveyWorkerCallbacks<Request, Result> = {},
): SurveyWorker<Request, Result> {
  const callbacksRef = useRef(callbacks);
  callbacksRef.current = callbacks;
  const [state, dispatch] = useReducer(surveyWorkerReducer<Result>, INITIAL as SurveyWorkerState<Result>);
  const workerRef = useRef<Worker | null>(null);
  const createRef = useRef(createWorker);
  createRef.current = createWorker;
  /** The input of the table on screen (replayed into a fresh worker after a cancel). */
  const loadedInputRef = useRef<SurveyInput | null>(null);
  const workerHasTableRef = useRef(false);
  const pendingLoadRef = useRef<PendingLoad | null>(null);
  const pendingAnalysisRef = useRef<PendingAnalysis | null>(null);
  const nextIdRef = useRef(1);

  const busy = (): Busy => {
    if (pendingLoadRef.current && !pendingLoadRef.current.replay) return 'loading';
    return pendingLoadRef.current || pendingAnalysisRef.current ? 'analysing' : null;
  };

  const terminate = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
    workerHasTableRef.current = false;
    pendingLoadRef.current = null;
    pendingAnalysisRef.current = null;
  }, []);

  useEffect(() => terminate, [terminate]);

  const onMessage = (message: WorkerOutbound<Result>): void => {
    switch (message.type) {
      case 'progress':
        dispatch({ type: 'progress', phase: message.phase, fraction: message.fraction });
        return;
      case 'loaded': {
        mark('survey:loaded');
        workerHasTableRef.current = true;
        const pending = pendingLoadRef.current;
        pendingLoadRef.current = null;
        if (pending && !pending.replay) {
          loadedInputRef.current = pending.input;
          dispatch({ type: 'loaded', preview: message.preview, busy: busy() });
          callbacksRef.current.onLoaded?.(message.preview);
        }
        return;
      }
      case 'result': {
        mark('survey:result');
        const pending = pendingAnalysisRef.current;
        // A result for a superseded request is dropped.
        if (!pending || message.id !== pending.id) return;
        pendingAnalysisRef.current = null;
        dispatch({ type: 'result', result: message.result, request: pending.request, busy: busy() });
        callbacksRef.current.onResult?.(pending.id, message.result, pending.request as Request);
        return;
      }
      case 'error': {
        if (message.during === 'load') {
          const pending = pendingLoadRef.current;
          pendingLoadRef.current = null;
          // A failed re-read also dooms the analysis queued behind it; its own error is dropped.
          if (pending?.replay) pendingAnalysisRef.current = null;
          dispatch({ type: 'failed', message: message.message, busy: busy() });
          return;
        }
        const pending = pendingAnalysisRef.current;
        if (!pending || (message.id !== undefined && message.id !== pending.id)) return;
        pendingAnalysisRef.current = null;
        dispatch({ type: 'failed', message: message.message, busy: busy() });
      }
    }
  };
  const onMessageRef = useRef(onMessage);
  onMessageRef.current = onMessage;

  /** The worker, created if needed; `quiet` (the idle warm-up) reports no failure, the next load will. */
  const ensureWorker = useCallback((quiet = false): Worker | null => {
    if (workerRef.current) return workerRef.current;
    let worker: Worker;
    try {
      worker = createRef.current();
    } catch {
      if (!quiet) dispatch({ type: 'failed', message: '浏览器无法启动后台计算（Web Worker）。请换用新版 Chrome、Edge、Firefox 或 Safari。', busy: null });
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<WorkerOutbound<Result>>) => {
      if (workerRef.current !== worker) return;
      const message = event.data;
      const pending = pendingLoadRef.current;
      const prepared = message.type === 'loaded' && pending && !pending.replay ? callbacksRef.current.prepare?.() : undefined;
      if (!prepared) {
        onMessageRef.current(message);
        return;
      }
      // A new table is published once the code that reads it is here; a cancel or a newer file in the meantime drops it.
      prepared.then(
        () => {
          if (workerRef.current === worker) onMessageRef.current(message);
        },
        () => {
          if (workerRef.current === worker) onMessageRef.current({ type: 'error', during: 'load', message: '读取表格所需的程序未能加载，请检查网络后刷新页面再试。' });
        },
      );
    });
    worker.addEventListener('error', (event) => {
      if (workerRef.current !== worker) return;
      event.preventDefault?.();
      terminate();
      dispatch({ type: 'failed', message: '后台计算意外中止（可能是文件太大、内存不足）。', busy: null });
    });
    workerRef.current = worker;
    return worker;
  }, [terminate]);

  // Start the worker (and its CSV reader) once the page is idle, so choosing a file does not wait
  // for them. Off the main thread; skipped when the reader asked to save data or is on 2G.
  useEffect(() => {
    if (typeof Worker === 'undefined' || !shouldWarm()) return;
    const warm = () => {
      if (!workerRef.current) ensureWorker(true)?.postMessage({ type: 'warm' } satisfies WorkerInbound<Request>);
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warm, { timeout: WARM_TIMEOUT_MS });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(warm, WARM_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [ensureWorker]);

  const postLoad = (worker: Worker, input: SurveyInput) => {
    const message: WorkerInbound<Request> =
      'file' in input ? { type: 'load', file: input.file, fileName: input.file.name, ...(input.encoding ? { encoding: input.encoding } : {}) } : { type: 'load', text: input.text, ...(input.fileName ? { fileName: input.fileName } : {}) };
    worker.postMessage(message);
  };

  const load = useCallback((input: SurveyInput) => {
    // A new file supersedes whatever is running.
    if (pendingLoadRef.current || pendingAnalysisRef.current) terminate();
    const worker = ensureWorker();
    if (!worker) return;
    pendingLoadRef.current = { input, replay: false };
    // Fetched while the worker reads (awaited when the table arrives; a failure is reported then).
    callbacksRef.current.prepare?.().catch(() => undefined);
    dispatch({ type: 'started', busy: 'loading', fileName: 'file' in input ? input.file.name : input.fileName ?? null });
    postLoad(worker, input);
    // postLoad is stable in behaviour (no state).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ensureWorker, terminate]);

  const analyse = useCallback((request: Request) => {
    const worker = ensureWorker();
    if (!worker) return null;
    if (!workerHasTableRef.current && !pendingLoadRef.current) {
      const input = loadedInputRef.current;
      if (!input) {
        dispatch({ type: 'failed', message: '还没有导入数据：请先选择文件或粘贴表格。', busy: null });
        return null;
      }
      // The worker was cancelled or restarted: read the same input again first.
      pendingLoadRef.current = { input, replay: true };
      postLoad(worker, input);
    }
    // The worker handles messages in order, so this runs after any load in flight; a newer request supersedes an older one.
    const id = nextIdRef.current++;
    pendingAnalysisRef.current = { id, request };
    dispatch({ type: 'started', busy: busy() ?? 'analysing' });
    worker.postMessage({ type: 'analyse', request, id } satisfies WorkerInbound<Request>);
    return id;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ensureWorker]);

  const cancel = useCallback(() => {
    const running = busy();
    if (running === null) return;
    terminate();
    dispatch({ type: 'cancelled', what: running === 'loading' ? 'load' : 'analyse' });
  }, [terminate]);

  const reset = useCallback(() => {
    terminate();
    loadedInputRef.current = null;
    dispatch({ type: 'reset' });
  }, [terminate]);

  const dismissError = useCallback(() => dispatch({ type: 'dismissed' }), []);

  return { state, load, analyse, cancel, reset, dismissError };
}
