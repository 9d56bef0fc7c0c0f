/**
 * The Net Promoter classification of a 0–10 "how likely are you to recommend" answer.
 *
 * 9–10 promoters (推荐者), 7–8 passives (被动者), 0–6 detractors (贬损者).
 *
 * References:
 * - Reichheld, F. F. (2003). The one number you need to grow. Harvard Business Review, 81(12), 46–54.
 */

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** Number of possible answers, 0 … 10. */
export const SCORE_COUNT = 11;
export const LOWEST_PROMOTER_SCORE = 9;
export const LOWEST_PASSIVE_SCORE = 7;

/** How many respondents gave each score: index = score (0 … 10). Always 11 non-negative integers. */
export type ScoreCounts = readonly number[];

/** Promoters, passives and detractors with their total. */
export interface CategoryCounts {
  promoters: number;
  passives: number;
  detractors: number;
  total: number;
}

/** Chinese names used throughout the UI, CSV and method page. */
export const CATEGORY_LABELS: Readonly<Record<NpsCategory, string>> = {
  promoter: '推荐者',
  passive: '被动者',
  detractor: '贬损者',
};

function assertScore(score: number): void {
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    throw new RangeError(`classifyScore: ${score} is not an integer from 0 to 10`);
  }
}

/**
 * The category of one answer.
 *
 * @param score an integer 0 … 10 (already validated input)
 * @returns 'promoter' for 9–10, 'passive' for 7–8, 'detractor' for 0–6
 * @throws {RangeError} when score is not an integer in 0 … 10
 * @example classifyScore(8) // 'passive'
 */
export function classifyScore(score: number): NpsCategory {
  assertScore(score);
  if (score >= LOWEST_PROMOTER_SCORE) return 'promoter';
  if (score >= LOWEST_PASSIVE_SCORE) return 'passive';
  return 'detractor';
}

/**
 * Eleven zeros: the counts of an empty survey.
 * @example emptyCounts().length // 11
 */
export function emptyCounts(): number[] {
  return new Array<number>(SCORE_COUNT).fill(0);
}

/**
 * Tallies raw answers into counts per score.
 *
 * @param scores integers 0 … 10 in any order
 * @returns counts[score] = how many answers had that score
 * @throws {RangeError} when an answer is not an integer 0 … 10
 * @example tallyScores([10, 9, 9, 3]) // [0,0,0,1,0,0,0,0,0,2,1]
 */
export function tallyScores(scores: Iterable<number>): number[] {
  const counts = emptyCounts();
  for (const score of scores) {
    assertScore(score);
    counts[score]! += 1;
  }
  return counts;
}

/**
 * Whether a value is a valid ScoreCounts: an array of 11 non-negative safe integers.
 * @example isScoreCounts([0,0,0,0,0,0,0,0,0,0,1]) // true
 */
export function isScoreCounts(value: unknown): value is ScoreCounts {
  return (
    Array.isArray(value) &&
    value.length === SCORE_COUNT &&
    value.every((count) => typeof count === 'number' && Number.isSafeInteger(count) && count >= 0)
  );
}

/**
 * Sums counts per score into the three categories.
 *
 * @param counts 11 non-negative integers (index = score)
 * @returns promoters (9–10), passives (7–8), detractors (0–6) and their total
 * @throws {RangeError} when counts is not a valid ScoreCounts
 * @example categoryCounts([1,0,0,0,0,0,0,1,0,0,2]) // { promoters: 2, passives: 1, detractors: 1, total: 4 }
 */
export function categoryCounts(counts: ScoreCounts): CategoryCounts {
  if (!isScoreCounts(counts)) throw new RangeError('categoryCounts: expected 11 non-negative integers');
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  counts.forEach((count, score) => {
    const category = classifyScore(score);
    if (category === 'promoter') promoters += count;
    else if (category === 'passive') passives += count;
    else detractors += count;
  });
  return { promoters, passives, detractors, total: promoters + passives + detractors };
}

/**
 * Adds counts score by score (e.g. to pool segments).
 * @example addCounts([1,0,0,0,0,0,0,0,0,0,0], [0,0,0,0,0,0,0,0,0,0,2]) // [1,0,…,0,2]
 */
export function addCounts(first: ScoreCounts, second: ScoreCounts): number[] {
  return first.map((count, score) => count + (second[score] ?? 0));
}

/**
 * The scores of a category as written on the page, from the cut-offs above.
 * @example categoryRange('passive') // '7–8 分'
 */
export function categoryRange(category: NpsCategory): string {
  const [low, high] = category === 'promoter' ? [LOWEST_PROMOTER_SCORE, SCORE_COUNT - 1] : category === 'passive' ? [LOWEST_PASSIVE_SCORE, LOWEST_PROMOTER_SCORE - 1] : [0, LOWEST_PASSIVE_SCORE - 1];
  return `${low}–${high} 分`;
}
