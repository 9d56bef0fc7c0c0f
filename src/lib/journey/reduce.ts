/**
 * Every change to a map is one small event applied by a pure function (the Excalidraw "action"
 * shape, see STYLE.md): the editor's buttons, keyboard and drag all send the same events, and
 * history.ts gets undo/redo for free because a state is replaced, never mutated. An event that
 * changes nothing (an unknown id, a move to the same place, a limit reached) returns the same
 * object, so history does not record it. New ids come in the event, which keeps this pure.
 */
import { clampEmotion, LIMITS, type Card, type JourneyMap, type LaneView } from './model';
import { tagById } from './tags';

export type MetaField = 'title' | 'scenario' | 'team' | 'persona' | 'date';
export type Curve = 'asIs' | 'toBe';

export type MapEvent =
  | { type: 'setMeta'; field: MetaField; value: string }
  | { type: 'addStage'; id: string; name: string; index: number }
  | { type: 'renameStage'; stageId: string; name: string }
  | { type: 'deleteStage'; stageId: string }
  | { type: 'moveStage'; stageId: string; toIndex: number }
  | { type: 'setEmotion'; stageId: string; curve: Curve; value: number | null }
  | { type: 'setEnd'; stageId: string | null }
  | { type: 'addLane'; id: string; name: string; view: LaneView }
  | { type: 'renameLane'; laneId: string; name: string }
  | { type: 'setLaneHidden'; laneId: string; hidden: boolean }
  | { type: 'moveLane'; laneId: string; toIndex: number }
  | { type: 'deleteLane'; laneId: string }
  | { type: 'addCard'; id: string; stageId: string; laneId: string; text: string; tags?: string[] }
  | { type: 'editCard'; cardId: string; text: string }
  | { type: 'toggleTag'; cardId: string; tag: string }
  | { type: 'deleteCard'; cardId: string }
  | { type: 'moveCard'; cardId: string; stageId: string; laneId: string; index: number };

const clip = (text: string, max: number) => [...text].slice(0, max).join('');

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = items.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

const clampIndex = (index: number, length: number) => Math.max(0, Math.min(length, Math.trunc(Number.isFinite(index) ? index : length)));

/** The next map after one event (the same object when the event changes nothing). */
export function reduceMap(map: JourneyMap, event: MapEvent): JourneyMap {
  switch (event.type) {
    case 'setMeta': {
      const value = clip(event.value, LIMITS.meta);
      return map[event.field] === value ? map : { ...map, [event.field]: value };
    }
    case 'addStage': {
      if (map.stages.length >= LIMITS.stages || map.stages.some((stage) => stage.id === event.id)) return map;
      const stages = map.stages.slice();
      stages.splice(clampIndex(event.index, stages.length), 0, { id: event.id, name: clip(event.name, LIMITS.name), asIs: null, toBe: null });
      return { ...map, stages };
    }
    case 'renameStage': {
      const name = clip(event.name, LIMITS.name);
      const stage = map.stages.find((item) => item.id === event.stageId);
      if (!stage || stage.name === name) return map;
      return { ...map, stages: map.stages.map((item) => (item === stage ? { ...item, name } : item)) };
    }
    case 'deleteStage': {
      if (map.stages.length <= 1 || !map.stages.some((stage) => stage.id === event.stageId)) return map;
      return {
        ...map,
        stages: map.stages.filter((stage) => stage.id !== event.stageId),
        cards: map.cards.filter((card) => card.stageId !== event.stageId),
        endStageId: map.endStageId === event.stageId ? null : map.endStageId,
      };
    }
    case 'moveStage': {
      const from = map.stages.findIndex((stage) => stage.id === event.stageId);
      const to = clampIndex(event.toIndex, map.stages.length - 1);
      if (from < 0 || from === to) return map;
      return { ...map, stages: moveItem(map.stages, from, to) };
    }
    case 'setEmotion': {
      const value = clampEmotion(event.value);
      const stage = map.stages.find((item) => item.id === event.stageId);
      if (!stage || stage[event.curve] === value) return map;
      return { ...map, stages: map.stages.map((item) => (item === stage ? { ...item, [event.curve]: value } : item)) };
    }
    case 'setEnd': {
      const target = event.stageId !== null && map.stages.some((stage) => stage.id === event.stageId) ? event.stageId : null;
      return map.endStageId === target ? map : { ...map, endStageId: target };
    }
    case 'addLane': {
      if (map.lanes.length >= LIMITS.lanes || map.lanes.some((lane) => lane.id === event.id)) return map;
      return { ...map, lanes: [...map.lanes, { id: event.id, name: clip(event.name, LIMITS.name), view: event.view, hidden: false, line: null }] };
    }
    case 'renameLane': {
      const name = clip(event.name, LIMITS.name);
      const lane = map.lanes.find((item) => item.id === event.laneId);
      if (!lane || lane.name === name) return map;
      return { ...map, lanes: map.lanes.map((item) => (item === lane ? { ...item, name } : item)) };
    }
    case 'setLaneHidden': {
      const lane = map.lanes.find((item) => item.id === event.laneId);
      if (!lane || lane.hidden === event.hidden) return map;
      return { ...map, lanes: map.lanes.map((item) => (item === lane ? { ...item, hidden: event.hidden } : item)) };
    }
    case 'moveLane': {
      const from = map.lanes.findIndex((lane) => lane.id === event.laneId);
      const to = clampIndex(event.toIndex, map.lanes.length - 1);
      if (from < 0 || from === to) return map;
      return { ...map, lanes: moveItem(map.lanes, from, to) };
    }
    case 'deleteLane': {
      // The last lane stays (a map needs one row for its cards), as the last stage does.
      if (map.lanes.length <= 1 || !map.lanes.some((lane) => lane.id === event.laneId)) return map;
      return { ...map, lanes: map.lanes.filter((lane) => lane.id !== event.laneId), cards: map.cards.filter((card) => card.laneId !== event.laneId) };
    }
    case 'addCard': {
      if (map.cards.length >= LIMITS.cards || map.cards.some((card) => card.id === event.id)) return map;
      if (!map.stages.some((stage) => stage.id === event.stageId) || !map.lanes.some((lane) => lane.id === event.laneId)) return map;
      const tags = [...new Set(event.tags ?? [])].filter((tag) => tagById(tag));
      return { ...map, cards: [...map.cards, { id: event.id, stageId: event.stageId, laneId: event.laneId, text: clip(event.text, LIMITS.text), tags }] };
    }
    case 'editCard': {
      const text = clip(event.text, LIMITS.text);
      return updateCard(map, event.cardId, (card) => (card.text === text ? card : { ...card, text }));
    }
    case 'toggleTag': {
      if (!tagById(event.tag)) return map;
      return updateCard(map, event.cardId, (card) => ({ ...card, tags: card.tags.includes(event.tag) ? card.tags.filter((tag) => tag !== event.tag) : [...card.tags, event.tag] }));
    }
    case 'deleteCard': {
      const cards = map.cards.filter((card) => card.id !== event.cardId);
      return cards.length === map.cards.length ? map : { ...map, cards };
    }
    case 'moveCard':
      return moveCard(map, event.cardId, event.stageId, event.laneId, event.index);
  }
}

function updateCard(map: JourneyMap, cardId: string, change: (card: Card) => Card): JourneyMap {
  const index = map.cards.findIndex((card) => card.id === cardId);
  if (index < 0) return map;
  const next = change(map.cards[index]!);
  if (next === map.cards[index]) return map;
  const cards = map.cards.slice();
  cards[index] = next;
  return { ...map, cards };
}

/** Moves a card to position `index` among the target cell's other cards. */
function moveCard(map: JourneyMap, cardId: string, stageId: string, laneId: string, index: number): JourneyMap {
  const card = map.cards.find((item) => item.id === cardId);
  if (!card || !map.stages.some((stage) => stage.id === stageId) || !map.lanes.some((lane) => lane.id === laneId)) return map;
  const rest = map.cards.filter((item) => item !== card);
  const cell = rest.filter((item) => item.stageId === stageId && item.laneId === laneId);
  const at = clampIndex(index, cell.length);
  const sameCell = card.stageId === stageId && card.laneId === laneId;
  if (sameCell && map.cards.filter((item) => item.stageId === stageId && item.laneId === laneId).indexOf(card) === at) return map;
  const moved = sameCell ? card : { ...card, stageId, laneId };
  // Insert before the card now at `at` in the cell, or after the cell's last card, or at the end.
  const before = cell[at];
  const anchor = before ? rest.indexOf(before) : cell.length > 0 ? rest.indexOf(cell[cell.length - 1]!) + 1 : rest.length;
  rest.splice(anchor, 0, moved);
  return { ...map, cards: rest };
}
