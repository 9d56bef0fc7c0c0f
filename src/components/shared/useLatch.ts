/**
 * True from the first render in which `condition` holds, and from then on, whatever `condition`
 * does later. A tool uses it to know that its state has left the server-rendered defaults
 * (./StaticUntilLive.tsx): a reset back to the defaults must not make that true again.
 */
import { useState } from 'react';

export function useLatch(condition: boolean): boolean {
  const [latched, setLatched] = useState(condition);
  // Derived state, set during render as React documents for "storing information from previous
  // renders": the render that sees the condition already returns true.
  if (condition && !latched) setLatched(true);
  return latched || condition;
}
