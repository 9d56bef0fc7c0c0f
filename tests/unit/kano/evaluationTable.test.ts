import { describe, expect, it } from 'vitest';
import {
  answerLabel,
  classifyPair,
  EVALUATION_TABLE,
  type KanoAnswer,
  type KanoCategory,
} from '../../../src/lib/kano';

/**
 * All 25 cells of the Berger et al. (1993) evaluation table, written out one by one
 * (functional answer × dysfunctional answer → category), as printed in Berger et al. 1993,
 * Figure 4, and Matzler & Hinterhuber 1998, Table 1.
 */
const CELLS: [KanoAnswer, KanoAnswer, KanoCategory][] = [
  [1, 1, 'Q'], [1, 2, 'A'], [1, 3, 'A'], [1, 4, 'A'], [1, 5, 'O'],
  [2, 1, 'R'], [2, 2, 'I'], [2, 3, 'I'], [2, 4, 'I'], [2, 5, 'M'],
  [3, 1, 'R'], [3, 2, 'I'], [3, 3, 'I'], [3, 4, 'I'], [3, 5, 'M'],
  [4, 1, 'R'], [4, 2, 'I'], [4, 3, 'I'], [4, 4, 'I'], [4, 5, 'M'],
  [5, 1, 'R'], [5, 2, 'R'], [5, 3, 'R'], [5, 4, 'R'], [5, 5, 'Q'],
];

describe('classifyPair (Berger et al. 1993 evaluation table)', () => {
  it.each(CELLS)('正向 %i / 反向 %i → %s', (functional, dysfunctional, expected) => {
    expect(classifyPair(functional, dysfunctional)).toBe(expected);
  });

  it('covers all 25 cells exactly once', () => {
    expect(new Set(CELLS.map(([f, d]) => `${f}/${d}`)).size).toBe(25);
    expect(EVALUATION_TABLE.flat()).toEqual(CELLS.map(([, , category]) => category));
  });

  it('makes Like/Like and Dislike/Dislike questionable', () => {
    expect(classifyPair(1, 1)).toBe('Q');
    expect(classifyPair(5, 5)).toBe('Q');
    expect(answerLabel(1)).toBe('我很喜欢');
    expect(answerLabel(5)).toBe('我很不喜欢');
  });

  it('has the category counts of the published table: 1 O, 3 A, 3 M, 9 I, 7 R, 2 Q', () => {
    const tally: Record<string, number> = {};
    for (const category of EVALUATION_TABLE.flat()) tally[category] = (tally[category] ?? 0) + 1;
    expect(tally).toEqual({ O: 1, A: 3, M: 3, I: 9, R: 7, Q: 2 });
  });

  it('throws on codes outside 1–5 (a programming error)', () => {
    expect(() => classifyPair(0 as KanoAnswer, 1)).toThrow(RangeError);
    expect(() => classifyPair(1, 6 as KanoAnswer)).toThrow(RangeError);
  });
});
