/** The 双图 studio's actions on the selected card (edit, tag, move, delete, done), for the grid and the stage view; null when no card is selected. */
import { useMemo, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { cardMove, type Direction, type JourneyMap } from '../../lib/journey';
import type { CardActionsProps } from './CardActions';
import type { useStudio } from './useStudio';

const DIRECTIONS: readonly Direction[] = ['left', 'right', 'up', 'down'];

type Studio = ReturnType<typeof useStudio>;

interface CardActionsInput {
  map: JourneyMap | null;
  /** The open map at the time of a click (the memo does not depend on every edit). */
  mapRef: RefObject<JourneyMap | null>;
  selectedId: string | null;
  setSelectedId: Dispatch<SetStateAction<string | null>>;
  /** The card just added (its text field takes the focus). */
  fresh: string | null;
  send: Studio['send'];
  setMessage: Studio['setMessage'];
  focusLater: (selector: string) => void;
}

export function useCardActions({ map, mapRef, selectedId, setSelectedId, fresh, send, setMessage, focusLater }: CardActionsInput): Omit<CardActionsProps, 'card'> | null {
  // Which move buttons the selected card has, as a key ("1010"), so `actions` keeps its identity
  // while a card is typed into and the memoised grid skips the lanes that did not change.
  const movable = useMemo(() => DIRECTIONS.map((direction) => (map && selectedId && cardMove(map, selectedId, direction) ? 1 : 0)).join(''), [map, selectedId]);
  const canMove = useMemo(() => Object.fromEntries(DIRECTIONS.map((direction, index) => [direction, movable[index] === '1'])) as Record<Direction, boolean>, [movable]);
  const mapId = map?.id ?? '';
  return useMemo(
    () =>
      selectedId === null
        ? null
        : {
            canMove,
            mapId,
            autoFocus: fresh === selectedId,
            onText: (cardId, text) => send({ type: 'editCard', cardId, text }),
            onToggleTag: (cardId, tag) => send({ type: 'toggleTag', cardId, tag }),
            onMove: (cardId, direction) => {
              const current = mapRef.current;
              const event = current && cardMove(current, cardId, direction);
              if (!event) return;
              send(event);
              focusLater(`[data-card="${cardId}"] [data-act="${direction}"]:not(:disabled), [data-card="${cardId}"] .jm-card-face`);
            },
            onDelete: (cardId) => {
              send({ type: 'deleteCard', cardId });
              setSelectedId(null);
              setMessage({ kind: 'notice', text: '已删除卡片（Ctrl+Z 或“撤销”可恢复）。' });
            },
            onDone: () => {
              const id = selectedId;
              setSelectedId(null);
              focusLater(`[data-card="${id}"] .jm-card-face`);
            },
          },
    [selectedId, setSelectedId, mapRef, canMove, mapId, fresh, send, setMessage, focusLater],
  );
}
