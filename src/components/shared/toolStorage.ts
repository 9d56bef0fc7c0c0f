/** localStorage calls for useTool that never throw: private mode and a full quota are results, not errors. */

export function readRaw(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** 'full' when the quota is exceeded; storage that is switched off (private mode) is ignored silently. */
export function writeRaw(key: string, value: string): 'ok' | 'full' | 'unavailable' {
  try {
    if (!globalThis.localStorage) return 'unavailable';
    globalThis.localStorage.setItem(key, value);
    return 'ok';
  } catch (error) {
    return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22) ? 'full' : 'unavailable';
  }
}

export function removeRaw(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // Storage unavailable: nothing to remove.
  }
}

/**
 * What a page stored before the kernel: one key as it is, or several keys gathered into one JSON
 * object `{ key: value }` (values parsed; unreadable ones null) for the tool's `legacy` reader.
 */
export function readLegacyRaw(keys: string | readonly string[] | undefined): string | null {
  if (keys === undefined) return null;
  if (typeof keys === 'string') return readRaw(keys);
  const entries = keys.map((key) => [key, readRaw(key)] as const);
  if (entries.every(([, raw]) => raw === null)) return null;
  const parse = (raw: string | null): unknown => {
    try {
      return raw === null ? null : JSON.parse(raw);
    } catch {
      return null;
    }
  };
  return JSON.stringify(Object.fromEntries(entries.map(([key, raw]) => [key, parse(raw)])));
}

export function removeLegacy(keys: string | readonly string[] | undefined): void {
  for (const key of typeof keys === 'string' ? [keys] : keys ?? []) removeRaw(key);
}
