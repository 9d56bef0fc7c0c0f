/**
 * The shared worker side of survey import. A tool's worker entry is two lines:
 *
 *   import { hostSurveyWorker } from './host';
 *   hostSurveyWorker<NpsRequest, NpsResult>({ nps: analyseNps });
 *
 * Protocol (main → worker):
 *   { type: 'warm', thorough? }            sent when the page is idle: fetch the CSV reader now;
 *                                          thorough (the reader reaches for the file button): also
 *                                          read a 3,000-row file, so the reader's code is optimised
 *   { type: 'load', file?: File, text?: string, fileName?: string, encoding?, state? }
 *   { type: 'analyse', request: { kind, … }, id?: number }
 * (worker → main):
 *   { type: 'progress', phase: '读取' | '解析' | '计算', fraction }   fraction ∈ [0, 1]
 *   { type: 'loaded', preview, foreseen? } the table stays in the worker; the preview carries the
 *                                          column profiles over all rows (src/lib/import/profile.ts)
 *   { type: 'result', result, id? }                                 id echoes the analyse request
 *   { type: 'error', message, during: 'load' | 'analyse', id? }     Chinese message
 * A failed load keeps the previously loaded table. Cancel = terminate the worker.
 *
 * Foresight: a load may carry the tool's state as it was when the file was chosen. A worker given
 * `foresee` (the tool's own `loaded` and `analyse` from src/lib/<tool>) works out the request
 * the page will make for the new table and starts it as soon as the preview is posted, instead
 * of idling while the preview crosses to the page, is rendered and the request comes back
 * (bench/scenarios/servqual.mjs: 12–15 ms of the import). The page still asks; the worker answers
 * an analysis whose request is the same as the last one it computed (requestKey) from that
 * result, so a foreseen analysis is never run twice and a wrong guess costs only its own time.
 * A table of at most FORESEE_FIRST_CELLS cells is analysed before its preview is posted, and the
 * result travels with the preview as `foreseen` (its requestKey and result): the page's kernel puts
 * it in with the table when its own request has that key, and asks nothing (src/lib/tool/kernel.ts,
 * answeredTable); the worker computes while the page is idle instead of while it renders the new
 * table (see FORESEE_FIRST_CELLS).
 * papaparse and SheetJS are imported dynamically inside the readers, so they are fetched
 * only when a file of that kind is read.
 */
import type { AnalysisRequest, DetectedEncoding, ProgressPhase, SurveyTable, TablePreview } from '../lib/import/types';
import { loadSurveyInput, toPreview } from '../lib/import/load';
import { loadPapa } from '../lib/import/delimited';
import { requestKey } from '../lib/tool/kernel';

export type { AnalysisRequest } from '../lib/import/types';

/** Given to an analysis so it can report progress of long computations. */
export interface AnalysisContext {
  /** fraction ∈ [0, 1] of the 计算 phase; throttled by the host. */
  progress(fraction: number): void;
}

/** One pure function per request kind, from src/lib/<tool>. */
export type SurveyAnalyses<Request extends AnalysisRequest, Result> = {
  [Kind in Request['kind']]: (
    table: SurveyTable,
    request: Extract<Request, { kind: Kind }>,
    context: AnalysisContext,
  ) => Result | Promise<Result>;
};

export interface LoadMessage {
  type: 'load';
  file?: File;
  text?: string;
  fileName?: string;
  /** Read the file in this encoding (the user picked it from the list) instead of detecting it. */
  encoding?: DetectedEncoding;
  /** The tool's state when the file was chosen, for `foresee` (see Foresight above). */
  state?: unknown;
}

export interface AnalyseMessage<Request extends AnalysisRequest = AnalysisRequest> {
  type: 'analyse';
  request: Request;
  id?: number;
}

/** Fetch and compile the CSV reader before a file arrives (a failure is left to the load to report). */
export interface WarmMessage {
  type: 'warm';
  /** Also read WARM_ROWS rows, so the reader's loops are optimised before the file arrives. */
  thorough?: boolean;
}

export type WorkerInbound<Request extends AnalysisRequest = AnalysisRequest> = WarmMessage | LoadMessage | AnalyseMessage<Request>;

export interface ProgressMessage {
  type: 'progress';
  phase: ProgressPhase;
  fraction: number;
}

export interface LoadedMessage<Result = unknown> {
  type: 'loaded';
  preview: TablePreview;
  /** The foreseen analysis of this table, computed before the preview was posted (see Foresight). */
  foreseen?: Foreseen<Result>;
}

/** A foreseen analysis: the requestKey of the request it answers, and its result. */
export interface Foreseen<Result = unknown> {
  key: string;
  result: Result;
}

export interface ResultMessage<Result = unknown> {
  type: 'result';
  result: Result;
  id?: number;
}

export interface ErrorMessage {
  type: 'error';
  message: string;
  during: 'load' | 'analyse';
  id?: number;
}

export type WorkerOutbound<Result = unknown> = ProgressMessage | LoadedMessage<Result> | ResultMessage<Result> | ErrorMessage;

/** The subset of the worker global scope the host needs (kept small so tests can fake it). */
export interface WorkerScopeLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const PROGRESS_INTERVAL_MS = 50;
/**
 * How long a load or an analysis runs before its progress is posted at all. A quicker one is over
 * before a reader could follow a bar (the page shows it at 0 % from the start), and each message
 * makes the page render its panel again while this worker computes: on a two-CPU machine that
 * render takes the time from the work. Measured on bench/scenarios/servqual.mjs (10,000 × 44, about
 * 150 ms), with this delay against without: medians 170 → 148 ms, paired −28 ms, 11 of 16 imports
 * faster (A/B, the two builds alternating, 2-CPU machine).
 */
export const PROGRESS_DELAY_MS = 250;
/**
 * Largest table (rows × columns) whose foreseen analysis runs before its preview is posted. Such an
 * analysis takes tens of milliseconds, and run while the page renders the new table it took twice
 * as long on two CPUs: bench/scenarios/servqual.mjs (10,000 × 44 = 440,000 cells), analysis 30 ms
 * with the page idle against 52 ms or more beside the render. A bigger table (KANO 100,000 × 30,
 * NPS 1,000,000 rows) shows its preview first and is analysed while the reader looks at it.
 */
export const FORESEE_FIRST_CELLS = 1_000_000;
/**
 * Rows of 20 one-digit scores that a thorough warm-up reads. A few rows only compile the reader;
 * this many get its loops optimised before the real file: bench/scenarios/servqual.mjs, A/B with
 * a three-line file, two rounds of 16 imports, paired −14 ms (14 of 16 faster) and −8 ms (9 of 16)
 * on a 2-CPU machine. It is read
 * when the reader reaches for the file button, not at idle, where a page still starting shares
 * the CPUs with it.
 */
export const WARM_ROWS = 3_000;
const warmFile = (rows: number) =>
  `${Array.from({ length: 20 }, (_, column) => `第${column + 1}题`).join(',')}\n${Array.from({ length: rows }, (_, row) => Array.from({ length: 20 }, (_, column) => (row * 7 + column * 3) % 10).join(',')).join('\n')}\n`;

/**
 * The request the page will make once this table is loaded, from the tool's state when the file
 * was chosen: `(state, preview) => analyse(loaded(state, preview))` with the tool's own functions.
 * Null when it will ask for nothing (a doubtful mapping waits for the user).
 */
export type Foresee<Request> = (state: unknown, preview: TablePreview) => Request | null;

/**
 * A tool's `foresee` from its own rules, as the page's kernel applies them to a new table.
 * @example foreseeWith(loaded, analyse) // loaded from src/lib/nps/loaded, analyse from src/lib/nps/state
 */
export function foreseeWith<State, Request>(loaded: (state: State, preview: TablePreview) => State, analyse: (state: State) => Request | null): Foresee<Request> {
  return (state, preview) => analyse(loaded(state as State, preview));
}

export interface SurveyWorkerOptions<Request> {
  foresee?: Foresee<Request>;
  /** Defaults to the worker's `self`. */
  scope?: WorkerScopeLike;
  /** Defaults to Date.now (tests pass a clock they move). */
  now?: () => number;
}

/** What hostSurveyWorker returns (for tests; a worker entry ignores it). */
export interface SurveyWorkerHost {
  /** Resolves once every message received so far has been handled. */
  drained(): Promise<void>;
}

/**
 * Installs the message handler on the worker global scope (or on `scope` in tests).
 * @param analyses one pure function per request kind
 * @param options `foresee` (see Foresight above) and `scope`
 */
export function hostSurveyWorker<Request extends AnalysisRequest = AnalysisRequest, Result = unknown>(
  analyses: SurveyAnalyses<Request, Result>,
  { foresee, scope = self as unknown as WorkerScopeLike, now = Date.now }: SurveyWorkerOptions<Request> = {},
): SurveyWorkerHost {
  let table: SurveyTable | null = null;
  /** The last analysis of this table, answered again for the same request. */
  let last: { key: string; result: Result } | null = null;
  let lastProgressAt = 0;
  /** When the message being handled arrived (its progress waits PROGRESS_DELAY_MS). */
  let jobStartedAt = 0;
  const post = (message: WorkerOutbound<Result>) => scope.postMessage(message);
  const progress = (phase: ProgressPhase, fraction: number, force = false) => {
    const at = now();
    if (at - jobStartedAt < PROGRESS_DELAY_MS) return;
    if (!force && at - lastProgressAt < PROGRESS_INTERVAL_MS) return;
    lastProgressAt = at;
    post({ type: 'progress', phase, fraction: Math.min(1, Math.max(0, fraction)) });
  };

  // Messages are handled one after another so an analyse sent right after a load sees the new table.
  let queue: Promise<void> = Promise.resolve();
  scope.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as WorkerInbound<Request>;
    queue = queue.then(() => handle(message)).catch((error: unknown) => {
      post({ type: 'error', message: unexpected(error), during: message?.type === 'analyse' ? 'analyse' : 'load' });
    });
  });

  return { drained: () => queue };

  async function handle(message: WorkerInbound<Request>): Promise<void> {
    jobStartedAt = now();
    if (message?.type === 'warm') {
      await loadPapa().catch(() => undefined);
      // Read a file of our own (two rows, or WARM_ROWS when thorough), so the reader is compiled before a real file arrives.
      await loadSurveyInput({ file: new Blob([warmFile(message.thorough ? WARM_ROWS : 2)]), fileName: 'warm.csv' }).then((loaded) => loaded.ok && toPreview(loaded.table, loaded.warnings));
      return;
    }
    if (message?.type === 'load') {
      progress('读取', 0, true);
      const loaded = await loadSurveyInput(message, { onProgress: progress });
      if (!loaded.ok) {
        post({ type: 'error', message: loaded.error, during: 'load' });
        return;
      }
      table = loaded.table;
      last = null;
      progress('解析', 1, true);
      const preview = toPreview(loaded.table, loaded.warnings);
      const request = foresee && message.state !== undefined ? foreseenRequest(foresee, message.state, preview) : null;
      if (request && loaded.table.rows.length * loaded.table.headers.length <= FORESEE_FIRST_CELLS) {
        const answer = await runForeseen(loaded.table, request);
        post({ type: 'loaded', preview, ...(answer ? { foreseen: answer } : {}) });
        return;
      }
      post({ type: 'loaded', preview });
      if (request) await runForeseen(loaded.table, request);
      return;
    }
    if (message?.type === 'analyse') {
      const { request, id } = message;
      if (!table) {
        post({ type: 'error', message: '还没有导入数据：请先选择文件或粘贴表格。', during: 'analyse', ...withId(id) });
        return;
      }
      const analysis = analysisFor(request);
      if (!analysis) {
        post({ type: 'error', message: `未知的分析类型：${String(request?.kind)}。`, during: 'analyse', ...withId(id) });
        return;
      }
      const key = requestKey(request);
      if (last?.key === key) {
        post({ type: 'result', result: last.result, ...withId(id) });
        return;
      }
      try {
        const result = await run(table, analysis, request);
        last = { key, result };
        post({ type: 'result', result, ...withId(id) });
      } catch (error) {
        post({ type: 'error', message: unexpected(error), during: 'analyse', ...withId(id) });
      }
    }
  }

  function analysisFor(request: Request): AnyAnalysis<Result> | null {
    const analysis = (analyses as unknown as Record<string, AnyAnalysis<Result> | undefined>)[request?.kind];
    return typeof analysis === 'function' ? analysis : null;
  }

  async function run(on: SurveyTable, analysis: AnyAnalysis<Result>, request: Request): Promise<Result> {
    progress('计算', 0, true);
    const result = await analysis(on, request, { progress: (fraction) => progress('计算', fraction) });
    progress('计算', 1, true);
    return result;
  }

  /** The request the page will make for this table, or null (none, or rules that fail: the page's own request meets that). */
  function foreseenRequest(foresee: Foresee<Request>, state: unknown, preview: TablePreview): Request | null {
    try {
      const request = foresee(state, preview);
      return request && analysisFor(request) ? request : null;
    } catch {
      return null;
    }
  }

  /** The analysis the page is about to ask for, computed now; any failure is left to the page's own request to meet and report. */
  async function runForeseen(on: SurveyTable, request: Request): Promise<Foreseen<Result> | null> {
    try {
      const result = await run(on, analysisFor(request)!, request);
      if (table !== on) return null;
      last = { key: requestKey(request), result };
      return last;
    } catch {
      return null;
    }
  }
}

type AnyAnalysis<Result> = (table: SurveyTable, request: AnalysisRequest, context: AnalysisContext) => Result | Promise<Result>;

function withId(id: number | undefined): { id?: number } {
  return id === undefined ? {} : { id };
}

function unexpected(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `处理时出现意外错误（${detail}）。请检查文件，或把文件另存为 UTF-8 CSV 后再试。`;
}
