/**
 * A card as a drop target, mounted only while a card is moved with the keyboard
 * (KeyboardDragContext in dnd.ts): the arrow keys then step card by card, within a cell and
 * beyond. A mouse drag needs only the cells (the place inside a cell follows the pointer, see
 * dropIndex), so when it starts dnd-kit measures the ~180 cells of a large map and not ~720
 * cells and cards (issue 15: the start of a drag was the longest task, bench/journey.mjs).
 * It renders nothing: it registers the card's <li> and marks it while the dragged card is over
 * it (data-over, set here so that React's className updates do not clear it).
 */
import { useLayoutEffect, type RefObject } from 'react';
import { useDroppable } from '@dnd-kit/core';

export function CardDropTarget({ id, node }: { id: string; node: RefObject<HTMLElement | null> }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  useLayoutEffect(() => {
    setNodeRef(node.current);
    return () => setNodeRef(null);
  }, [setNodeRef, node]);
  useLayoutEffect(() => {
    const element = node.current;
    element?.toggleAttribute('data-over', isOver);
    return () => element?.removeAttribute('data-over');
  }, [isOver, node]);
  return null;
}
