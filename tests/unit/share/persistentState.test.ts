import { afterEach, describe, expect, it } from 'vitest';
import { readStored, removeStored, storageKey, writeStored } from '../../../src/components/shared/usePersistentState';

/** A Map-backed stand-in for window.localStorage; `full` makes setItem throw like a quota error. */
function fakeStorage(initial: Record<string, string> = {}, full = false) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
}

const isCounts = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => Number.isInteger(item));

function install(storage: unknown): void {
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
}

afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('persistent state storage', () => {
  it('uses a versioned key', () => {
    expect(storageKey('nps:counts', 2)).toBe('jzfw:nps:counts:v2');
  });

  it('writes and reads back', () => {
    const storage = fakeStorage();
    install(storage);
    expect(writeStored('nps:counts', 1, [1, 2, 3])).toBe(true);
    expect(storage.data.get('jzfw:nps:counts:v1')).toBe('[1,2,3]');
    expect(readStored('nps:counts', 1, isCounts)).toEqual([1, 2, 3]);
    removeStored('nps:counts', 1);
    expect(readStored('nps:counts', 1, isCounts)).toBeUndefined();
  });

  it.each([
    ['corrupt JSON', { 'jzfw:k:v1': '{not json' }],
    ['the wrong shape', { 'jzfw:k:v1': '{"a":1}' }],
    ['only an older version', { 'jzfw:k:v0': '[1,2]' }],
    ['nothing stored', {}],
  ])('ignores %s', (_name, initial) => {
    install(fakeStorage(initial));
    expect(readStored('k', 1, isCounts)).toBeUndefined();
  });

  it('survives storage that throws (private mode, quota) or is missing', () => {
    install(fakeStorage({}, true));
    expect(writeStored('k', 1, [1])).toBe(false);
    install({ getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); }, removeItem: () => { throw new Error('SecurityError'); } });
    expect(readStored('k', 1, isCounts)).toBeUndefined();
    expect(writeStored('k', 1, [1])).toBe(false);
    expect(() => removeStored('k', 1)).not.toThrow();
    install(undefined);
    expect(readStored('k', 1)).toBeUndefined();
    expect(writeStored('k', 1, [1])).toBe(false);
  });
});
