import { useState } from 'react';
import { groupCells, type Card, type CellIndex } from '../../lib/journey';

/**
 * The cards of every cell, grouped by lane and stage (src/lib/journey/cells.ts). Each grouping
 * reuses the last one's objects where no card changed, so only the lane rows and cells holding a
 * changed card render again (kept from the previous render, React's documented pattern).
 */
export function useCellIndex(cards: readonly Card[]): CellIndex {
  const [last, setLast] = useState(() => ({ cards, index: groupCells(cards) }));
  if (last.cards === cards) return last.index;
  const index = groupCells(cards, last.index);
  setLast({ cards, index });
  return index;
}
/** The cards of one cell in a grouping. */
export const cellOf = (index: CellIndex, stageId: string, laneId: string): readonly Card[] => index.get(laneId)?.get(stageId) ?? EMPTY;
/** One empty list for every empty cell, so a memoised cell keeps its props. */
export const EMPTY: readonly Card[] = [];
