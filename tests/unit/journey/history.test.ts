import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createMap, reduceHistory, startHistory, type History, type MapEvent } from '../../../src/lib/journey';

const start = () => startHistory(createMap('m', '测试', ['一', '二', '三']));
const run = (history: History, events: Parameters<typeof reduceHistory>[1][]) => events.reduce(reduceHistory, history);

const stageId = fc.constantFrom('s1', 's2', 's3', 'n1', 'n2', 'missing');
const laneId = fc.constantFrom('touchpoints', 'pains', 'onstage', 'support', 'l1');
const cardId = fc.constantFrom('k1', 'k2', 'k3', 'k4');
const text = fc.string({ maxLength: 6 });

/** Any edit the editor can send, including ones that change nothing. */
const mapEvent: fc.Arbitrary<MapEvent> = fc.oneof(
  fc.record({ type: fc.constant('addStage' as const), id: fc.constantFrom('n1', 'n2'), name: text, index: fc.integer({ min: -1, max: 5 }) }),
  fc.record({ type: fc.constant('renameStage' as const), stageId, name: text }),
  fc.record({ type: fc.constant('deleteStage' as const), stageId }),
  fc.record({ type: fc.constant('moveStage' as const), stageId, toIndex: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ type: fc.constant('setEmotion' as const), stageId, curve: fc.constantFrom('asIs' as const, 'toBe' as const), value: fc.option(fc.double({ min: -3, max: 3, noNaN: true }), { nil: null }) }),
  fc.record({ type: fc.constant('setEnd' as const), stageId: fc.option(stageId, { nil: null }) }),
  fc.record({ type: fc.constant('addLane' as const), id: fc.constant('l1'), name: text, view: fc.constantFrom('journey' as const, 'blueprint' as const) }),
  fc.record({ type: fc.constant('setLaneHidden' as const), laneId, hidden: fc.boolean() }),
  fc.record({ type: fc.constant('moveLane' as const), laneId, toIndex: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ type: fc.constant('deleteLane' as const), laneId }),
  fc.record({ type: fc.constant('addCard' as const), id: cardId, stageId, laneId, text }),
  fc.record({ type: fc.constant('editCard' as const), cardId, text }),
  fc.record({ type: fc.constant('toggleTag' as const), cardId, tag: fc.constantFrom('mot', 'pain', 'kano:A', 'peak:惊喜') }),
  fc.record({ type: fc.constant('deleteCard' as const), cardId }),
  fc.record({ type: fc.constant('moveCard' as const), cardId, stageId, laneId, index: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ type: fc.constant('setMeta' as const), field: fc.constantFrom('title' as const, 'team' as const, 'persona' as const), value: text }),
);

describe('undo and redo', () => {
  it('any sequence of edits followed by as many undos gives back the start', () => {
    fc.assert(
      fc.property(fc.array(mapEvent, { maxLength: 40 }), (events) => {
        const first = start();
        const edited = run(first, events);
        const undone = run(edited, events.map(() => ({ type: 'undo' as const })));
        expect(undone.present).toEqual(first.present);
        expect(canUndo(undone)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('undoing everything and redoing everything gives back the end', () => {
    fc.assert(
      fc.property(fc.array(mapEvent, { maxLength: 30 }), (events) => {
        const edited = run(start(), events);
        const steps = edited.past.length;
        const back = run(edited, Array.from({ length: steps }, () => ({ type: 'undo' as const })));
        const again = run(back, Array.from({ length: steps }, () => ({ type: 'redo' as const })));
        expect(again.present).toEqual(edited.present);
        expect(canRedo(again)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('an edit after an undo drops the redo branch', () => {
    const history = run(start(), [{ type: 'renameStage', stageId: 's1', name: 'A' }, { type: 'undo' }, { type: 'renameStage', stageId: 's2', name: 'B' }]);
    expect(canRedo(history)).toBe(false);
    expect(history.present.stages.map((stage) => stage.name)).toEqual(['一', 'B', '三']);
  });

  it('typing into one card is one step; another card starts a new step', () => {
    const base = run(start(), [{ type: 'addCard', id: 'k', stageId: 's1', laneId: 'pains', text: '' }, { type: 'addCard', id: 'j', stageId: 's1', laneId: 'pains', text: '' }]);
    const typed = run(base, [{ type: 'editCard', cardId: 'k', text: '排' }, { type: 'editCard', cardId: 'k', text: '排队' }, { type: 'editCard', cardId: 'j', text: '慢' }]);
    expect(typed.past).toHaveLength(base.past.length + 2);
    const once = reduceHistory(typed, { type: 'undo' });
    expect(once.present.cards.map((card) => card.text)).toEqual(['排队', '']);
    const twice = reduceHistory(once, { type: 'undo' });
    expect(twice.present.cards.map((card) => card.text)).toEqual(['', '']);
  });

  it('deleting a lane with cards is one step: undo brings back the lane in its place and its cards in order, redo deletes it again', () => {
    const base = run(start(), [
      { type: 'addCard', id: 'k1', stageId: 's1', laneId: 'pains', text: '排队' },
      { type: 'addCard', id: 'k2', stageId: 's2', laneId: 'thoughts', text: '想' },
      { type: 'addCard', id: 'k3', stageId: 's3', laneId: 'pains', text: '慢' },
    ]);
    const deleted = reduceHistory(base, { type: 'deleteLane', laneId: 'pains' });
    expect(deleted.present.lanes.map((lane) => lane.id)).toEqual(['touchpoints', 'thoughts', 'feelings', 'opportunities', 'evidence', 'customer', 'onstage', 'backstage', 'support']);
    expect(deleted.present.cards.map((card) => card.id)).toEqual(['k2']);
    const undone = reduceHistory(deleted, { type: 'undo' });
    expect(undone.present.lanes.map((lane) => lane.id)).toEqual(['touchpoints', 'thoughts', 'feelings', 'pains', 'opportunities', 'evidence', 'customer', 'onstage', 'backstage', 'support']);
    expect(undone.present.cards.map((card) => `${card.id}:${card.stageId}:${card.laneId}:${card.text}`)).toEqual(['k1:s1:pains:排队', 'k2:s2:thoughts:想', 'k3:s3:pains:慢']);
    expect(reduceHistory(undone, { type: 'redo' }).present.cards.map((card) => card.id)).toEqual(['k2']);
  });

  it('an edit that changes nothing is not a step', () => {
    const history = start();
    expect(reduceHistory(history, { type: 'renameStage', stageId: 'missing', name: 'x' })).toBe(history);
  });

  it('load starts a fresh history', () => {
    const other = createMap('o', '另一张');
    const history = reduceHistory(run(start(), [{ type: 'renameStage', stageId: 's1', name: 'A' }]), { type: 'load', map: other });
    expect(history.present).toBe(other);
    expect(canUndo(history)).toBe(false);
  });
});
