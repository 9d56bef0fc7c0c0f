/**
 * Undo and redo over the pure map reducer: the past and future are whole maps (the reducer never
 * mutates, so keeping them is cheap: unchanged stages, lanes and cards are shared). Consecutive
 * text edits of the same card are one step, so Ctrl+Z undoes a typed sentence, not a letter.
 */
import { reduceMap, type MapEvent } from './reduce';
import type { JourneyMap } from './model';

export const HISTORY_LIMIT = 200;

export interface History {
  past: JourneyMap[];
  present: JourneyMap;
  future: JourneyMap[];
  /** The card whose text the last step edited: the next edit of it joins that step. */
  editing: string | null;
}

export type HistoryEvent = { type: 'undo' } | { type: 'redo' } | { type: 'load'; map: JourneyMap } | MapEvent;

export function startHistory(map: JourneyMap): History {
  return { past: [], present: map, future: [], editing: null };
}

/** Applies an edit (recorded), undo, redo, or load (a fresh history for another map). */
export function reduceHistory(history: History, event: HistoryEvent): History {
  switch (event.type) {
    case 'undo': {
      const previous = history.past[history.past.length - 1];
      if (!previous) return history;
      return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], editing: null };
    }
    case 'redo': {
      const [next, ...future] = history.future;
      if (!next) return history;
      return { past: [...history.past, history.present], present: next, future, editing: null };
    }
    case 'load':
      return startHistory(event.map);
    default: {
      const present = reduceMap(history.present, event);
      if (present === history.present) return history;
      const editing = event.type === 'editCard' ? event.cardId : null;
      if (editing !== null && history.editing === editing) return { ...history, present, future: [] };
      return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present, future: [], editing };
    }
  }
}

export const canUndo = (history: History) => history.past.length > 0;
export const canRedo = (history: History) => history.future.length > 0;
