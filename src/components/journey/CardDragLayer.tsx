/**
 * What a view of cards (the grid, the stage-by-stage view) adds for dragging them: the cards'
 * drag context, which holds no card (the one draggable, CardDragSource, and during a keyboard
 * drag the drop targets, KeyboardTargets), and the drag instructions that every card face names
 * in aria-describedby (`helpId`, given to the cards through DragHelpId).
 */
import type { RefObject } from 'react';
import { DndContext } from '@dnd-kit/core';
import { CardDragSource } from './CardDragSource';
import { INSTRUCTIONS } from './dnd';
import { KeyboardTargets } from './KeyboardTargets';
import type { useDragProps } from './useDragProps';

export function CardDragLayer({ dragging, root, helpId }: { dragging: ReturnType<typeof useDragProps>; root: RefObject<HTMLElement | null>; helpId: string }) {
  return (
    <>
      <DndContext {...dragging.drag}>
        <CardDragSource {...dragging.source} keyboard={dragging.keyboardDrag} />
        {dragging.keyboardDrag && <KeyboardTargets root={root} />}
      </DndContext>
      <p id={helpId} hidden>
        {INSTRUCTIONS.draggable}
      </p>
    </>
  );
}
