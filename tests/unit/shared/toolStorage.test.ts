import { afterEach, describe, expect, it } from 'vitest';
import { readLegacyRaw, readRaw, removeLegacy, writeRaw } from '../../../src/components/shared/toolStorage';

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
const install = (storage: unknown) => Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('toolStorage', () => {
  it('writes, reads, and reports a full quota as a result, not a throw', () => {
    install(fakeStorage());
    expect(writeRaw('k', '1')).toBe('ok');
    expect(readRaw('k')).toBe('1');
    install(fakeStorage({}, true));
    expect(writeRaw('k', '1')).toBe('full');
  });

  it('without storage (private mode): nothing read, nothing thrown', () => {
    expect(readRaw('k')).toBeNull();
    expect(writeRaw('k', '1')).toBe('unavailable');
  });

  it('several legacy keys arrive as one object; an unreadable value is null; none stored is null', () => {
    const storage = fakeStorage({ a: '{"x":1}', b: '{broken' });
    install(storage);
    expect(JSON.parse(readLegacyRaw(['a', 'b', 'c'])!)).toEqual({ a: { x: 1 }, b: null, c: null });
    expect(readLegacyRaw(['c', 'd'])).toBeNull();
    expect(readLegacyRaw('a')).toBe('{"x":1}');
    removeLegacy(['a', 'b']);
    expect(storage.data.size).toBe(0);
  });
});
