/**
 * The one hook every tool runs on. It owns a useReducer over the tool's pure reducer and, around
 * it, what every tool needs the same way: persistence (localStorage, versioned and migrated, a
 * full storage gives a message instead of a throw), the share link (read once the island has
 * hydrated and on every `hashchange`; written on demand by useToolShare.ts), one message slot, loading example data,
 * reset, and exports. The maths stays in `src/lib/<tool>/state.ts`; views get `state`, `send`
 * and the rest as props and only render and dispatch.
 *
 *   const tool = useTool({ id: TOOL_ID, version: STATE_VERSION, schema: () => import('…/schema').then((m) => m.schema), initialState, reduce, sharePayload });
 *   tool.send({ type: 'setField', key: 'customers', value: '20000' });
 *
 * Survey tools add `survey` to the spec (see useToolWorker.ts): `analyse(state)` returns a worker
 * request or null, `receive(state, result, request)` puts an answer into the state, `loaded`
 * picks defaults for a new table. Each posted request gets a rising id; the kernel reducer
 * (src/lib/tool/kernel.ts) keeps an answer only while its id is the latest, and `replace`
 * (reset, a share link), a new file or a changed request drop older ids, so a late answer can
 * never land on a newer state. `tool.survey` is the import panel's worker (load, cancel, …).
 */
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { $ZodType } from 'zod/v4/core';
import type { Migration } from '../../lib/tool/envelope';
import { wrapState } from '../../lib/tool/wrap';
import type { ShareCodec } from '../../lib/tool/share';
import { initialKernel, kernelReducer, type ShareLink, type ToolMessage } from '../../lib/tool/kernel';
import type { AnalysisRequest } from '../../workers/host';
import { downloadCsv, type CsvValue } from './exportCsv';
import { removeLegacy, removeRaw, writeRaw } from './toolStorage';
import { useToolRestore } from './useToolRestore';
import { useToolShare } from './useToolShare';
import { useToolWorker, type SurveySpec } from './useToolWorker';

export interface ToolSpec<S, E, Request extends AnalysisRequest = AnalysisRequest, Result = unknown> {
  /** Tool id: the storage key and the id written into share links. */
  id: string;
  /** Current schema version (see lib/tool/envelope.ts). */
  version: number;
  /**
   * The zod schema of the current version, or a loader for it (`() => import('…/schema')…`): with
   * a loader, a page that starts empty ships no zod; it is fetched when there is a saved state or
   * a link to read.
   */
  schema: $ZodType<S> | (() => Promise<$ZodType<S>>);
  migrations?: Readonly<Record<number, Migration>>;
  legacy?: Migration;
  initialState: S;
  reduce(state: S, event: E): S;
  /** What a share link carries (within its size budget). */
  sharePayload(state: S): S;
  /** Links in the tool's own compact format instead of `sharePayload` (see lib/tool/share.ts). */
  shareCodec?: ShareCodec<S>;
  /** Read when the tool's own key is empty: where the pre-kernel page kept its state (the spec's `legacy` reads it); several keys arrive as one object. */
  legacyStorageKey?: string | readonly string[];
  /** Message after a share link opened (default: 已打开分享链接中的数据。). */
  sharedNotice?(state: S): string;
  /** The survey worker (import tools only). */
  survey?: SurveySpec<S, Request, Result>;
  /** Message when storage is full (default: says the share link still works; a tool without links says what to do instead). */
  storageFullText?: string;
}

export type { ShareLink, ToolMessage };

const storageKey = (id: string) => `jzfw:tool:${id}`;
const STORAGE_FULL = '浏览器的存储空间已满，刚才的输入没有保存（关闭页面后会丢失）；分享链接仍然可用。';

export function useTool<S, E, Request extends AnalysisRequest = AnalysisRequest, Result = unknown>(spec: ToolSpec<S, E, Request, Result>) {
  const { id, initialState, reduce, survey } = spec;
  const reducer = useMemo(() => kernelReducer<S, E, Request, Result>(reduce, survey), [reduce, survey]);
  const [kernel, dispatch] = useReducer(reducer, initialState, initialKernel);
  const worker = useToolWorker<S, E, Request, Result>(survey, kernel.tool, kernel.table, kernel.answeredTable, dispatch);

  useToolRestore(spec, storageKey(id), dispatch);
  const showError = useCallback((text: string) => dispatch({ kind: 'message', message: { kind: 'error', text } }), []);

  // Saved from the first change on. The untouched defaults are not written: they would make the
  // next visit fetch the reading code and draw the page twice, for nothing (and the trainer's
  // 恢复默认 leaves nothing behind).
  useEffect(() => {
    if (!kernel.restored || kernel.tool === initialState) return;
    if (writeRaw(storageKey(id), JSON.stringify(wrapState(spec.version, kernel.tool))) === 'full') showError(spec.storageFullText ?? STORAGE_FULL);
  }, [id, spec.version, spec.storageFullText, kernel.tool, kernel.restored, initialState, showError]);

  const send = useCallback((event: E) => dispatch({ kind: 'event', event }), []);
  const replace = useCallback((state: S, notice: string | null = null) => dispatch({ kind: 'replace', state, message: notice ? { kind: 'notice', text: notice } : null }), []);
  const { reset: resetWorker } = worker;
  const reset = useCallback(() => {
    removeRaw(storageKey(id));
    removeLegacy(spec.legacyStorageKey);
    if (survey) resetWorker();
    dispatch({ kind: 'replace', state: initialState, message: { kind: 'notice', text: '已恢复默认数据。' } });
  }, [id, initialState, spec.legacyStorageKey, survey, resetWorker]);
  const dismissMessage = useCallback(() => dispatch({ kind: 'message', message: null }), []);

  const publishShare = useToolShare(id, spec, kernel.tool, dispatch);

  const exportCsv = useCallback((fileName: string, rows: readonly (readonly CsvValue[])[]) => downloadCsv(fileName, rows), []);
  const exportPng = useCallback(async (svg: SVGSVGElement | null, fileName: string, title: string) => {
    // The PNG code loads on the first export: a page that never exports does not ship it.
    const { downloadSvgPng } = await import('./svgToPng');
    if (!svg || !(await downloadSvgPng(svg, fileName, { title }))) showError('这个浏览器无法生成图片，请改用截图。');
  }, [showError]);

  // The import panel draws a new table's preview after its first result (SurveyTable.tsx).
  const importer = useMemo(() => ({ ...worker, holdPreview: kernel.firstPending }), [worker, kernel.firstPending]);

  return { state: kernel.tool, restored: kernel.restored, message: kernel.message, share: kernel.share, send, replace, reset, dismissMessage, showError, publishShare, exportCsv, exportPng, survey: importer };
}

export type Tool<S, E, Request extends AnalysisRequest = AnalysisRequest, Result = unknown> = ReturnType<typeof useTool<S, E, Request, Result>>;
