import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMap, groupCells, reduceMap, type Card, type JourneyMap, type MapEvent } from '../../../src/lib/journey';

const card = (id: string, stageId: string, laneId: string): Card => ({ id, stageId, laneId, text: id, tags: [] });

/** a, b in s1 × thoughts; c in s2 × thoughts; d in s1 × feelings. */
function sample(): JourneyMap {
  return { ...createMap('m', 't', ['一', '二']), cards: [card('a', 's1', 'thoughts'), card('c', 's2', 'thoughts'), card('d', 's1', 'feelings'), card('b', 's1', 'thoughts')] };
}
const ids = (cards: readonly Card[] | undefined) => cards?.map((item) => item.id);

describe('groupCells', () => {
  it('groups by lane, then stage, keeping the map order inside a cell', () => {
    const cells = groupCells(sample().cards);
    expect([...cells.keys()]).toEqual(['thoughts', 'feelings']);
    expect(ids(cells.get('thoughts')?.get('s1'))).toEqual(['a', 'b']);
    expect(ids(cells.get('thoughts')?.get('s2'))).toEqual(['c']);
    expect(ids(cells.get('feelings')?.get('s1'))).toEqual(['d']);
    expect(cells.get('feelings')?.get('s2')).toBeUndefined();
    expect(cells.get('pains')).toBeUndefined();
  });

  it('after a text edit only the edited card’s cell and lane are new objects', () => {
    const map = sample();
    const before = groupCells(map.cards);
    const after = groupCells(reduceMap(map, { type: 'editCard', cardId: 'c', text: '新' }).cards, before);
    expect(after.get('feelings')).toBe(before.get('feelings'));
    expect(after.get('thoughts')).not.toBe(before.get('thoughts'));
    expect(after.get('thoughts')?.get('s1')).toBe(before.get('thoughts')?.get('s1'));
    expect(after.get('thoughts')?.get('s2')).not.toBe(before.get('thoughts')?.get('s2'));
    expect(after.get('thoughts')?.get('s2')?.[0]?.text).toBe('新');
  });

  it('a change outside the cards keeps every object; a move renews both lanes it touches', () => {
    const map = sample();
    const before = groupCells(map.cards);
    const renamed = groupCells(reduceMap(map, { type: 'renameStage', stageId: 's1', name: '甲' }).cards, before);
    for (const lane of ['thoughts', 'feelings']) expect(renamed.get(lane)).toBe(before.get(lane));
    const moved = groupCells(reduceMap(map, { type: 'moveCard', cardId: 'd', stageId: 's2', laneId: 'thoughts', index: 0 }).cards, before);
    expect(moved.get('feelings')).toBeUndefined();
    expect(ids(moved.get('thoughts')?.get('s2'))).toEqual(['d', 'c']);
    expect(moved.get('thoughts')?.get('s1')).toBe(before.get('thoughts')?.get('s1'));
    // Two cards swapped within a cell: same cards, new order, so a new array.
    const swapped = groupCells(reduceMap(map, { type: 'moveCard', cardId: 'b', stageId: 's1', laneId: 'thoughts', index: 0 }).cards, before);
    expect(ids(swapped.get('thoughts')?.get('s1'))).toEqual(['b', 'a']);
    expect(swapped.get('thoughts')).not.toBe(before.get('thoughts'));
  });

  const stageId = fc.constantFrom('s1', 's2', 's3');
  const laneId = fc.constantFrom('thoughts', 'feelings', 'pains');
  const cardId = fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5');
  const cardEvent: fc.Arbitrary<MapEvent> = fc.oneof(
    fc.record({ type: fc.constant('addCard' as const), id: cardId, stageId, laneId, text: fc.string({ maxLength: 3 }) }),
    fc.record({ type: fc.constant('editCard' as const), cardId, text: fc.string({ maxLength: 3 }) }),
    fc.record({ type: fc.constant('deleteCard' as const), cardId }),
    fc.record({ type: fc.constant('moveCard' as const), cardId, stageId, laneId, index: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ type: fc.constant('toggleTag' as const), cardId, tag: fc.constant('mot') }),
  );

  it('property: reused or not, every cell holds exactly the map’s cards of that cell, in order; unchanged cells keep their array', () => {
    fc.assert(
      fc.property(fc.array(cardEvent, { maxLength: 25 }), (events) => {
        let map = createMap('m', 't', ['一', '二', '三']);
        let cells = groupCells(map.cards);
        for (const event of events) {
          const next = reduceMap(map, event);
          const grouped = groupCells(next.cards, cells);
          for (const stage of ['s1', 's2', 's3'])
            for (const lane of ['thoughts', 'feelings', 'pains']) {
              const expected = next.cards.filter((item) => item.stageId === stage && item.laneId === lane);
              const got = grouped.get(lane)?.get(stage) ?? [];
              expect(got).toEqual(expected);
              const old = cells.get(lane)?.get(stage) ?? [];
              if (old.length > 0 && old.length === expected.length && old.every((item, index) => item === expected[index])) expect(got).toBe(old);
            }
          map = next;
          cells = grouped;
        }
      }),
    );
  });
});
