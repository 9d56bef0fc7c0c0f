/**
 * The one hook every tool runs on. It owns a useReducer over the tool's pure reducer and, around
 * it, what every tool needs the same way: persistence (localStorage, versioned and migrated, a
 * full storage gives a message instead of a throw), the share link (read once the island has
 * hydrated and on every `hashchange`; written on demand), one message slot, loading example data,
 * reset, and exports. The maths stays in `src/lib/<tool>/state.ts`; views get `state`, `send`
 * and the rest as props and only render and dispatch.
 *
 *   const tool = useTool({ id: TOOL_ID, ...versioned, initialState, reduce, sharePayload });
 *   tool.send({ type: 'setField', key: 'customers', value: '20000' });
 *
 * Seam for survey tools (issue 13, not built here): a spec will add `analyse(state)` returning a
 * worker request or null. The hook will then give each request a rising id, post it to the
 * worker when the state asks for one (debounced), and dispatch `{ kind: 'result', id, result }`;
 * the kernel reducer keeps a result only while its id is the latest, and `replace` (reset, a new
 * file, a share link) bumps the id, so a late answer can never land on a newer state.
 */
import { useCallback, useEffect, useReducer } from 'react';
import { decodeToolShare, parseStored, toolShareUrl, wrapState, type VersionedSchema } from '../../lib/tool';
import { downloadCsv, type CsvValue } from './exportCsv';
import { downloadSvgPng } from './svgToPng';
import { readRaw, removeRaw, writeRaw } from './toolStorage';

export interface ToolSpec<S, E> extends VersionedSchema<S> {
  /** Tool id: the storage key and the id written into share links. */
  id: string;
  initialState: S;
  reduce(state: S, event: E): S;
  /** What a share link carries (within its size budget). */
  sharePayload(state: S): S;
}

export type ToolMessage = { kind: 'error' | 'notice'; text: string } | null;
export interface ShareLink { url: string; copied: boolean }

interface Kernel<S> { tool: S; restored: boolean; message: ToolMessage; share: ShareLink | null }
type Action<S, E> =
  | { kind: 'event'; event: E }
  | { kind: 'replace'; state: S; message: ToolMessage; restored?: boolean }
  | { kind: 'message'; message: ToolMessage }
  | { kind: 'share'; share: ShareLink | null };

const storageKey = (id: string) => `jzfw:tool:${id}`;
const STORAGE_FULL = '浏览器的存储空间已满，刚才的输入没有保存（关闭页面后会丢失）；分享链接仍然可用。';

export function useTool<S, E>(spec: ToolSpec<S, E>) {
  const { id, initialState, reduce } = spec;
  const [kernel, dispatch] = useReducer(
    (current: Kernel<S>, action: Action<S, E>): Kernel<S> => {
      switch (action.kind) {
        case 'event': return { ...current, tool: reduce(current.tool, action.event), share: null };
        case 'replace': return { ...current, tool: action.state, message: action.message, share: null, restored: action.restored ?? current.restored };
        case 'message': return { ...current, message: action.message };
        case 'share': return { ...current, share: action.share };
      }
    },
    { tool: initialState, restored: false, message: null, share: null },
  );

  // After hydration: a share link wins over saved inputs; a broken link falls back to the defaults.
  useEffect(() => {
    const readLink = () => {
      const link = decodeToolShare(window.location.hash, id, spec);
      if (!link.ok && link.empty) return false;
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
      if (link.ok) dispatch({ kind: 'replace', state: link.value, message: { kind: 'notice', text: '已打开分享链接中的数据。' }, restored: true });
      else dispatch({ kind: 'replace', state: initialState, message: { kind: 'error', text: link.message }, restored: true });
      return true;
    };
    if (!readLink()) {
      const stored = parseStored(readRaw(storageKey(id)), spec);
      if (stored.ok) dispatch({ kind: 'replace', state: stored.value, message: null, restored: true });
      else dispatch({ kind: 'replace', state: initialState, message: stored.empty ? null : { kind: 'notice', text: `${stored.message}已改用默认数据。` }, restored: true });
    }
    const onHashChange = () => readLink();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
    // Runs once per tool: the spec's schema and migrations are module constants.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  useEffect(() => {
    if (!kernel.restored) return;
    if (writeRaw(storageKey(id), JSON.stringify(wrapState(spec.version, kernel.tool))) === 'full') dispatch({ kind: 'message', message: { kind: 'error', text: STORAGE_FULL } });
  }, [id, spec.version, kernel.tool, kernel.restored]);

  const send = useCallback((event: E) => dispatch({ kind: 'event', event }), []);
  const replace = useCallback((state: S, notice: string | null = null) => dispatch({ kind: 'replace', state, message: notice ? { kind: 'notice', text: notice } : null }), []);
  const reset = useCallback(() => {
    removeRaw(storageKey(id));
    dispatch({ kind: 'replace', state: initialState, message: { kind: 'notice', text: '已恢复默认数据。' } });
  }, [id, initialState]);
  const dismissMessage = useCallback(() => dispatch({ kind: 'message', message: null }), []);

  const publishShare = useCallback(async () => {
    const url = toolShareUrl(window.location.href, id, spec, spec.sharePayload(kernel.tool));
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard permission (or not a secure context): the link is shown for copying by hand.
    }
    dispatch({ kind: 'share', share: { url, copied } });
  }, [id, spec, kernel.tool]);

  const exportCsv = useCallback((fileName: string, rows: readonly (readonly CsvValue[])[]) => downloadCsv(fileName, rows), []);
  const exportPng = useCallback(async (svg: SVGSVGElement | null, fileName: string, title: string) => {
    if (!svg || !(await downloadSvgPng(svg, fileName, { title }))) dispatch({ kind: 'message', message: { kind: 'error', text: '这个浏览器无法生成图片，请改用截图。' } });
  }, []);

  return { state: kernel.tool, restored: kernel.restored, message: kernel.message, share: kernel.share, send, replace, reset, dismissMessage, publishShare, exportCsv, exportPng };
}

export type Tool<S, E> = ReturnType<typeof useTool<S, E>>;
