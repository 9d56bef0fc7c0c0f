/**
 * Autosave of the open map: 300 ms after the last change, and at once when the tab is hidden or
 * closed (visibilitychange/pagehide), so a tab closed mid-edit keeps the last state. Card text
 * being typed is a draft (draft.ts) until a pause: a save includes it, and clears the draft once
 * the stored map holds that text.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { reduceMap, type JourneyMap } from '../../lib/journey';
import { clearDraft, readDraft } from './draft';
import { saveMap, type StoreResult, type StoredMap } from './mapStore';

const SAVE_DELAY_MS = 300;

export interface Autosave {
  /** Writes the open map now if it changed since the last write (before another map opens, when the tab closes). */
  flush(): Promise<void>;
  /** Records a map as what storage holds (just read from it, or just written to it). */
  markSaved(map: JourneyMap): void;
  /** The last map written to storage; the open map differs from it while a change waits. */
  lastSaved: JourneyMap | null;
}

/** The map with a typed draft of one of its cards applied, or the same map. */
export function withDraft(map: JourneyMap): JourneyMap {
  const draft = readDraft();
  if (!draft || draft.mapId !== map.id) return map;
  return reduceMap(map, { type: 'editCard', cardId: draft.cardId, text: draft.text });
}

/**
 * @param present the open map as rendered
 * @param presentRef the same, for the stable flush
 * @param setMaps the device's list, updated with each write
 * @param reportStore turns a failed write into a message
 */
export function useAutosave(
  present: JourneyMap | null,
  presentRef: RefObject<JourneyMap | null>,
  setMaps: Dispatch<SetStateAction<StoredMap[]>>,
  reportStore: (result: StoreResult) => StoreResult,
): Autosave {
  const [lastSaved, setLastSaved] = useState<JourneyMap | null>(null);
  const saved = useRef<JourneyMap | null>(null);
  const pending = useRef<JourneyMap | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const markSaved = useCallback((map: JourneyMap) => {
    saved.current = map;
    setLastSaved(map);
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
      markSaved(map);
      const draft = readDraft();
      if (draft && draft.mapId === map.id && map.cards.find((card) => card.id === draft.cardId)?.text === draft.text) clearDraft();
    }
    setMaps((list) => [{ map, savedAt }, ...list.filter((item) => item.map.id !== map.id)]);
  }, [presentRef, reportStore, markSaved, setMaps]);

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

  return { flush, markSaved, lastSaved };
}
