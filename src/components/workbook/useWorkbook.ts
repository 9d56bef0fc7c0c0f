/**
 * The workbook's hook: useTool (src/components/shared/useTool.ts, unchanged) over the device
 * state of src/lib/workbook, plus what the workbook needs on top: a first team created on first
 * use (so typing is never dropped), the current time on every change, and file download/import.
 */
import { useCallback, useEffect } from 'react';
// Direct module imports, not lib/workbook's index: the schemas (zod) load only to read something.
import { exportWorkbook, fileName } from '../../lib/workbook/file';
import type { Device, Workbook } from '../../lib/workbook/schema';
import { currentBook, initialDevice, reduce, TOOL_ID, WORKBOOK_VERSION, type Event } from '../../lib/workbook/state';
import { useTool, type ToolSpec } from '../shared/useTool';

/** A workbook has no share link: when storage is full, the team's file is what keeps the input. */
const STORAGE_FULL = '浏览器的存储空间已满，刚才的输入没有保存，关闭或刷新页面后会丢失。';
const SPEC: ToolSpec<Device, Event> = {
  id: TOOL_ID,
  version: WORKBOOK_VERSION,
  schema: () => import('../../lib/workbook/schema').then((module) => module.deviceSchema),
  initialState: initialDevice,
  reduce,
  sharePayload: (device) => device,
  storageFullText: STORAGE_FULL,
};

export const newId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
export const now = () => new Date().toISOString();

/** Saves text as a file through a temporary link (no server involved). */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useWorkbook() {
  const tool = useTool(SPEC);
  const { restored, state, send } = tool;
  useEffect(() => {
    if (restored && state.books.length === 0) send({ type: 'create', id: newId(), team: '第一组', now: now() });
    else if (restored && !currentBook(state) && state.books[0]) send({ type: 'switch', id: state.books[0].id });
  }, [restored, state, send]);

  const book = currentBook(tool.state);
  const exportBook = useCallback((target: Workbook | undefined = book) => {
    if (target) download(fileName(target), exportWorkbook(target));
  }, [book]);

  /** Reads picked files; every workbook in them is added (or replaces the same team's copy). */
  const importFiles = useCallback(async (files: FileList | File[]) => {
    // Copied before the first await: the picker's FileList empties when its input is reset.
    const picked = Array.from(files);
    const messages: string[] = [];
    let count = 0;
    let read: typeof import('../../lib/workbook/read');
    try {
      read = await import('../../lib/workbook/read');
    } catch {
      return { count, messages: ['读取文件所需的程序未能加载，请检查网络后刷新页面再试。'] };
    }
    for (const file of picked) {
      const result = read.parseWorkbookFile(await file.text(), file.name);
      if (!result.ok) messages.push(result.message);
      else for (const imported of result.books) { send({ type: 'import', book: imported }); count += 1; }
    }
    return { count, messages };
  }, [send]);

  return { ...tool, book, exportBook, importFiles };
}

export type WorkbookTool = ReturnType<typeof useWorkbook>;
