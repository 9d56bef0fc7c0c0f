import { describe, expect, it } from 'vitest';
import { addImportance, addPair, emptyFeatureTally, isFeatureTally, pairCount, tallyFromPairs } from '../../../src/lib/kano';

describe('feature tally (25 answer pairs, 9 importance ratings)', () => {
  it('counts a pair at (functional − 1) × 5 + (dysfunctional − 1)', () => {
    const tally = emptyFeatureTally('延迟退房');
    addPair(tally, 1, 5); // index 4
    addPair(tally, 5, 1); // index 20
    addPair(tally, 5, 1);
    expect(tally.pairs[4]).toBe(1);
    expect(tally.pairs[20]).toBe(2);
    expect(pairCount(tally)).toBe(3);
  });

  it('counts importance ratings 1–9 and rejects anything else', () => {
    const tally = tallyFromPairs('欢迎水果', [], [1, 9, 9]);
    expect(tally.importance[0]).toBe(1);
    expect(tally.importance[8]).toBe(2);
    expect(() => addImportance(tally, 0)).toThrow(RangeError);
    expect(() => addImportance(tally, 10)).toThrow(RangeError);
    expect(() => addImportance(tally, 4.5)).toThrow(RangeError);
  });

  it.each([
    [emptyFeatureTally('a'), true],
    [{ name: 'a', pairs: new Array(24).fill(0), importance: new Array(9).fill(0) }, false],
    [{ name: 'a', pairs: new Array(25).fill(-1), importance: new Array(9).fill(0) }, false],
    [{ name: 1, pairs: new Array(25).fill(0), importance: new Array(9).fill(0) }, false],
    [null, false],
  ])('isFeatureTally(%j) = %s', (value, expected) => {
    expect(isFeatureTally(value)).toBe(expected);
  });
});
