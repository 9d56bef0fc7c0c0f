import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCounts, categoryCounts, classifyScore, emptyCounts, isScoreCounts, tallyScores } from '../../../src/lib/nps';
import { answers } from './arbitraries';

describe('classifyScore (Reichheld 2003: 9–10 promoters, 7–8 passives, 0–6 detractors)', () => {
  it.each([
    [0, 'detractor'],
    [3, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('%i → %s', (score, category) => {
    expect(classifyScore(score)).toBe(category);
  });

  it.each([-1, 11, 8.5, Number.NaN])('throws on %d (a programmer error: input is validated first)', (score) => {
    expect(() => classifyScore(score)).toThrow(RangeError);
  });
});

describe('tallyScores and categoryCounts', () => {
  it('counts each score (hand-worked)', () => {
    expect(tallyScores([10, 9, 9, 3])).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 1]);
  });

  it('sums categories (hand-worked: 0 and 6 detractors, 7 and 8 passives, 9 and 10 promoters)', () => {
    expect(categoryCounts([1, 0, 0, 0, 0, 0, 2, 3, 4, 5, 6])).toEqual({ detractors: 3, passives: 7, promoters: 11, total: 21 });
  });

  it('has eleven empty boxes for no answers', () => {
    expect(emptyCounts()).toEqual(new Array(11).fill(0));
    expect(categoryCounts(emptyCounts()).total).toBe(0);
  });

  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], true],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0], false],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1], false],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.5], false],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '1'], false],
    ['counts', false],
  ])('isScoreCounts(%j) = %s', (value, expected) => {
    expect(isScoreCounts(value)).toBe(expected);
  });

  it('rejects invalid counts', () => {
    expect(() => categoryCounts([1, 2, 3])).toThrow(RangeError);
  });

  it('adds counts score by score', () => {
    expect(addCounts([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1])).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3]);
  });

  it('tally total equals the number of answers, whatever the order (property)', () => {
    fc.assert(
      fc.property(answers, (scores) => {
        const counts = tallyScores(scores);
        expect(categoryCounts(counts).total).toBe(scores.length);
        expect(tallyScores([...scores].reverse())).toEqual(counts);
      }),
    );
  });
});
