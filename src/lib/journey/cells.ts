/**
 * The cards of every cell, grouped by lane and then by stage, in map order: what the grid draws.
 *
 * `groupCells` takes the grouping of the map before the change and keeps its arrays and lane
 * groups wherever they hold the same cards in the same order. A typed text changes one card, so
 * one cell's array and one lane's group are new and every other lane keeps its object: a lane
 * row memoised on its group renders again only when a card in it changed (issue 15, typing).
 */
import type { Card } from './model';

/** One lane's cells: stage id → its cards in order. Stages without cards are absent. */
export type LaneCells = ReadonlyMap<string, readonly Card[]>;
/** Lane id → that lane's cells. Lanes without cards are absent. */
export type CellIndex = ReadonlyMap<string, LaneCells>;

const sameCards = (a: readonly Card[], b: readonly Card[]) => a.length === b.length && a.every((card, index) => card === b[index]);

/** Groups the cards by lane and stage, reusing `previous`'s arrays and lane groups where nothing in them changed. */
export function groupCells(cards: readonly Card[], previous?: CellIndex): CellIndex {
  const lanes = new Map<string, Map<string, Card[]>>();
  for (const card of cards) {
    let lane = lanes.get(card.laneId);
    if (!lane) lanes.set(card.laneId, (lane = new Map()));
    const cell = lane.get(card.stageId);
    if (cell) cell.push(card);
    else lane.set(card.stageId, [card]);
  }
  const index = new Map<string, LaneCells>();
  for (const [laneId, lane] of lanes) {
    const before = previous?.get(laneId);
    let unchanged = before !== undefined && before.size === lane.size;
    const cells = new Map<string, readonly Card[]>();
    for (const [stageId, cell] of lane) {
      const old = before?.get(stageId);
      const same = old !== undefined && sameCards(old, cell);
      cells.set(stageId, same ? old : cell);
      unchanged &&= same;
    }
    index.set(laneId, unchanged && before ? before : cells);
  }
  return index;
}
