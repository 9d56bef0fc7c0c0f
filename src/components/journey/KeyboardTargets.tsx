/**
 * The drop targets of a keyboard drag: every cell and every card of the grid (or of the phone
 * view's stage), registered with dnd-kit only while a card is moved with the keyboard, so that
 * the arrow keys step card by card and cell by cell (sortableKeyboardCoordinates) and the screen
 * reader hears each place. A mouse drag registers none (dnd.ts pointerDrop reads the cell under
 * the pointer), so dnd-kit measures nothing when it starts (issue 15, bench/journey.mjs).
 * Nothing is rendered: each target takes its element from one pass over `root`
 * ([data-cell], [data-card]) and marks it while the dragged card is over it (data-over).
 */
import { useState, type RefObject } from 'react';
import { DropTarget } from './DropTarget';

/** The cells and cards under `root`, as drop target ids and elements. */
function findTargets(root: HTMLElement | null): [string, HTMLElement][] {
  const found: [string, HTMLElement][] = [];
  root?.querySelectorAll<HTMLElement>('[data-cell], [data-card]').forEach((element) => {
    found.push([element.dataset.cell !== undefined ? `cell|${element.dataset.cell}` : `card|${element.dataset.card ?? ''}`, element]);
  });
  return found;
}

/** Mounted when a keyboard drag starts (the grid is on the page by then) and unmounted when it ends. */
export function KeyboardTargets({ root }: { root: RefObject<HTMLElement | null> }) {
  const [targets] = useState(() => findTargets(root.current));
  return targets.map(([id, element]) => <DropTarget key={id} id={id} element={element} />);
}
