import type { KanoAnswer } from './answers';
import { pairIndex } from './evaluationTable';

/**
 * Everything the analysis needs to know about one feature, in a form that does not depend on
 * respondent order and is small enough for a share link: how many respondents gave each of the 25
 * answer pairs, and how many gave each self-stated importance 1–9. Counts, category shares,
 * Better/Worse and the continuous-scale means and SDs are all exact functions of these counts.
 */
export interface FeatureTally {
  name: string;
  /** 25 counts of complete answer pairs, cell (functional − 1) × 5 + (dysfunctional − 1). */
  pairs: number[];
  /** 9 counts of self-stated importance, cell value − 1. All zero when importance was not asked. */
  importance: number[];
}

export function emptyFeatureTally(name: string): FeatureTally {
  return { name, pairs: new Array<number>(25).fill(0), importance: new Array<number>(9).fill(0) };
}

/** Adds one respondent's complete answer pair. */
export function addPair(tally: FeatureTally, functional: KanoAnswer, dysfunctional: KanoAnswer): void {
  tally.pairs[pairIndex(functional, dysfunctional)]! += 1;
}

/**
 * Adds one self-stated importance rating.
 * @throws RangeError when the rating is not an integer 1–9 (read and check cells first)
 */
export function addImportance(tally: FeatureTally, rating: number): void {
  if (!Number.isInteger(rating) || rating < 1 || rating > 9) throw new RangeError(`importance must be an integer 1–9, got ${rating}`);
  tally.importance[rating - 1]! += 1;
}

/** A tally built from a list of answer pairs (and optional ratings): handy for tests and examples. */
export function tallyFromPairs(
  name: string,
  pairs: readonly (readonly [KanoAnswer, KanoAnswer])[],
  ratings: readonly number[] = [],
): FeatureTally {
  const tally = emptyFeatureTally(name);
  for (const [functional, dysfunctional] of pairs) addPair(tally, functional, dysfunctional);
  for (const rating of ratings) addImportance(tally, rating);
  return tally;
}

/** Number of complete answer pairs in a tally. */
export function pairCount(tally: FeatureTally): number {
  let total = 0;
  for (const count of tally.pairs) total += count;
  return total;
}

/**
 * Whether a value has the shape of a FeatureTally with non-negative integer counts (for data read
 * back from a share link or local storage).
 */
export function isFeatureTally(value: unknown): value is FeatureTally {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<FeatureTally>;
  const counts = (list: unknown, length: number) =>
    Array.isArray(list) && list.length === length && list.every((count) => Number.isSafeInteger(count) && (count as number) >= 0);
  return typeof candidate.name === 'string' && counts(candidate.pairs, 25) && counts(candidate.importance, 9);
}
