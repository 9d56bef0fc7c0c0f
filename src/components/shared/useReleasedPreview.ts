/**
 * Which preview the import panel draws now (SurveyTable.tsx). A new table whose first analysis is
 * still running (`held`: the kernel's `firstPending`, src/lib/tool/kernel.ts) is drawn once that
 * analysis's result has been painted, or after `limitMs`, whichever comes first; a table that
 * nothing waits for is drawn at once.
 *
 * Why: the preview (up to 21 rows × 41 columns) is the largest thing an import adds to the page.
 * In a Chromium trace of bench/scenarios/servqual.mjs its style, layout and paint took 140 ms on a
 * busy 2-CPU machine, and the result, computed by the worker meanwhile, waited behind it.
 */
import { useEffect, useState } from 'react';

/** Longest wait for the first result before the preview is drawn anyway (ms). */
export const PREVIEW_HOLD_LIMIT_MS = 400;

export function useReleasedPreview<P>(preview: P, held: boolean, limitMs = PREVIEW_HOLD_LIMIT_MS): P | null {
  /** The last preview that had to wait. */
  const [heldPreview, setHeldPreview] = useState<P | null>(held ? preview : null);
  /** The last preview released after its wait. */
  const [released, setReleased] = useState<P | null>(null);
  // Derived from the props during render (React's "storing information from previous renders").
  if (held && heldPreview !== preview) setHeldPreview(preview);
  const waiting = (held || heldPreview === preview) && released !== preview;

  useEffect(() => {
    if (!waiting) return;
    if (held) {
      const timer = setTimeout(() => setReleased(preview), limitMs);
      return () => clearTimeout(timer);
    }
    // The answer is in: draw the table after the frame that paints the result.
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
