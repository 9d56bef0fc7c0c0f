/**
 * useState that survives a reload: the value is kept in localStorage under a versioned key
 * (`jzfw:<key>:v<version>`). Bump the version when the shape changes; old entries are
 * ignored. Corrupt or foreign entries, private-mode storage errors and quota errors fall back
 * to the initial value silently. The stored value is read after hydration (server HTML shows
 * the initial value), so `restored` tells when the stored value has been applied.
 *
 *   const [counts, setCounts, { reset }] = usePersistentState('nps:counts', zeros, { version: 1, validate: isCounts });
 */
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

export interface PersistentStateOptions<T> {
  /** Schema version of the stored value. */
  version: number;
  /** Shape check for what was stored; return false (or throw) to ignore it. */
  validate?: (value: unknown) => value is T;
  /** Skip writing while this is false (e.g. until a share link was handled). Default true. */
  enabled?: boolean;
}

export interface PersistentStateControls {
  /** Back to the initial value and remove the stored entry. */
  reset(): void;
  /** True once the stored value (if any) was read. */
  restored: boolean;
}

const PREFIX = 'jzfw';

/** The localStorage key for a state key and version. */
export function storageKey(key: string, version: number): string {
  return `${PREFIX}:${key}:v${version}`;
}

/** Reads a stored value; undefined when absent, corrupt, invalid or storage is unavailable. */
export function readStored<T>(key: string, version: number, validate?: (value: unknown) => value is T): T | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey(key, version));
    if (raw === null || raw === undefined) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (validate && !validate(parsed)) return undefined;
    return parsed as T;
  } catch {
    return undefined;
  }
}

/** Writes a value; false when storage is unavailable or full. */
export function writeStored(key: string, version: number, value: unknown): boolean {
  try {
    if (!globalThis.localStorage) return false;
    globalThis.localStorage.setItem(storageKey(key, version), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string, version: number): void {
  try {
    globalThis.localStorage?.removeItem(storageKey(key, version));
  } catch {
    // Storage unavailable: nothing to remove.
  }
}

export function usePersistentState<T>(
  key: string,
  initial: T | (() => T),
  options: PersistentStateOptions<T>,
): [T, Dispatch<SetStateAction<T>>, PersistentStateControls] {
  const { version, validate, enabled = true } = options;
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const initialRef = useRef(initial);
  const validateRef = useRef(validate);
  validateRef.current = validate;

  useEffect(() => {
    const stored = readStored<T>(key, version, validateRef.current);
    if (stored !== undefined) setValue(stored);
    setRestored(true);
  }, [key, version]);

  useEffect(() => {
    if (!restored || !enabled) return;
    writeStored(key, version, value);
  }, [key, version, value, restored, enabled]);

  const reset = useCallback(() => {
    const initialValue = initialRef.current;
    removeStored(key, version);
    setValue(typeof initialValue === 'function' ? (initialValue as () => T)() : initialValue);
  }, [key, version]);

  return [value, setValue, { reset, restored }];
}
