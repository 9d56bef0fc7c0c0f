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
 * The worker is created lazily on the first load, so nothing is fetched before a file is chosen.
 * A failed load or analysis sets `error` and keeps the previous `preview` and `result`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProgressPhase, TablePreview } from '../../lib/import/types';
import type { AnalysisRequest, WorkerInbound, WorkerOutbound } from '../../workers/host';

export type SurveyInput = { file: File } | { text: string; fileName?: string };

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
  analyse(request: Request): void;
  cancel(): void;
  /** Forget everything (terminates the worker). */
  reset(): void;
  /** Clear the error message only. */
  dismissError(): void;
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

interface Pending {
  kind: 'load' | 'analyse';
  input?: SurveyInput;
  request?: AnalysisRequest;
  id: number;
}

/**
 * @param createWorker builds the tool's worker, e.g. `() => new Worker(new URL('../../workers/nps.worker.ts', import.meta.url), { type: 'module' })`
 */
export function useSurveyWorker<Request extends AnalysisRequest, Result>(
  createWorker: () => Worker,
): SurveyWorker<Request, Result> {
  const [state, setState] = useState<SurveyWorkerState<Result>>(INITIAL);
  const workerRef = useRef<Worker | null>(null);
  const createRef = useRef(createWorker);
  createRef.current = createWorker;
  /** The input of the table the current worker holds (replayed into a fresh worker after a cancel). */
  const loadedInputRef = useRef<SurveyInput | null>(null);
  const workerHasTableRef = useRef(false);
  const pendingRef = useRef<Pending | null>(null);
  const nextIdRef = useRef(1);

  const terminate = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
    workerHasTableRef.current = false;
    pendingRef.current = null;
  }, []);

  useEffect(() => terminate, [terminate]);

  const ensureWorker = useCallback((): Worker | null => {
    if (workerRef.current) return workerRef.current;
    let worker: Worker;
    try {
      worker = createRef.current();
    } catch {
      setState((previous) => ({ ...previous, status: previous.preview ? 'loaded' : 'idle', progress: null, error: '浏览器无法启动后台计算（Web Worker）。请换用新版 Chrome、Edge、Firefox 或 Safari。' }));
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<WorkerOutbound<Result>>) => {
      if (workerRef.current !== worker) return;
      onMessage(event.data);
    });
    worker.addEventListener('error', (event) => {
      if (workerRef.current !== worker) return;
      event.preventDefault?.();
      terminate();
      setState((previous) => ({ ...previous, status: previous.preview ? 'loaded' : 'idle', progress: null, error: '后台计算意外中止（可能是文件太大、内存不足）。之前的结果仍保留。' }));
    });
    workerRef.current = worker;
    return worker;
    // onMessage only uses refs and setState.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [terminate]);

  function onMessage(message: WorkerOutbound<Result>): void {
    const pending = pendingRef.current;
    switch (message.type) {
      case 'progress':
        setState((previous) => (previous.status === 'loading' || previous.status === 'analysing' ? { ...previous, progress: { phase: message.phase, fraction: message.fraction } } : previous));
        return;
      case 'loaded':
        workerHasTableRef.current = true;
        if (pending?.kind === 'load' && pending.input) {
          loadedInputRef.current = pending.input;
          pendingRef.current = null;
          setState((previous) => ({ ...previous, status: 'loaded', progress: null, preview: message.preview, error: null, notice: null }));
        }
        // A replayed load (after cancel) is followed by the queued analysis: nothing to show yet.
        return;
      case 'result':
        if (pending?.kind === 'analyse' && message.id === pending.id) {
          pendingRef.current = null;
          setState((previous) => ({ ...previous, status: 'loaded', progress: null, result: message.result, resultRequest: pending.request ?? null, error: null, notice: null }));
        }
        return;
      case 'error':
        if (message.during === 'load') {
          // The worker keeps its previous table after a failed load.
          if (pending?.kind === 'load') pendingRef.current = null;
          setState((previous) => ({ ...previous, status: previous.preview ? 'loaded' : 'idle', progress: null, error: message.message, notice: null, fileName: previous.preview?.source.fileName ?? null }));
          return;
        }
        if (pending?.kind === 'analyse' && (message.id === undefined || message.id === pending.id)) {
          pendingRef.current = null;
          setState((previous) => ({ ...previous, status: previous.preview ? 'loaded' : 'idle', progress: null, error: message.message, notice: null }));
        }
        return;
    }
  }

  const post = (worker: Worker, message: WorkerInbound<Request>) => worker.postMessage(message);

  const load = useCallback((input: SurveyInput) => {
    // A new load supersedes whatever is running.
    if (pendingRef.current) terminate();
    const worker = ensureWorker();
    if (!worker) return;
    const id = nextIdRef.current++;
    pendingRef.current = { kind: 'load', input, id };
    const fileName = 'file' in input ? input.file.name : input.fileName ?? null;
    setState((previous) => ({ ...previous, status: 'loading', progress: { phase: '读取', fraction: 0 }, error: null, notice: null, fileName }));
    if ('file' in input) post(worker, { type: 'load', file: input.file, fileName: input.file.name });
    else post(worker, { type: 'load', text: input.text, ...(input.fileName ? { fileName: input.fileName } : {}) });
  }, [ensureWorker, terminate]);

  const analyse = useCallback((request: Request) => {
    if (pendingRef.current) terminate();
    const worker = ensureWorker();
    if (!worker) return;
    if (!workerHasTableRef.current) {
      const input = loadedInputRef.current;
      if (!input) {
        setState((previous) => ({ ...previous, error: '还没有导入数据：请先选择文件或粘贴表格。' }));
        return;
      }
      // The worker was cancelled or restarted: read the same input again before analysing.
      if ('file' in input) post(worker, { type: 'load', file: input.file, fileName: input.file.name });
      else post(worker, { type: 'load', text: input.text, ...(input.fileName ? { fileName: input.fileName } : {}) });
    }
    const id = nextIdRef.current++;
    pendingRef.current = { kind: 'analyse', request, id };
    setState((previous) => ({ ...previous, status: 'analysing', progress: { phase: '计算', fraction: 0 }, error: null, notice: null }));
    post(worker, { type: 'analyse', request, id });
  }, [ensureWorker, terminate]);

  const cancel = useCallback(() => {
    const pending = pendingRef.current;
    terminate();
    setState((previous) => ({
      ...previous,
      status: previous.preview ? 'loaded' : 'idle',
      progress: null,
      notice: pending?.kind === 'analyse' ? '已取消计算。之前的结果仍保留。' : '已取消导入。之前的数据和结果仍保留。',
      fileName: previous.preview?.source.fileName ?? null,
    }));
  }, [terminate]);

  const reset = useCallback(() => {
    terminate();
    loadedInputRef.current = null;
    setState(INITIAL);
  }, [terminate]);

  const dismissError = useCallback(() => setState((previous) => ({ ...previous, error: null, notice: null })), []);

  return { state, load, analyse, cancel, reset, dismissError };
}
