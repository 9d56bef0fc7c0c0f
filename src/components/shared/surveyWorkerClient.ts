/**
 * The main-thread side of a tool's survey worker, outside React so it can be tested with a fake
 * worker (tests/unit/shared/surveyWorkerClient.test.ts). useSurveyWorker.ts wraps it in a hook.
 *
 * It owns the worker and what is in flight: at most one load (a new file, or the current input
 * read again into a fresh worker after a cancel) and one analysis, which carries a rising id; a
 * newer request supersedes an older one, and an answer to a superseded id is dropped. What the
 * screen shows is the pure state machine in src/lib/import/surveyWorkerReducer.ts, which this
 * client feeds through `dispatch`. Cancel and reset terminate the worker; the previous table and
 * result stay on screen.
 */
import type { AnalysisRequest, TablePreview } from '../../lib/import/types';
import type { Busy, SurveyEvent, SurveyInput } from '../../lib/import/surveyWorkerReducer';
import type { Foreseen, WorkerInbound, WorkerOutbound } from '../../workers/host';

/** What the client needs of a Worker. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** Called from the worker's message handler (an event, not an effect), e.g. by the tool kernel. */
export interface SurveyWorkerCallbacks<Request, Result> {
  /**
   * What reading a new table needs, fetched on demand (see src/lib/tool/lazyModule.ts): started
   * with each load and awaited before the table is published, so `onLoaded` can use it at once.
   */
  prepare?(): Promise<unknown>;
  /** Starts the download of the views a new table shows (lazy chunks), without waiting for them: at `anticipate` and at each load. */
  prefetch?(): void;
  /**
   * The tool's state now, sent with a new file: a worker that can foresee the page's request
   * starts that analysis as soon as the table is read (src/workers/host.ts, Foresight).
   */
  foresight?(): unknown;
  /** A new table; `foreseen` is its analysis when the worker computed it first (src/workers/host.ts, Foresight). */
  onLoaded?(preview: TablePreview, foreseen?: Foreseen<Result>): void;
  /** A result for request `id`, delivered before the id check here, so the kernel decides. */
  onResult?(id: number, result: Result, request: Request): void;
}

export interface SurveyWorkerClientOptions<Request, Result> {
  createWorker(): WorkerLike;
  dispatch(event: SurveyEvent<Result>): void;
  /** The current callbacks (read at each use, so a re-rendered hook's latest ones apply). */
  callbacks(): SurveyWorkerCallbacks<Request, Result>;
}

export const NO_WORKER_TEXT = '浏览器无法启动后台计算（Web Worker）。请换用新版 Chrome、Edge、Firefox 或 Safari。';
export const CRASHED_TEXT = '后台计算意外中止（可能是文件太大、内存不足）。';
export const PREPARE_FAILED_TEXT = '读取表格所需的程序未能加载，请检查网络后刷新页面再试。';
export const NOTHING_LOADED_TEXT = '还没有导入数据：请先选择文件或粘贴表格。';

/** User-timing marks, so a profile or the benchmark (bench/run.mjs) can place the phases of an import. */
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // No User Timing (very old browser): nothing to mark.
  }
}

export class SurveyWorkerClient<Request extends AnalysisRequest, Result> {
  private worker: WorkerLike | null = null;
  /** Whether the running worker holds the table on screen. */
  private hasTable = false;
  /** The input of the table on screen (read again into a fresh worker after a cancel). */
  private loadedInput: SurveyInput | null = null;
  private pendingLoad: { input: SurveyInput; replay: boolean } | null = null;
  private pendingAnalysis: { id: number; request: Request } | null = null;
  private nextId = 1;
  private anticipated = false;

  constructor(private readonly options: SurveyWorkerClientOptions<Request, Result>) {}

  /** Starts the worker and its CSV reader before a file is chosen; a failure stays quiet (the next load reports it). */
  readonly warm = (): void => {
    if (!this.worker) this.ensureWorker(true)?.postMessage({ type: 'warm' } satisfies WorkerInbound<Request>);
  };

  /**
   * The reader is about to give a table: pressed or focused the file button, dragged a file over
   * the panel, opened the paste box. Starts the worker (if the idle warm-up did not) and fetches
   * the code and views a new table needs, so the file, chosen a moment later in the browser's file
   * dialog, finds them here instead of sharing the two CPUs with their download and compile
   * (bench/run.mjs, servqual-10k on 2026-12-04: import median 261–303 ms → 151–172 ms).
   */
  readonly anticipate = (): void => {
    if (this.anticipated) return;
    this.anticipated = true;
    this.warm();
    // The file comes in a moment: read a bigger file first, so the reader meets it optimised (host.ts, WARM_ROWS).
    this.worker?.postMessage({ type: 'warm', thorough: true } satisfies WorkerInbound<Request>);
    this.fetchTableCode();
  };

  /** Reads a file or pasted text; a new input supersedes whatever is running. */
  readonly load = (input: SurveyInput): void => {
    if (this.pendingLoad || this.pendingAnalysis) this.terminate();
    const worker = this.ensureWorker();
    if (!worker) return;
    this.pendingLoad = { input, replay: false };
    // Fetched while the worker reads (awaited when the table arrives; a failure is reported then).
    this.fetchTableCode();
    this.options.dispatch({ type: 'started', busy: 'loading', fileName: 'file' in input ? input.file.name : input.fileName ?? null });
    this.postLoad(worker, input, true);
  };

  /** Posts a request; returns its id (null when nothing was posted). */
  readonly analyse = (request: Request): number | null => {
    const worker = this.ensureWorker();
    if (!worker) return null;
    if (!this.hasTable && !this.pendingLoad) {
      const input = this.loadedInput;
      if (!input) {
        this.options.dispatch({ type: 'failed', message: NOTHING_LOADED_TEXT, busy: null });
        return null;
      }
      // The worker was cancelled or restarted: read the same input again first.
      this.pendingLoad = { input, replay: true };
      this.postLoad(worker, input);
    }
    // The worker handles messages in order, so this runs after any load in flight.
    const id = this.nextId++;
    this.pendingAnalysis = { id, request };
    this.options.dispatch({ type: 'started', busy: this.busy() ?? 'analysing' });
    mark('survey:analyse');
    worker.postMessage({ type: 'analyse', request, id } satisfies WorkerInbound<Request>);
    return id;
  };

  /** Stops what is running (terminates the worker); the previous table and result stay. */
  readonly cancel = (): void => {
    const running = this.busy();
    if (running === null) return;
    this.terminate();
    this.options.dispatch({ type: 'cancelled', what: running === 'loading' ? 'load' : 'analyse' });
  };

  /** Forgets everything (terminates the worker). */
  readonly reset = (): void => {
    this.terminate();
    this.loadedInput = null;
    this.options.dispatch({ type: 'reset' });
  };

  readonly terminate = (): void => {
    this.worker?.terminate();
    this.worker = null;
    this.hasTable = false;
    this.pendingLoad = null;
    this.pendingAnalysis = null;
  };

  /** Starts fetching the code a new table needs (the tool's prepare) and the views it shows, without waiting. */
  private fetchTableCode(): void {
    const callbacks = this.options.callbacks();
    callbacks.prepare?.().catch(() => undefined);
    callbacks.prefetch?.();
  }

  private busy(): Busy {
    if (this.pendingLoad && !this.pendingLoad.replay) return 'loading';
    return this.pendingLoad || this.pendingAnalysis ? 'analysing' : null;
  }

  private postLoad(worker: WorkerLike, input: SurveyInput, foresight = false): void {
    const message: WorkerInbound<Request> =
      'file' in input ? { type: 'load', file: input.file, fileName: input.file.name, ...(input.encoding ? { encoding: input.encoding } : {}) } : { type: 'load', text: input.text, ...(input.fileName ? { fileName: input.fileName } : {}) };
    const state = foresight ? this.options.callbacks().foresight?.() : undefined;
    if (state !== undefined) {
      try {
        worker.postMessage({ ...message, state });
        return;
      } catch {
        // A state the browser cannot copy (DataCloneError): the file goes without it, unforeseen.
      }
    }
    worker.postMessage(message);
  }

  /** The worker, created if needed; `quiet` (the warm-up) reports no failure. */
  private ensureWorker(quiet = false): WorkerLike | null {
    if (this.worker) return this.worker;
    let worker: WorkerLike;
    try {
      worker = this.options.createWorker();
    } catch {
      if (!quiet) this.options.dispatch({ type: 'failed', message: NO_WORKER_TEXT, busy: null });
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<WorkerOutbound<Result>>) => {
      if (this.worker !== worker) return;
      const message = event.data;
      const prepared = message.type === 'loaded' && this.pendingLoad && !this.pendingLoad.replay ? this.options.callbacks().prepare?.() : undefined;
      if (!prepared) {
        this.receive(message);
        return;
      }
      // A new table is published once the code that reads it is here; a cancel or a newer file in the meantime drops it.
      prepared.then(
        () => this.worker === worker && this.receive(message),
        () => this.worker === worker && this.receive({ type: 'error', during: 'load', message: PREPARE_FAILED_TEXT }),
      );
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      if (this.worker !== worker) return;
      event.preventDefault?.();
      this.terminate();
      this.options.dispatch({ type: 'failed', message: CRASHED_TEXT, busy: null });
    });
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerOutbound<Result>): void {
    const { dispatch } = this.options;
    switch (message.type) {
      case 'progress':
        dispatch({ type: 'progress', phase: message.phase, fraction: message.fraction });
        return;
      case 'loaded': {
        mark('survey:loaded');
        this.hasTable = true;
        const pending = this.pendingLoad;
        this.pendingLoad = null;
        if (pending && !pending.replay) {
          this.loadedInput = pending.input;
          dispatch({ type: 'loaded', preview: message.preview, busy: this.busy() });
          this.options.callbacks().onLoaded?.(message.preview, message.foreseen);
        }
        return;
      }
      case 'result': {
        mark('survey:result');
        const pending = this.pendingAnalysis;
        // A result for a superseded request is dropped.
        if (!pending || message.id !== pending.id) return;
        this.pendingAnalysis = null;
        dispatch({ type: 'result', result: message.result, request: pending.request, busy: this.busy() });
        this.options.callbacks().onResult?.(pending.id, message.result, pending.request);
        return;
      }
      case 'error': {
        if (message.during === 'load') {
          const pending = this.pendingLoad;
          this.pendingLoad = null;
          // A failed re-read also dooms the analysis queued behind it; its own error is dropped.
          if (pending?.replay) this.pendingAnalysis = null;
          dispatch({ type: 'failed', message: message.message, busy: this.busy() });
          return;
        }
        const pending = this.pendingAnalysis;
        if (!pending || (message.id !== undefined && message.id !== pending.id)) return;
        this.pendingAnalysis = null;
        dispatch({ type: 'failed', message: message.message, busy: this.busy() });
      }
    }
  }
}
