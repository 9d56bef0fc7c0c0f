/**
 * Fetches lazy views (see LazyView.tsx) once `when` turns true, e.g. when a file starts loading, so
 * that they are here when its table or result is. A view that is not here when it is first shown
 * suspends until its chunk arrives (React, which the islands ran on before Preact, also held back
 * the reveal by about 300 ms: bench/run.mjs caught this on NPS).
 */
import { useEffect } from 'react';

export interface Prefetchable {
  prefetch(): Promise<unknown>;
}

/** @param views a module-level array (the same object on every render) */
export function usePrefetch(when: boolean, views: readonly Prefetchable[]): void {
  useEffect(() => {
    if (when) for (const view of views) void view.prefetch();
  }, [when, views]);
}
