/**
 * Keeps `ref.current` equal to what the latest render saw, for functions that stay the same object
 * (event handlers, timers, worker and feed callbacks) but must read the current props or state.
 *
 * It is set in a layout effect, as the render commits. Preact runs passive effects after the next
 * frame, so with one an event arriving first would read the value from before, and the late effect
 * could then write that older value over a newer one the handler had set itself (the 双图 card
 * editor lost its last typed character this way). React flushed passive effects before the next
 * event, which hid the difference while the islands ran on React.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useSyncRef<T>(ref: RefObject<T>, value: T): void {
  useLayoutEffect(() => {
    ref.current = value;
  });
}
