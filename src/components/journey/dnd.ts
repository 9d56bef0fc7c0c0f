/**
 * dnd-kit set-up shared by the grid and the phone view: pointer and keyboard sensors (Space picks
 * a card or stage up, arrows move it, Space or Enter drops, Escape cancels; Enter alone selects a
 * card), and Chinese screen-reader instructions and announcements.
 */
import { createContext } from 'react';
import { closestCorners, KeyboardSensor, pointerWithin, PointerSensor, useSensor, useSensors, type ClientRect, type CollisionDetection, type UniqueIdentifier, type DragEndEvent, type ScreenReaderInstructions } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { cellCards, dropIndex, type JourneyMap, type MapEvent } from '../../lib/journey';

/** The id of the element holding INSTRUCTIONS, for the card faces' aria-describedby (DragHelp in MapGrid.tsx). */
export const DragHelpId = createContext<string | undefined>(undefined);

export const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

/**
 * The drop targets' rectangles as plain numbers. dnd-kit keeps each target's rectangle as a
 * live object whose top/left/bottom/right getters re-read the scroll position of every
 * scrollable ancestor on each access; a collision check over the ~700 targets of a 540-card map
 * did thousands of such reads per pointer move (about 30 ms of main-thread time). All targets of
 * one drag context sit in the same scroll containers, so one scroll shift, read once, applies
 * to all: the measured rectangle (`rect`, kept by dnd-kit) plus that shift. If dnd-kit stops
 * keeping `rect`, the live rectangles are used as they are.
 */
function plainRects(rects: Map<UniqueIdentifier, ClientRect>): Map<UniqueIdentifier, ClientRect> {
  const plain = new Map<UniqueIdentifier, ClientRect>();
  let shift: { x: number; y: number } | null = null;
  for (const [id, live] of rects) {
    const measured = (live as ClientRect & { rect?: ClientRect }).rect;
    if (!measured) return rects;
    shift ??= { x: live.left - measured.left, y: live.top - measured.top };
    plain.set(id, { width: measured.width, height: measured.height, left: measured.left + shift.x, right: measured.right + shift.x, top: measured.top + shift.y, bottom: measured.bottom + shift.y });
  }
  return plain;
}

/**
 * With a mouse, what is under the pointer (a card before the cell it sits in); otherwise
 * (keyboard, or between cells) the nearest corners. Linear in the number of targets over plain
 * rectangles measured when the drag started, so a pointer move costs no layout or DOM reads.
 */
export const collision: CollisionDetection = (args) => {
  const plain = { ...args, droppableRects: plainRects(args.droppableRects) };
  const under = pointerWithin(plain);
  if (under.length === 0) return closestCorners(plain);
  const cards = under.filter((item) => String(item.id).startsWith('card|'));
  return cards.length > 0 ? cards : under;
};

export function useDragSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES }),
  );
}

export const INSTRUCTIONS: ScreenReaderInstructions = {
  draggable: '按空格键拿起，用方向键移动，再按空格键放下，按 Esc 取消。也可以按回车键选中后用“左移、右移、上移、下移”按钮。',
};

/** What a drag id points at, in words: a card's text and place, or a stage or cell. */
export function describeTarget(map: JourneyMap, id: string | number | undefined): string {
  const [kind, first, second] = String(id ?? '').split('|');
  const stageName = (stageId: string | undefined) => map.stages.find((stage) => stage.id === stageId)?.name ?? '';
  const laneName = (laneId: string | undefined) => map.lanes.find((lane) => lane.id === laneId)?.name ?? '';
  if (kind === 'stage') return `阶段“${stageName(first)}”（第 ${map.stages.findIndex((stage) => stage.id === first) + 1} 个，共 ${map.stages.length} 个）`;
  if (kind === 'cell') return `“${stageName(first)}”阶段的“${laneName(second)}”`;
  if (kind === 'card') {
    const card = map.cards.find((item) => item.id === first);
    if (!card) return '卡片';
    return `卡片“${card.text.slice(0, 20) || '空卡片'}”（${stageName(card.stageId)} · ${laneName(card.laneId)}）`;
  }
  return '';
}

/** What the screen reader hears during a drag, given the dragged item and its target in words (describeTarget). */
export const spoken = {
  start: (active: string) => `已拿起${active}。`,
  over: (active: string, over: string | null) => (over !== null ? `${active}在${over}上方。` : `${active}不在可放下的位置。`),
  end: (active: string, over: string | null) => (over !== null ? `已把${active}放到${over}。` : `已放下${active}，位置没有变。`),
  cancel: (active: string) => `已取消拖动，${active}回到原处。`,
};

/** The lower edges of a cell's cards other than the dragged one, top to bottom (viewport px). */
function otherCardBottoms(cell: Element, draggedId: string): number[] {
  return [...cell.querySelectorAll<HTMLElement>('[data-card]')].filter((item) => item.dataset.card !== draggedId).map((item) => item.getBoundingClientRect().bottom);
}

/** The cell (its `data-cell`, `stageId|laneId`) under a point of the window, or null. The dragged card lets the pointer through (pointer-events: none). */
export function cellAt(x: number, y: number): Element | null {
  return document.elementFromPoint(x, y)?.closest('[data-cell]') ?? null;
}

/**
 * The reducer event for a card dropped with the mouse at (x, y): into the cell under the pointer,
 * at the place the pointer shows among its cards (dropIndex), or null outside every cell.
 */
export function pointerDrop(cardId: string, x: number, y: number): MapEvent | null {
  const cell = cellAt(x, y);
  const [stageId, laneId] = (cell?.getAttribute('data-cell') ?? '').split('|');
  if (!cell || !stageId || !laneId) return null;
  return { type: 'moveCard', cardId, stageId, laneId, index: dropIndex(otherCardBottoms(cell, cardId), y) };
}

/**
 * The reducer event for a finished keyboard drag (a card) or a stage drag, or null: a card
 * ending on a card goes before it; one ending on a cell goes to the end.
 */
export function dropEvent(map: JourneyMap, { active, over }: Pick<DragEndEvent, 'active' | 'over'>): MapEvent | null {
  if (!over) return null;
  const [kind, id] = String(active.id).split('|') as [string, string];
  const [overKind, overFirst, overSecond] = String(over.id).split('|') as [string, string, string | undefined];
  if (kind === 'stage' && overKind === 'stage') {
    const toIndex = map.stages.findIndex((stage) => stage.id === overFirst);
    return toIndex < 0 ? null : { type: 'moveStage', stageId: id, toIndex };
  }
  if (kind !== 'card') return null;
  if (overKind === 'cell' && overSecond) return { type: 'moveCard', cardId: id, stageId: overFirst, laneId: overSecond, index: Number.MAX_SAFE_INTEGER };
  if (overKind === 'card') {
    const target = map.cards.find((card) => card.id === overFirst);
    if (!target || target.id === id) return null;
    return { type: 'moveCard', cardId: id, stageId: target.stageId, laneId: target.laneId, index: cellCards(map, target.stageId, target.laneId).indexOf(target) };
  }
  return null;
}
