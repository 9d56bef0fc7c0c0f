/**
 * What the map list does: create, open, duplicate, rename, delete (with one undo) and import a
 * file. Each writes the open map first (flush), so no edit is lost when another map opens.
 */
import { useCallback, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { readMapFile, type HistoryEvent, type JourneyMap, type TemplateId } from '../../lib/journey';
import { deleteMap, newId, newMap, saveMap, type StoreResult, type StoredMap } from './mapStore';
import type { StudioMessage } from './studioMessage';

export interface MapActionContext {
  presentRef: RefObject<JourneyMap | null>;
  mapsRef: RefObject<StoredMap[]>;
  setMaps: Dispatch<SetStateAction<StoredMap[]>>;
  setMessage: (message: StudioMessage | null) => void;
  dispatch: (event: HistoryEvent | { type: 'close' }) => void;
  reportStore: (result: StoreResult) => StoreResult;
  flush: () => Promise<void>;
  load: (map: JourneyMap) => void;
  addAndOpen: (map: JourneyMap) => Promise<void>;
}

export function useMapActions({ presentRef, mapsRef, setMaps, setMessage, dispatch, reportStore, flush, load, addAndOpen }: MapActionContext) {
  const [deleted, setDeleted] = useState<JourneyMap | null>(null);

  const create = useCallback((template: TemplateId) => addAndOpen(newMap(template)), [addAndOpen]);

  const open = useCallback(
    async (id: string) => {
      await flush();
      const found = mapsRef.current.find((item) => item.map.id === id);
      if (found) load(found.map);
    },
    [flush, load, mapsRef],
  );

  const duplicate = useCallback(
    async (id: string) => {
      await flush();
      const present = presentRef.current;
      const source = id === present?.id ? present : mapsRef.current.find((item) => item.map.id === id)?.map;
      if (source) await addAndOpen({ ...source, id: newId('m'), title: `${source.title}（副本）` });
    },
    [addAndOpen, flush, presentRef, mapsRef],
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
    [dispatch, presentRef, mapsRef, reportStore, setMaps],
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
    [flush, load, dispatch, presentRef, mapsRef, reportStore, setMaps, setMessage],
  );

  const undoDelete = useCallback(async () => {
    if (!deleted) return;
    setDeleted(null);
    setMessage({ kind: 'notice', text: `已恢复地图“${deleted.title}”。` });
    await addAndOpen(deleted);
  }, [addAndOpen, deleted, setMessage]);

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
    [addAndOpen, presentRef, mapsRef, setMessage],
  );

  return { create, open, duplicate, rename, remove, undoDelete, importText };
}
