import { startTransition, useEffect, useState } from 'react';

/** Stage columns rendered in the first paint: those that fit the window, plus one. */
function firstStages(): number {
  const width = typeof window === 'undefined' ? 1280 : window.innerWidth;
  return Math.max(4, Math.ceil(width / 200) + 1);
}
const STAGES_PER_STEP = 4;

/** How many stage columns have cards rendered: all of them soon after a map opens. */
export function useShownStages(mapId: string, total: number): number {
  const [state, setState] = useState(() => ({ mapId, shown: firstStages() }));
  let shown = state.shown;
  if (state.mapId !== mapId) {
    shown = firstStages();
    setState({ mapId, shown });
  }
  useEffect(() => {
    if (shown >= total) return;
    let timer: number | undefined;
    // After the browser has painted the first columns, in a low-priority (interruptible) render.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setState((current) => ({ ...current, shown: current.shown + STAGES_PER_STEP >= total ? Number.POSITIVE_INFINITY : current.shown + STAGES_PER_STEP }))));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [shown, total]);
  return shown;
}
