/**
 * useTool's first step after hydration: what the page opens with. A share link in the address
 * wins over the saved state; a broken link or saved state falls back to the defaults with a
 * message. The reading code (zod, the tool's schema: src/lib/tool/read.ts) is fetched only when
 * there is a link or a saved state, so a first visit to an empty tool does not ship it.
 */
import { startTransition, useEffect, type Dispatch } from 'react';
import type { $ZodType } from 'zod/v4/core';
import type { KernelAction } from '../../lib/tool/kernel';
import { readLegacyRaw, readRaw } from './toolStorage';
import type { TablePreview } from '../../lib/import/types';
import type { AnalysisRequest } from '../../workers/host';
import type { ToolSpec } from './useTool';

const READER_FAILED = '保存的数据或分享链接未能读取（程序没有加载完整）。请检查网络后刷新页面，数据仍保存在本机。';

/** The schema itself, whether the spec gives it or a loader for it. */
async function loadSchema<S>(schema: ToolSpec<S, unknown>['schema']): Promise<$ZodType<S>> {
  return typeof schema === 'function' && !('_zod' in schema) ? (schema as () => Promise<$ZodType<S>>)() : (schema as $ZodType<S>);
}

export function useToolRestore<S, E, Request extends AnalysisRequest, Result>(
  spec: ToolSpec<S, E, Request, Result>,
  key: string,
  dispatch: Dispatch<KernelAction<S, E, Request, Result, TablePreview>>,
): void {
  // After hydration: a share link wins over saved inputs; a broken link falls back to the defaults.
  // The reading code (zod, the tool's schema) is fetched only when there is something to read.
  const { id, initialState } = spec;
  useEffect(() => {
    let active = true;
    const reader = async () => {
      const [read, schema] = await Promise.all([import('../../lib/tool/read'), loadSchema(spec.schema)]);
      return { read, spec: { ...spec, schema } };
    };
    const readLink = async (): Promise<boolean> => {
      if (window.location.hash.length <= 1) return false;
      const { read, spec: full } = await reader();
      const link = read.readToolLink(window.location.hash, id, full);
      if (!active) return true;
      if (!link.ok && link.empty) return false;
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
      // A transition: the first full render of the restored state yields to the browser instead
      // of blocking the main thread right after hydration (one long task on a slow phone).
      startTransition(() => {
        if (link.ok) dispatch({ kind: 'replace', state: link.value, message: { kind: 'notice', text: spec.sharedNotice?.(link.value) ?? '已打开分享链接中的数据。' }, restored: true });
        else dispatch({ kind: 'replace', state: initialState, message: { kind: 'error', text: link.message }, restored: true });
      });
      return true;
    };
    const restore = async () => {
      if (await readLink()) return;
      const raw = readRaw(key) ?? readLegacyRaw(spec.legacyStorageKey);
      if (raw === null) {
        dispatch({ kind: 'replace', state: initialState, message: null, restored: true });
        return;
      }
      const { read, spec: full } = await reader();
      if (!active) return;
      const stored = read.parseStored(raw, full);
      startTransition(() => {
        if (stored.ok) dispatch({ kind: 'replace', state: stored.value, message: null, restored: true });
        else dispatch({ kind: 'replace', state: initialState, message: stored.empty ? null : { kind: 'notice', text: `${stored.message}已改用默认数据。` }, restored: true });
      });
    };
    // The reading code did not arrive (offline, a stale page): say so, and leave `restored` unset
    // so nothing is saved over what is stored; a reload reads it.
    const failed = () => active && dispatch({ kind: 'message', message: { kind: 'error', text: READER_FAILED } });
    restore().catch(failed);
    const onHashChange = () => void readLink().catch(failed);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      active = false;
      window.removeEventListener('hashchange', onHashChange);
    };
    // Runs once per tool: the spec's schema and migrations are module constants.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
}
