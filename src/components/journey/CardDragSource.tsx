/**
 * The one dnd-kit draggable behind every card. A draggable per card made every card a consumer
 * of dnd-kit's context, so all of them (540 on a large map) rendered again when a drag started,
 * whenever it crossed into another cell, and when it ended: the longest task of a drag (issue 15,
 * bench/journey.mjs). Instead the grid hands a pressed card to this source
 * (`handleRef.current.start`, from its pointerdown or keydown): the source takes that card's
 * element as its node, dnd-kit's sensors run from the event as usual, and the source moves and
 * marks the dragged element itself (transform, data-dragging). `cardRef` keeps which card it is,
 * for the drop and the announcements. Nothing is rendered; the cards sit outside the drag
 * context, so its changes do not even walk their tree.
 */
import { useLayoutEffect, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';

export const CARD_SOURCE = 'card-source';

export interface CardDragHandle {
  /** A pointerdown or keydown on the face of card `cardId`, whose <li> is `element`. */
  start(event: PointerEvent | KeyboardEvent, cardId: string, element: HTMLElement): void;
}

/** `keyboard`: a keyboard drag is on; the source is then also a drop target, which the arrow keys step from (sortableKeyboardCoordinates). */
export function CardDragSource({ handleRef, cardRef, keyboard }: { handleRef: RefObject<CardDragHandle | null>; cardRef: RefObject<string | null>; keyboard: boolean }) {
  const { listeners, setNodeRef, node, transform, isDragging } = useDraggable({ id: CARD_SOURCE });
  const { setNodeRef: setDropRef } = useDroppable({ id: CARD_SOURCE, disabled: !keyboard });
  useLayoutEffect(() => {
    handleRef.current = {
      start(event, cardId, element) {
        if (isDragging) return;
        cardRef.current = cardId;
        setNodeRef(element);
        setDropRef(element);
        (event.type === 'pointerdown' ? listeners?.onPointerDown : listeners?.onKeyDown)?.(event);
      },
    };
  });
  useLayoutEffect(() => {
    const element = node.current;
    if (!element || !isDragging) return;
    element.toggleAttribute('data-dragging', true);
    element.style.setProperty('transform', CSS.Translate.toString(transform) ?? '');
    return () => {
      element.removeAttribute('data-dragging');
      element.style.removeProperty('transform');
    };
  }, [isDragging, transform, node]);
  return null;
}
