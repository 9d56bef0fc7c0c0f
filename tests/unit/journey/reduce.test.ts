import { describe, expect, it } from 'vitest';
import { cellCards, createMap, reduceMap, type JourneyMap, type MapEvent } from '../../../src/lib/journey';

/** Three stages (s1–s3), the default lanes, and three cards: a and b in s1×touchpoints, c in s2×pains. */
function sample(): JourneyMap {
  const map = createMap('m1', '测试', ['预约', '到店', '入住']);
  return {
    ...map,
    cards: [
      { id: 'a', stageId: 's1', laneId: 'touchpoints', text: 'A', tags: [] },
      { id: 'b', stageId: 's1', laneId: 'touchpoints', text: 'B', tags: [] },
      { id: 'c', stageId: 's2', laneId: 'pains', text: 'C', tags: ['pain'] },
    ],
  };
}

const stageNames = (map: JourneyMap) => map.stages.map((stage) => stage.name).join(',');
const cell = (map: JourneyMap, stageId: string, laneId: string) => cellCards(map, stageId, laneId).map((card) => card.id).join(',');

describe('reduceMap: one event at a time', () => {
  it.each<[string, MapEvent, (map: JourneyMap) => unknown, unknown]>([
    ['adds a stage at an index', { type: 'addStage', id: 'x', name: '离店', index: 1 }, stageNames, '预约,离店,到店,入住'],
    ['adds a stage at the end when the index is past it', { type: 'addStage', id: 'x', name: '回访', index: 99 }, stageNames, '预约,到店,入住,回访'],
    ['renames a stage', { type: 'renameStage', stageId: 's2', name: '抵达' }, stageNames, '预约,抵达,入住'],
    ['deletes a stage and its cards', { type: 'deleteStage', stageId: 's2' }, (map) => `${stageNames(map)}|${map.cards.map((card) => card.id).join(',')}`, '预约,入住|a,b'],
    ['moves a stage right', { type: 'moveStage', stageId: 's1', toIndex: 2 }, stageNames, '到店,入住,预约'],
    ['moves a stage left', { type: 'moveStage', stageId: 's3', toIndex: 0 }, stageNames, '入住,预约,到店'],
    ['sets an as-is emotion, rounded to a half step', { type: 'setEmotion', stageId: 's1', curve: 'asIs', value: 1.3 }, (map) => map.stages[0]!.asIs, 1.5],
    ['clamps an emotion to +2', { type: 'setEmotion', stageId: 's1', curve: 'toBe', value: 7 }, (map) => map.stages[0]!.toBe, 2],
    ['marks the end stage', { type: 'setEnd', stageId: 's2' }, (map) => map.endStageId, 's2'],
    ['adds a lane at the bottom', { type: 'addLane', id: 'l1', name: '员工感受', view: 'journey' }, (map) => map.lanes.at(-1)!.name, '员工感受'],
    ['renames a lane', { type: 'renameLane', laneId: 'support', name: '支持系统' }, (map) => map.lanes.find((lane) => lane.id === 'support')!.name, '支持系统'],
    ['hides a lane', { type: 'setLaneHidden', laneId: 'thoughts', hidden: true }, (map) => map.lanes.find((lane) => lane.id === 'thoughts')!.hidden, true],
    ['moves a lane to the top', { type: 'moveLane', laneId: 'support', toIndex: 0 }, (map) => map.lanes[0]!.id, 'support'],
    ['adds a card at the end of its cell', { type: 'addCard', id: 'd', stageId: 's1', laneId: 'touchpoints', text: 'D' }, (map) => cell(map, 's1', 'touchpoints'), 'a,b,d'],
    ['keeps only known tags on a new card', { type: 'addCard', id: 'd', stageId: 's1', laneId: 'pains', text: 'D', tags: ['pain', 'nonsense', 'pain'] }, (map) => map.cards.at(-1)!.tags, ['pain']],
    ['edits a card', { type: 'editCard', cardId: 'b', text: '新的' }, (map) => map.cards[1]!.text, '新的'],
    ['adds a tag', { type: 'toggleTag', cardId: 'a', tag: 'mot' }, (map) => map.cards[0]!.tags, ['mot']],
    ['removes a tag', { type: 'toggleTag', cardId: 'c', tag: 'pain' }, (map) => map.cards[2]!.tags, []],
    ['deletes a card', { type: 'deleteCard', cardId: 'a' }, (map) => cell(map, 's1', 'touchpoints'), 'b'],
    ['moves a card up within its cell', { type: 'moveCard', cardId: 'b', stageId: 's1', laneId: 'touchpoints', index: 0 }, (map) => cell(map, 's1', 'touchpoints'), 'b,a'],
    ['moves a card to another stage (right)', { type: 'moveCard', cardId: 'a', stageId: 's2', laneId: 'touchpoints', index: 0 }, (map) => `${cell(map, 's1', 'touchpoints')}|${cell(map, 's2', 'touchpoints')}`, 'b|a'],
    ['moves a card into an occupied cell, before its card', { type: 'moveCard', cardId: 'a', stageId: 's2', laneId: 'pains', index: 0 }, (map) => cell(map, 's2', 'pains'), 'a,c'],
    ['moves a card into an occupied cell, after its card', { type: 'moveCard', cardId: 'a', stageId: 's2', laneId: 'pains', index: 5 }, (map) => cell(map, 's2', 'pains'), 'c,a'],
    ['sets the team', { type: 'setMeta', field: 'team', value: '第三组' }, (map) => map.team, '第三组'],
  ])('%s', (_case, event, read, expected) => {
    const before = sample();
    const copy = structuredClone(before);
    expect(read(reduceMap(before, event))).toEqual(expected);
    expect(before).toEqual(copy);
  });

  it.each<[string, MapEvent]>([
    ['renaming an unknown stage', { type: 'renameStage', stageId: 'nope', name: 'x' }],
    ['deleting the only stage left is refused below', { type: 'deleteStage', stageId: 'nope' }],
    ['moving a stage to where it is', { type: 'moveStage', stageId: 's2', toIndex: 1 }],
    ['a card into a stage that does not exist', { type: 'addCard', id: 'd', stageId: 'zz', laneId: 'pains', text: '' }],
    ['a card with an id already used', { type: 'addCard', id: 'a', stageId: 's1', laneId: 'pains', text: '' }],
    ['an unknown tag', { type: 'toggleTag', cardId: 'a', tag: 'kano:Z' }],
    ['a card moved to its own place', { type: 'moveCard', cardId: 'a', stageId: 's1', laneId: 'touchpoints', index: 0 }],
    ['the same text again', { type: 'editCard', cardId: 'a', text: 'A' }],
    ['an emotion that is not a number', { type: 'setEmotion', stageId: 's1', curve: 'asIs', value: Number.NaN }],
  ])('%s changes nothing (same object)', (_case, event) => {
    const before = sample();
    expect(reduceMap(before, event)).toBe(before);
  });

  it('never deletes the last stage', () => {
    const one = reduceMap(reduceMap(sample(), { type: 'deleteStage', stageId: 's1' }), { type: 'deleteStage', stageId: 's2' });
    expect(one.stages.map((stage) => stage.id)).toEqual(['s3']);
    expect(reduceMap(one, { type: 'deleteStage', stageId: 's3' })).toBe(one);
  });

  it('deleting the end stage falls back to the last stage', () => {
    const withEnd = reduceMap(sample(), { type: 'setEnd', stageId: 's2' });
    expect(reduceMap(withEnd, { type: 'deleteStage', stageId: 's2' }).endStageId).toBeNull();
  });

  it('deletes a lane with its cards, and nothing else', () => {
    const next = reduceMap(sample(), { type: 'deleteLane', laneId: 'touchpoints' });
    // Hand-written: the nine other default lanes in order, and only card c (in 痛点) left.
    expect(next.lanes.map((lane) => lane.id)).toEqual(['thoughts', 'feelings', 'pains', 'opportunities', 'evidence', 'customer', 'onstage', 'backstage', 'support']);
    expect(next.cards).toEqual([{ id: 'c', stageId: 's2', laneId: 'pains', text: 'C', tags: ['pain'] }]);
    expect(next.stages.map((stage) => stage.name)).toEqual(['预约', '到店', '入住']);
  });

  it('deleting an unknown lane, or the last lane, changes nothing', () => {
    const before = sample();
    expect(reduceMap(before, { type: 'deleteLane', laneId: 'nope' })).toBe(before);
    const one: JourneyMap = { ...before, lanes: [before.lanes[3]!], cards: [before.cards[2]!] };
    expect(reduceMap(one, { type: 'deleteLane', laneId: 'pains' })).toBe(one);
  });

  it('cuts a card text at 500 characters', () => {
    const next = reduceMap(sample(), { type: 'editCard', cardId: 'a', text: '字'.repeat(600) });
    expect([...next.cards[0]!.text]).toHaveLength(500);
  });
});
