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
 * A failed load or analysis sets `error` and keeps the previous `preview` and `result` (the state
 * machine, pure and unit-tested, is src/lib/import/surveyWorkerReducer.ts).
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { TablePreview } from '../../lib/import/types';
import { INITIAL, shouldWarm, surveyWorkerReducer, type Busy, type SurveyInput, type SurveyWorkerState } from '../../lib/import/surveyWorkerReducer';
import type { AnalysisRequest, WorkerInbound, WorkerOutbound } from '../../workers/host';

export type { SurveyInput, SurveyWorkerState } from '../../lib/import/surveyWorkerReducer';

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
