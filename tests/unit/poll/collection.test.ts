import { describe, expect, it } from 'vitest';
import { addResponse, emptyCollection, parseCollection, undoLast } from '../../../src/lib/poll/collection';

const answer = (respondent: string, answers: number[]) => ({ pollId: 'K7QM', respondent, answers });

describe('collecting answers', () => {
  it('counts a respondent once: a repeat is a duplicate, a changed answer replaces the first', () => {
    let collection = emptyCollection('K7QM');
    const steps: [string, number[], string, number][] = [
      ['AAAAA', [1, 11], 'new', 1],
      ['BBBBB', [2, 3], 'new', 2],
      ['AAAAA', [1, 11], 'duplicate', 2],
      ['AAAAA', [1, 10], 'updated', 2],
      ['CCCCC', [0, 7], 'new', 3],
    ];
    for (const [respondent, answers, outcome, size] of steps) {
      const result = addResponse(collection, answer(respondent, answers));
      expect(result.outcome).toBe(outcome);
      collection = result.collection;
      expect(collection.responses).toHaveLength(size);
    }
    expect(collection.responses.find((response) => response.respondent === 'AAAAA')!.answers).toEqual([1, 10]);
  });

  it('undoes scans one by one, an update back to the earlier answer', () => {
    let collection = emptyCollection('K7QM');
    for (const [respondent, answers] of [['AAAAA', [1, 11]], ['AAAAA', [1, 10]], ['BBBBB', [2, 3]]] as const) collection = addResponse(collection, answer(respondent, [...answers])).collection;
    let step = undoLast(collection);
    expect(step.undone).toEqual({ respondent: 'BBBBB', previous: null });
    expect(step.collection.responses.map((response) => response.respondent)).toEqual(['AAAAA']);
    step = undoLast(step.collection);
    expect(step.collection.responses).toEqual([{ respondent: 'AAAAA', answers: [1, 11] }]);
    step = undoLast(step.collection);
    expect(step.collection.responses).toEqual([]);
    expect(undoLast(step.collection).undone).toBeNull();
  });

  it('refuses an answer of another poll (a programmer error: decodeAnswer filters them)', () => {
    expect(() => addResponse(emptyCollection('K7QM'), { ...answer('AAAAA', [1]), pollId: 'ZZZZ' })).toThrow();
  });

  it('reads back only a well-formed collection of the same poll', () => {
    const collection = addResponse(emptyCollection('K7QM'), answer('AAAAA', [1, 11])).collection;
    expect(parseCollection(JSON.stringify(collection), 'K7QM')).toEqual(collection);
    expect(parseCollection(JSON.stringify(collection), 'ZZZZ')).toBeNull();
    expect(parseCollection('{', 'K7QM')).toBeNull();
    expect(parseCollection(JSON.stringify({ ...collection, responses: [{ respondent: 'x', answers: [] }] }), 'K7QM')).toBeNull();
    expect(parseCollection(null, 'K7QM')).toBeNull();
  });
});
