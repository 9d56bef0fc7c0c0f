/**
 * Which preview the import panel draws now (SurveyTable.tsx). A new table is drawn after the frame
 * that paints the render it arrived with; one whose first analysis is still running (`held`: the
 * kernel's `firstPending`, src/lib/tool/kernel.ts) after the frame that paints that analysis's
 * result, or after `limitMs`, whichever comes first.
 *
 * Why: the preview (up to 21 rows × 41 columns) is the largest thing an import adds to the page.
 * In a Chromium trace of bench/scenarios/servqual.mjs its style, layout and paint took 140 ms on a
 * busy 2-CPU machine, and the result, computed by the worker meanwhile, waited behind it. A table
 * that arrives with its result (the worker's foresight, src/workers/host.ts) would otherwise be
 * drawn in the same render as that result, and hold it back the same way.
 */
import { useEffect, useState } from 'react';

/** Longest wait for the first result before the preview is drawn anyway (ms). */
export const PREVIEW_HOLD_LIMIT_MS = 400;

export function useReleasedPreview<P>(preview: P, held: boolean, limitMs = PREVIEW_HOLD_LIMIT_MS): P | null {
  /** The last preview released after its wait. */
  const [released, setReleased] = useState<P | null>(null);
  const waiting = released !== preview;

  useEffect(() => {
    if (!waiting) return;
    if (held) {
      const timer = setTimeout(() => setReleased(preview), limitMs);
      return () => clearTimeout(timer);
    }
    // Nothing (more) to wait for: draw the table after the frame that paints this render.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReleased(preview), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [waiting, held, preview, limitMs]);

  return waiting ? null : preview;
}
