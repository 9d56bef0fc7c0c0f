import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardMove, cellCards, createMap, dropIndex, reduceMap, stageMove, type Direction, type JourneyMap } from '../../../src/lib/journey';

/** Stages s1–s3; cards a, b in s2 × thoughts; c in s2 × feelings; the lane 感受 (feelings) sits below 想法 (thoughts). */
function sample(): JourneyMap {
  const map = createMap('m', 't', ['一', '二', '三']);
  return {
    ...map,
    cards: [
      { id: 'a', stageId: 's2', laneId: 'thoughts', text: 'a', tags: [] },
      { id: 'b', stageId: 's2', laneId: 'thoughts', text: 'b', tags: [] },
      { id: 'c', stageId: 's2', laneId: 'feelings', text: 'c', tags: [] },
    ],
  };
}
const where = (map: JourneyMap, id: string) => {
  const card = map.cards.find((item) => item.id === id)!;
  return `${card.stageId}/${card.laneId}/${cellCards(map, card.stageId, card.laneId).indexOf(card)}`;
};

describe('cardMove: the button alternatives to dragging', () => {
  it.each<[string, Direction, string]>([
    ['a', 'left', 's1/thoughts/0'],
    ['b', 'right', 's3/thoughts/0'],
    ['b', 'up', 's2/thoughts/0'],
    ['a', 'down', 's2/thoughts/1'],
    // b is the last card of its cell: down takes it to the top of the lane below (感受), before c.
    ['b', 'down', 's2/feelings/0'],
    // a is the first: up takes it to the bottom of the lane above (触点).
    ['a', 'up', 's2/touchpoints/0'],
    ['c', 'up', 's2/thoughts/2'],
  ])('%s %s → %s', (id, direction, expected) => {
    const map = sample();
    const event = cardMove(map, id, direction)!;
    expect(where(reduceMap(map, event), id)).toBe(expected);
  });

  it('skips hidden lanes', () => {
    const map = reduceMap(sample(), { type: 'setLaneHidden', laneId: 'feelings', hidden: true });
    expect(where(reduceMap(map, cardMove(map, 'b', 'down')!), 'b')).toBe('s2/pains/0');
  });

  it('gives null at the edges', () => {
    const map = reduceMap(sample(), { type: 'moveCard', cardId: 'a', stageId: 's1', laneId: 'touchpoints', index: 0 });
    expect(cardMove(map, 'a', 'left')).toBeNull();
    expect(cardMove(map, 'a', 'up')).toBeNull();
    expect(cardMove(map, 'nope', 'up')).toBeNull();
  });

  it('moves stages left and right, not past the ends', () => {
    const map = sample();
    expect(reduceMap(map, stageMove(map, 's2', 'left')!).stages.map((stage) => stage.name)).toEqual(['二', '一', '三']);
    expect(stageMove(map, 's3', 'right')).toBeNull();
    expect(stageMove(map, 's1', 'left')).toBeNull();
  });
});

describe('dropIndex (a card dropped with the mouse into a cell)', () => {
  // Three cards stacked in a cell: 60–100, 110–150, 160–200 (px from the top of the window).
  const bottoms = [100, 150, 200];
  it.each([
    ['above every card', 40, 0],
    ['onto the first card', 80, 0],
    ['in the gap after the first card', 105, 1],
    ['onto the second card', 120, 1],
    ['level with the first card’s lower edge', 100, 1],
    ['onto the last card', 190, 2],
    ['below the last card', 260, 3],
  ])('%s → position %s', (_case, y, index) => {
    expect(dropIndex(bottoms, y)).toBe(index);
  });

  it('an empty cell takes the card at position 0', () => {
    expect(dropIndex([], 500)).toBe(0);
  });

  it('stays within 0…n and never moves up as the pointer moves down (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 12 }), fc.integer({ min: -100, max: 2100 }), fc.integer({ min: 0, max: 300 }), (raw, y, step) => {
        const sorted = [...raw].sort((a, b) => a - b);
        const index = dropIndex(sorted, y);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThanOrEqual(sorted.length);
        expect(dropIndex(sorted, y + step)).toBeGreaterThanOrEqual(index);
      }),
    );
  });
});
