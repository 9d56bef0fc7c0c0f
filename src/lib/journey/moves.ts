/**
 * The button and keyboard alternatives to dragging (WCAG 2.2 SC 2.5.7 Dragging Movements):
 * 左移 / 右移 take a card to the neighbouring stage in the same lane, 上移 / 下移 move it within
 * its cell and, at the top or bottom of the cell, into the neighbouring visible lane. Each gives
 * the reducer event, or null when the card cannot go that way.
 */
import { cellCards, type JourneyMap } from './model';
import type { MapEvent } from './reduce';

export type Direction = 'left' | 'right' | 'up' | 'down';

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = { left: '左移', right: '右移', up: '上移', down: '下移' };

export function cardMove(map: JourneyMap, cardId: string, direction: Direction): MapEvent | null {
  const card = map.cards.find((item) => item.id === cardId);
  if (!card) return null;
  const cell = cellCards(map, card.stageId, card.laneId);
  const position = cell.indexOf(card);
  if (direction === 'left' || direction === 'right') {
    const stageIndex = map.stages.findIndex((stage) => stage.id === card.stageId) + (direction === 'left' ? -1 : 1);
    const stage = map.stages[stageIndex];
    if (!stage) return null;
    return { type: 'moveCard', cardId, stageId: stage.id, laneId: card.laneId, index: position };
  }
  const target = position + (direction === 'up' ? -1 : 1);
  if (target >= 0 && target < cell.length) return { type: 'moveCard', cardId, stageId: card.stageId, laneId: card.laneId, index: target };
  const lanes = map.lanes.filter((lane) => !lane.hidden || lane.id === card.laneId);
  const lane = lanes[lanes.findIndex((item) => item.id === card.laneId) + (direction === 'up' ? -1 : 1)];
  if (!lane) return null;
  return { type: 'moveCard', cardId, stageId: card.stageId, laneId: lane.id, index: direction === 'up' ? Number.MAX_SAFE_INTEGER : 0 };
}

export function stageMove(map: JourneyMap, stageId: string, direction: 'left' | 'right'): MapEvent | null {
  const index = map.stages.findIndex((stage) => stage.id === stageId);
  const target = index + (direction === 'left' ? -1 : 1);
  if (index < 0 || target < 0 || target >= map.stages.length) return null;
  return { type: 'moveStage', stageId, toIndex: target };
}

/**
 * Where a card dropped with the mouse into a cell goes, among the cell's other cards: before the
 * first card that is not wholly above the pointer. So a card dropped onto another goes before
 * it, one dropped between two goes between them, and one dropped below the last goes to the end.
 * @param bottoms the lower edges of the cell's other cards, top to bottom (px, viewport)
 * @param y the pointer's height (px, viewport)
 * @example dropIndex([100, 150, 200], 120) // 1: onto the second card, so before it
 */
export function dropIndex(bottoms: readonly number[], y: number): number {
  const index = bottoms.findIndex((bottom) => bottom > y);
  return index < 0 ? bottoms.length : index;
}
