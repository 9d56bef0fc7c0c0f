/**
 * Where the maps live: IndexedDB (one database, one record per map) through idb-keyval (about
 * 0.6 KB gzip). Not localStorage, which the other tools use for their one small state each:
 * a team keeps several maps, a 540-card map is ~100 KB of JSON, localStorage's ~5 MB is shared
 * with every tool of the site, and its writes block the main thread on every autosave while
 * IndexedDB's do not. Every call resolves (never throws): a full disk or a browser without
 * IndexedDB (some private modes) is a result the page turns into a message with an export offer.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { mapFromTemplate, readMap, SCHEMA_VERSION, type JourneyMap, type TemplateId } from '../../lib/journey';
import { wrapState } from '../../lib/tool/wrap';

export type StoreResult = 'ok' | 'full' | 'unavailable';

export interface StoredMap {
  map: JourneyMap;
  savedAt: number;
}

let store: UseStore | null | undefined;
function open(): UseStore | null {
  if (store === undefined) {
    try {
      store = typeof indexedDB === 'undefined' ? null : createStore('jzfw-journey', 'maps');
    } catch {
      store = null;
    }
  }
  return store;
}

function failure(error: unknown): StoreResult {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22) ? 'full' : 'unavailable';
}

/** Every readable map, newest first, and how many records could not be read. */
export async function listMaps(): Promise<{ maps: StoredMap[]; unreadable: number; status: StoreResult }> {
  const target = open();
  if (!target) return { maps: [], unreadable: 0, status: 'unavailable' };
  try {
    const rows = await entries<string, { savedAt?: number; v: number; s: unknown }>(target);
    const maps: StoredMap[] = [];
    let unreadable = 0;
    for (const [, value] of rows) {
      const result = readMap({ v: value?.v, s: value?.s });
      if (result.ok) maps.push({ map: result.map, savedAt: typeof value.savedAt === 'number' ? value.savedAt : 0 });
      else unreadable += 1;
    }
    maps.sort((a, b) => b.savedAt - a.savedAt);
    return { maps, unreadable, status: 'ok' };
  } catch (error) {
    return { maps: [], unreadable: 0, status: failure(error) };
  }
}

export async function saveMap(map: JourneyMap, savedAt = Date.now()): Promise<StoreResult> {
  const target = open();
  if (!target) return 'unavailable';
  try {
    await set(map.id, { ...wrapState(SCHEMA_VERSION, map), savedAt }, target);
    return 'ok';
  } catch (error) {
    return failure(error);
  }
}

export async function deleteMap(id: string): Promise<StoreResult> {
  const target = open();
  if (!target) return 'unavailable';
  try {
    await del(id, target);
    return 'ok';
  } catch (error) {
    return failure(error);
  }
}

/** A fresh id for a map, stage, lane or card. */
export function newId(prefix: string): string {
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
  return `${prefix}${Date.now().toString(36)}${random}`;
}

/** A new map from a template, with a fresh id and today's date. */
export function newMap(template: TemplateId): JourneyMap {
  return mapFromTemplate(template, newId('m'), new Date().toISOString().slice(0, 10));
}

const LAST_KEY = 'jzfw:journey:last';

/** Remembers which map was opened last (only a convenience: it opens first next time). */
export function rememberOpened(id: string): void {
  try {
    localStorage.setItem(LAST_KEY, id);
  } catch {
    // Storage off or full: the newest map opens instead.
  }
}

/** The id of the map opened last on this device, if storage allows. */
export function lastOpened(): string | null {
  try {
    return localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}
