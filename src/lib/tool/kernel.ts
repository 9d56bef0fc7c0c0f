/**
 * The state machine inside useTool (src/components/shared/useTool.ts), pure so that the order of
 * events (a late worker answer after a reset, a new file or a new mapping) is unit-tested without
 * a browser. The tool's own reducer runs inside it; around it sit the restored flag, one message,
 * the share link and the analysis ticket (analysis.ts).
 */
import { NO_TICKET, accepts, reduceTicket, type AnalysisTicket } from './analysis';

export type ToolMessage = { kind: 'error' | 'notice'; text: string } | null;
export interface ShareLink { url: string; copied: boolean; note?: string | null }

export interface Kernel<S> {
  tool: S;
  restored: boolean;
  message: ToolMessage;
  share: ShareLink | null;
  /** Which worker answer may still land. */
  ticket: AnalysisTicket;
  /** Counts tables loaded in this session (0: none, so nothing to analyse). */
  table: number;
  /**
   * True from a table's arrival until the first analysis it asked for is answered (or no longer
   * wanted). The import panel draws the table's preview after that answer, so the result is not
   * held behind the preview's layout (SurveyTable.tsx, useReleasedPreview).
   */
  firstPending: boolean;
  /**
   * The table (a `table` count) that arrived with the answer to the first analysis it asks for
   * (the worker's foresight, src/workers/host.ts): that request is not posted. 0: none.
   */
  answeredTable: number;
}

/** What a survey tool adds to the kernel: how a state asks for an analysis and takes the answer. */
export interface KernelSurvey<S, Request, Result, Preview> {
  /** The request this state asks for, or null (incomplete mapping, no table). */
  analyse(state: S): Request | null;
  /** The state with an accepted answer in it. */
  receive(state: S, result: Result, request: Request): S;
  /** The state once a new table is loaded (e.g. the suggested columns picked). */
  loaded?(state: S, preview: Preview): S;
}

export type KernelAction<S, E, Request = unknown, Result = unknown, Preview = unknown> =
  | { kind: 'event'; event: E }
  | { kind: 'replace'; state: S; message: ToolMessage; restored?: boolean }
  | { kind: 'message'; message: ToolMessage }
  | { kind: 'share'; share: ShareLink | null }
  /** The clipboard took this link (it is shown before the copy is known to have worked). */
  | { kind: 'copied'; url: string }
  /** A new table; `foreseen` is the worker's answer to the request it expects this table to ask for. */
  | { kind: 'loaded'; preview: Preview; foreseen?: { key: string; result: Result } }
  | { kind: 'requested'; id: number }
  | { kind: 'result'; id: number; result: Result; request: Request };

export function initialKernel<S>(tool: S): Kernel<S> {
  return { tool, restored: false, message: null, share: null, ticket: NO_TICKET, table: 0, firstPending: false, answeredTable: 0 };
}

/** A request's identity: two states asking for the same thing give the same key. */
export function requestKey(request: unknown): string {
  return request === null || request === undefined ? '' : JSON.stringify(request);
}

/**
 * The kernel reducer for a tool.
 * @example const next = kernelReducer(reduce, survey)(kernel, { kind: 'result', id: 1, result, request })
 */
export function kernelReducer<S, E, Request = unknown, Result = unknown, Preview = unknown>(
  reduce: (state: S, event: E) => S,
  survey?: KernelSurvey<S, Request, Result, Preview>,
) {
  return (current: Kernel<S>, action: KernelAction<S, E, Request, Result, Preview>): Kernel<S> => {
    switch (action.kind) {
      case 'event': {
        const tool = reduce(current.tool, action.event);
        // A state that asks for something else (a new mapping) no longer wants the old answer.
        const changed = survey !== undefined && requestKey(survey.analyse(tool)) !== requestKey(survey.analyse(current.tool));
        return changed ? { ...current, tool, share: null, ticket: NO_TICKET, firstPending: false } : { ...current, tool, share: null };
      }
      case 'replace':
        return { ...current, tool: action.state, message: action.message, share: null, ticket: NO_TICKET, table: 0, firstPending: false, answeredTable: 0, restored: action.restored ?? current.restored };
      case 'message':
        return { ...current, message: action.message };
      case 'share':
        return { ...current, share: action.share };
      case 'copied':
        // Only the link still on screen: a reset or an edit since then has taken it away.
        return current.share?.url === action.url ? { ...current, share: { ...current.share, copied: true } } : current;
      case 'loaded': {
        const tool = survey?.loaded ? survey.loaded(current.tool, action.preview) : current.tool;
        const request = survey ? survey.analyse(tool) : null;
        const table = current.table + 1;
        const loaded = { ...current, share: null, ticket: NO_TICKET, table };
        // The worker foresaw the request this state makes: its answer goes in with the table, in one render.
        if (survey && request !== null && action.foreseen?.key === requestKey(request)) {
          return { ...loaded, tool: survey.receive(tool, action.foreseen.result, request), firstPending: false, answeredTable: table };
        }
        return { ...loaded, tool, firstPending: request !== null };
      }
      case 'requested':
        return { ...current, ticket: reduceTicket(current.ticket, { kind: 'requested', id: action.id }) };
      case 'result':
        if (!survey || !accepts(current.ticket, action.id)) return current;
        return { ...current, tool: survey.receive(current.tool, action.result, action.request), share: null, ticket: reduceTicket(current.ticket, { kind: 'answered', id: action.id }), firstPending: false };
    }
  };
}
