/**
 * The studio's state outside the pure map model: the list of maps on this device (IndexedDB,
 * mapStore.ts), the open map's undo history (src/lib/journey/history.ts), messages, and the
 * hooks that act on them: autosave (useAutosave.ts), the first map after hydration from a
 * template link, a share link or the last map (useStudioRestore.ts), and the map list's actions
 * (useMapActions.ts). The views only read this and call its functions.
 */
import { useCallback, useReducer, useRef, useState } from 'react';
import { reduceHistory, startHistory, type History, type HistoryEvent, type JourneyMap } from '../../lib/journey';
import { useDrafting, readDraft } from './draft';
import { rememberOpened, saveMap, type StoreResult, type StoredMap } from './mapStore';
import { useAutosave } from './useAutosave';
import { useMapActions } from './useMapActions';
import { useStudioRestore } from './useStudioRestore';
import type { StudioMessage } from './studioMessage';
import { useSyncRef } from '../shared/useSyncRef';

const STORE_TEXT: Readonly<Record<Exclude<StoreResult, 'ok'>, string>> = {
  full: '浏览器的存储空间已满，最近的修改没有保存。请立即导出 JSON 文件保存这张地图，再删除不需要的地图。',
  unavailable: '这个浏览器不能在本机保存地图（可能处于隐私浏览模式）。关闭页面前请导出 JSON 文件。',
};

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
  const present = history?.present ?? null;
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

  const { flush, markSaved, lastSaved } = useAutosave(present, presentRef, setMaps, reportStore);

  const load = useCallback(
    (map: JourneyMap) => {
      markSaved(map);
      rememberOpened(map.id);
      dispatch({ type: 'load', map });
      // Text typed just before a reload or a closed tab: applied as an edit (undo takes it back).
      const draft = readDraft();
      if (draft && draft.mapId === map.id) dispatch({ type: 'editCard', cardId: draft.cardId, text: draft.text });
    },
    [markSaved],
  );

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

  useStudioRestore({ setMaps, setMessage, setRestored, reportStore, load, addAndOpen });
  const actions = useMapActions({ presentRef, mapsRef, setMaps, setMessage, dispatch, reportStore, flush, load, addAndOpen });
  const send = useCallback((event: HistoryEvent) => dispatch(event), []);

  const dirty = present !== null && (present !== lastSaved || drafting);
  return { history, present, maps, restored, dirty, message, setMessage, send, ...actions, flush };
}

export type Studio = ReturnType<typeof useStudio>;
