/**
 * The studio's first map, opened once after hydration: a share link (`#map=…`) or a template
 * link from a lecture (`?template=hotel`) wins over the map opened last on this device; a device
 * with no map gets the hotel example. Either link is then taken out of the address, so a reload
 * reopens the saved copy instead of making another.
 */
import { startTransition, useEffect, type Dispatch, type SetStateAction } from 'react';
import { decodeMapLink, isTemplateId, type JourneyMap } from '../../lib/journey';
import { lastOpened, listMaps, newId, newMap, type StoreResult, type StoredMap } from './mapStore';
import type { StudioMessage } from './studioMessage';

export interface RestoreTargets {
  setMaps: Dispatch<SetStateAction<StoredMap[]>>;
  setMessage: (message: StudioMessage | null) => void;
  setRestored: (restored: boolean) => void;
  reportStore: (result: StoreResult) => StoreResult;
  /** Opens a stored map. */
  load: (map: JourneyMap) => void;
  /** Stores a new map and opens it. */
  addAndOpen: (map: JourneyMap) => Promise<void>;
}

export function useStudioRestore({ setMaps, setMessage, setRestored, reportStore, load, addAndOpen }: RestoreTargets): void {
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
        opened = newMap(template);
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
          else void addAndOpen(newMap('hotel'));
        }
        setRestored(true);
      });
    })();
    return () => {
      cancelled = true;
    };
    // Runs once: every function it gets is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
