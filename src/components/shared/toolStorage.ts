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
