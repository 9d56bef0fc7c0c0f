/**
 * The card text being typed, before it reaches the map. Each keystroke stays in the card's own
 * text box (no reducer event, no grid render); the text goes into the map as one `editCard`
 * after a pause, on blur, on Escape or when the editor closes (CardActions.tsx). Meanwhile every
 * keystroke is also copied here and, synchronously, to localStorage (a few hundred bytes), so a
 * reload or a closed tab right after typing loses nothing: useStudio applies a left-over draft
 * when it opens that map, and clears it once a save holds the text.
 */
import { useSyncExternalStore } from 'react';
import { readCardDraft, type CardDraft } from '../../lib/journey/schema';

export type Draft = CardDraft;

const KEY = 'jzfw:journey:draft';
let current: Draft | null = null;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Records what is typed (called on every keystroke). */
export function setDraft(draft: Draft): void {
  const was = current;
  current = draft;
  try {
    localStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage off or full: the text still reaches the map on the next pause.
  }
  if (!was) notify();
}

/** Forgets the draft (its text is saved with the map). */
export function clearDraft(): void {
  const was = current;
  current = null;
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
  if (was) notify();
}

/** The draft of this session, or one a reload left in localStorage (checked: src/lib/journey/schema.ts). */
export function readDraft(): Draft | null {
  if (current) return current;
  try {
    return readCardDraft(localStorage.getItem(KEY));
  } catch {
    // Storage off: no draft.
    return null;
  }
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether typed text is waiting to be saved (for the “正在保存…” note). */
export function useDrafting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => current !== null,
    () => false,
  );
}
