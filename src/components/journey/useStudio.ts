/**
 * The studio's state outside the pure map model: the list of maps on this device (IndexedDB,
 * mapStore.ts), the open map's undo history (src/lib/journey/history.ts), autosave, messages,
 * and the ways a map arrives: a template from the lecture's link (`?template=hotel`), a share
 * link (`#map=…`), an imported file. The views only read this and call its functions.
 *
 * Autosave: 300 ms after the last change, and at once when the tab is hidden or closed
 * (visibilitychange/pagehide), so a tab closed mid-edit keeps the last state. Card text being
 * typed is a draft (draft.ts) until a pause: a save includes it, and a draft a reload left
 * behind is applied when its map opens.
 */
import { startTransition, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { decodeMapLink, isTemplateId, mapFromTemplate, readMapFile, reduceHistory, reduceMap, startHistory, type History, type HistoryEvent, type JourneyMap, type TemplateId } from '../../lib/journey';
import { clearDraft, readDraft, useDrafting } from './draft';
import { deleteMap, listMaps, newId, saveMap, type StoreResult, type StoredMap } from './mapStore';
import { useSyncRef } from '../shared/useSyncRef';

export interface StudioMessage {
  kind: 'notice' | 'error';
  text: string;
  /** A button offered with the message. */
  action?: 'export' | 'undoDelete' | 'undo';
  /** Where it is shown: 'lanes' in the lane panel (where the lane was deleted); by default at the top. */
  at?: 'lanes';
}

const LAST_KEY = 'jzfw:journey:last';
const SAVE_DELAY_MS = 300;

const STORE_TEXT: Readonly<Record<Exclude<StoreResult, 'ok'>, string>> = {
  full: '浏览器的存储空间已满，最近的修改没有保存。请立即导出 JSON 文件保存这张地图，再删除不需要的地图。',
  unavailable: '这个浏览器不能在本机保存地图（可能处于隐私浏览模式）。关闭页面前请导出 JSON 文件。',
};

const today = () => new Date().toISOString().slice(0, 10);

function remember(id: string) {
  try {
    localStorage.setItem(LAST_KEY, id);
  } catch {
    // Only a convenience (which map opens next time).
  }
}
function lastOpened(): string | null {
  try {
    return localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}

/** The map with a typed draft of one of its cards applied, or the same map. */
function withDraft(map: JourneyMap): JourneyMap {
  const draft = readDraft();
  if (!draft || draft.mapId !== map.id) return map;
  return reduceMap(map, { type: 'editCard', cardId: draft.cardId, text: draft.text });
}

function historyReducer(state: History | null, event: HistoryEvent | { type: 'close' }): History | null {
  if (event.type === 'close') return null;
  if (event.type === 'load') return startHistory(event.map);
  return state ? reduceHistory(state, event) : state;
}

export function useStudio() {
  const [history, dispatch] = useReducer(historyReducer, null);
  const [maps, setMaps] = useState<StoredMap[]>([]);
  const [restored, setRestored] = useState(false);
  const [message, setMessage] = useState<StudioMessage | null>(null);
  const [deleted, setDeleted] = useState<JourneyMap | null>(null);
  /** The last map written to storage (the open map differs from it while a change waits for autosave). */
  const [lastSaved, setLastSaved] = useState<JourneyMap | null>(null);
  const present = history?.present ?? null;
  const saved = useRef<JourneyMap | null>(null);
  const pending = useRef<JourneyMap | null>(null);
  const timer = useRef<number | undefined>(undefined);
  // The open map and the list as last rendered, for the functions below (which stay the same
  // objects, so the memoised views that get them do not render again on every edit).
  const presentRef = useRef<JourneyMap | null>(null);
  const mapsRef = useRef<StoredMap[]>([]);
  const drafting = useDrafting();
  useSyncRef(presentRef, present);
  useSyncRef(mapsRef, maps);

  const reportStore = useCallback((result: StoreResult) => {
    if (result !== 'ok') setMessage({ kind: 'error', text: STORE_TEXT[result], action: 'export' });
    return result;
  }, []);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    // Text still being typed is saved too (the tab may be closing).
    const open = pending.current ?? presentRef.current;
    const map = open ? withDraft(open) : null;
    if (!map || (!pending.current && map === open)) return;
    pending.current = null;
    const savedAt = Date.now();
    if (reportStore(await saveMap(map, savedAt)) === 'ok') {
      saved.current = map;
      setLastSaved(map);
      const draft = readDraft();
      if (draft && draft.mapId === map.id && map.cards.find((card) => card.id === draft.cardId)?.text === draft.text) clearDraft();
    }
    setMaps((list) => [{ map, savedAt }, ...list.filter((item) => item.map.id !== map.id)]);
  }, [reportStore]);

  const load = useCallback((map: JourneyMap) => {
    saved.current = map;
    setLastSaved(map);
    remember(map.id);
    dispatch({ type: 'load', map });
    // Text typed just before a reload or a closed tab: applied as an edit (undo takes it back).
    const draft = readDraft();
    if (draft && draft.mapId === map.id) dispatch({ type: 'editCard', cardId: draft.cardId, text: draft.text });
  }, []);

  /** Saves a map that is not the open one yet (new, duplicated, imported) and opens it. */
  const addAndOpen = useCallback(
    async (map: JourneyMap) => {
      await flush();
      // Open at once; the write follows (IndexedDB can be slow on a busy device).
      load(map);
      const savedAt = Date.now();
      setMaps((list) => [{ map, savedAt }, ...list.filter((item) => item.map.id !== map.id)]);
      reportStore(await saveMap(map, savedAt));
    },
    [flush, load, reportStore],
  );

  // Restore once after hydration: a share link or a template link wins over the last map.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const listed = await listMaps();
      if (cancelled) return;
      if (listed.status !== 'ok') reportStore(listed.status);
      else if (listed.unreadable > 0) setMessage({ kind: 'error', text: `有 ${listed.unreadable} 张保存的地图无法读取（可能来自更新版本的网站），已跳过。` });
      setMaps(listed.maps);
      const url = new URL(window.location.href);
      const template = url.searchParams.get('template');
      const fromLink = await decodeMapLink(url.hash);
      if (cancelled) return;
      let opened: JourneyMap | null = null;
      if (fromLink.ok) {
        opened = { ...fromLink.map, id: newId('m') };
        setMessage({ kind: 'notice', text: `已打开分享链接中的地图“${opened.title}”，并另存在本机。` });
      } else if (!('empty' in fromLink)) {
        setMessage({ kind: 'error', text: fromLink.message });
      } else if (template && isTemplateId(template)) {
        opened = mapFromTemplate(template, newId('m'), today());
        setMessage({ kind: 'notice', text: `已按讲义示例新建地图“${opened.title}”。` });
      }
      if (template !== null || !('empty' in fromLink)) {
        url.searchParams.delete('template');
        window.history.replaceState(null, '', `${url.pathname}${url.search}`);
      }
      startTransition(() => {
        if (opened) {
          void addAndOpen(opened);
        } else {
          const last = lastOpened();
          const existing = listed.maps.find((item) => item.map.id === last) ?? listed.maps[0];
          if (existing) load(existing.map);
          else void addAndOpen(mapFromTemplate('hotel', newId('m'), today()));
        }
        setRestored(true);
      });
    })();
    return () => {
      cancelled = true;
    };
    // Runs once: every function above is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Autosave the open map.
  useEffect(() => {
    if (!present) return;
    if (present === saved.current) {
      // Back to what is stored (an undo within the autosave delay): the waiting save of the undone state must not run.
      pending.current = null;
      window.clearTimeout(timer.current);
      return;
    }
    pending.current = present;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [present, flush]);

  useEffect(() => {
    const now = () => void flush();
    const onHidden = () => document.visibilityState === 'hidden' && now();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', now);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', now);
    };
  }, [flush]);

  const send = useCallback((event: HistoryEvent) => dispatch(event), []);

  const create = useCallback((template: TemplateId) => addAndOpen(mapFromTemplate(template, newId('m'), today())), [addAndOpen]);

  const open = useCallback(
    async (id: string) => {
      await flush();
      const found = mapsRef.current.find((item) => item.map.id === id);
      if (found) load(found.map);
    },
    [flush, load],
  );

  const duplicate = useCallback(
    async (id: string) => {
      await flush();
      const present = presentRef.current;
      const source = id === present?.id ? present : mapsRef.current.find((item) => item.map.id === id)?.map;
      if (source) await addAndOpen({ ...source, id: newId('m'), title: `${source.title}（副本）` });
    },
    [addAndOpen, flush],
  );

  const rename = useCallback(
    async (id: string, title: string) => {
      if (id === presentRef.current?.id) {
        dispatch({ type: 'setMeta', field: 'title', value: title });
        return;
      }
      const found = mapsRef.current.find((item) => item.map.id === id);
      if (!found) return;
      const map = { ...found.map, title };
      reportStore(await saveMap(map, found.savedAt));
      setMaps((list) => list.map((item) => (item.map.id === id ? { ...item, map } : item)));
    },
    [reportStore],
  );

  const remove = useCallback(
    async (id: string) => {
      await flush();
      const present = presentRef.current;
      const target = id === present?.id ? present : mapsRef.current.find((item) => item.map.id === id)?.map;
      if (!target) return;
      reportStore(await deleteMap(id));
      const rest = mapsRef.current.filter((item) => item.map.id !== id);
      setMaps(rest);
      setDeleted(target);
      setMessage({ kind: 'notice', text: `已删除地图“${target.title}”。`, action: 'undoDelete' });
      if (id === present?.id) {
        const next = rest[0];
        if (next) load(next.map);
        else dispatch({ type: 'close' });
      }
    },
    [flush, load, reportStore],
  );

  const undoDelete = useCallback(async () => {
    if (!deleted) return;
    setDeleted(null);
    setMessage({ kind: 'notice', text: `已恢复地图“${deleted.title}”。` });
    await addAndOpen(deleted);
  }, [addAndOpen, deleted]);

  /** Imports a file's text; a bad file gives a message and changes nothing. */
  const importText = useCallback(
    async (text: string, fileName: string) => {
      const result = readMapFile(text);
      if (!result.ok) {
        setMessage({ kind: 'error', text: `“${fileName}”无法导入：${result.message}你的地图都没有改动。` });
        return false;
      }
      const clash = mapsRef.current.some((item) => item.map.id === result.map.id) || presentRef.current?.id === result.map.id;
      const map = clash ? { ...result.map, id: newId('m'), title: `${result.map.title}（导入）` } : result.map;
      await addAndOpen(map);
      setMessage({ kind: 'notice', text: `已导入地图“${map.title}”。` });
      return true;
    },
    [addAndOpen],
  );

  const dirty = present !== null && (present !== lastSaved || drafting);
  return { history, present, maps, restored, dirty, message, setMessage, send, create, open, duplicate, rename, remove, undoDelete, importText, flush };
}

export type Studio = ReturnType<typeof useStudio>;
