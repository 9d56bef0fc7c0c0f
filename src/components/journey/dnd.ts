/**
 * dnd-kit set-up shared by the grid and the phone view: pointer and keyboard sensors (Space picks
 * a card or stage up, arrows move it, Space or Enter drops, Escape cancels; Enter alone selects a
 * card), and Chinese screen-reader instructions and announcements.
 */
import { closestCorners, KeyboardSensor, pointerWithin, PointerSensor, useSensor, useSensors, type Announcements, type CollisionDetection, type DragEndEvent, type ScreenReaderInstructions } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { cellCards, type JourneyMap, type MapEvent } from '../../lib/journey';

export const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

/** With a mouse, what is under the pointer; otherwise (keyboard, or between cards) the nearest corners. */
export const collision: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : closestCorners(args);
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

export function announcements(map: JourneyMap): Announcements {
  return {
    onDragStart: ({ active }) => `已拿起${describeTarget(map, active.id)}。`,
    onDragOver: ({ active, over }) => (over ? `${describeTarget(map, active.id)}在${describeTarget(map, over.id)}上方。` : `${describeTarget(map, active.id)}不在可放下的位置。`),
    onDragEnd: ({ active, over }) => (over ? `已把${describeTarget(map, active.id)}放到${describeTarget(map, over.id)}。` : `已放下${describeTarget(map, active.id)}，位置没有变。`),
    onDragCancel: ({ active }) => `已取消拖动，${describeTarget(map, active.id)}回到原处。`,
  };
}

/** The reducer event for a finished drag, or null. */
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
