/** One keyboard drop target (KeyboardTargets.tsx): registers an existing cell or card element with dnd-kit and marks it (data-over) while the dragged card is over it. Renders nothing. */
import { useLayoutEffect } from 'react';
import { useDroppable } from '@dnd-kit/core';

export function DropTarget({ id, element }: { id: string; element: HTMLElement }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  useLayoutEffect(() => {
    setNodeRef(element);
    return () => setNodeRef(null);
  }, [setNodeRef, element]);
  useLayoutEffect(() => {
    element.toggleAttribute('data-over', isOver);
    return () => element.removeAttribute('data-over');
  }, [isOver, element]);
  return null;
}
