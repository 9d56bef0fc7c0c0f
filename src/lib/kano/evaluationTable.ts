import type { KanoAnswer } from './answers';
import type { KanoCategory } from './categories';

/**
 * Kano evaluation table: the category of one respondent's answer pair.
 *
 * Rows are the functional answer ("如果提供…"), columns the dysfunctional answer ("如果不提供…"),
 * both in the order Like, Must-be, Neutral, Live with, Dislike:
 *
 *                 Like  Must-be  Neutral  Live-with  Dislike
 *     Like         Q      A        A         A          O
 *     Must-be      R      I        I         I          M
 *     Neutral      R      I        I         I          M
 *     Live-with    R      I        I         I          M
 *     Dislike      R      R        R         R          Q
 *
 * Like/Like and Dislike/Dislike are Q: a respondent cannot both like having and like lacking a
 * feature.
 *
 * References: Berger, Blauth, Boger, Bolster, Burchill, DuMouchel, Pouliot, Richter, Rubinoff,
 * Shen, Timko & Walden (1993), Kano's methods for understanding customer-defined quality,
 * Center for Quality Management Journal 2(4), 3–36 (Figure 4, the evaluation table);
 * Matzler & Hinterhuber (1998), Technovation 18(1), 25–38, Table 1.
 */
export const EVALUATION_TABLE: readonly (readonly KanoCategory[])[] = [
  ['Q', 'A', 'A', 'A', 'O'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'R', 'R', 'R', 'Q'],
];

/**
 * The category of one answer pair.
 *
 * @param functional answer to the functional question (feature present), 1–5
 * @param dysfunctional answer to the dysfunctional question (feature absent), 1–5
 * @returns A, O, M, I, R or Q
 * @throws RangeError when an answer is not a code 1–5 (a programming error: read cells first)
 * @example classifyPair(1, 5) // 'O' (like having it, dislike lacking it)
 */
export function classifyPair(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  const category = EVALUATION_TABLE[functional - 1]?.[dysfunctional - 1];
  if (category === undefined) throw new RangeError(`answer codes must be 1–5, got ${functional}/${dysfunctional}`);
  return category;
}

/** Index of a pair in a 25-cell pair histogram: (functional − 1) × 5 + (dysfunctional − 1). */
export function pairIndex(functional: KanoAnswer, dysfunctional: KanoAnswer): number {
  return (functional - 1) * 5 + (dysfunctional - 1);
}

/** The category of each of the 25 cells, in pair-histogram order. */
export const CATEGORY_BY_PAIR_INDEX: readonly KanoCategory[] = EVALUATION_TABLE.flat();
