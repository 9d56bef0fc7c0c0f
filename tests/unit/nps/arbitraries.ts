/** fast-check generators shared by the NPS property tests. */
import fc from 'fast-check';

/** One answer, 0 … 10. */
export const score = fc.integer({ min: 0, max: 10 });

/** Raw answers, at least one. */
export const answers = fc.array(score, { minLength: 1, maxLength: 300 });

/** Counts per score with n ≥ 1 (up to 100,000 per score). */
export const nonEmptyCounts = fc
  .array(fc.integer({ min: 0, max: 100_000 }), { minLength: 11, maxLength: 11 })
  .filter((counts) => counts.some((count) => count > 0));

/** Counts per score with n ≥ 2. */
export const countsWithTwoOrMore = nonEmptyCounts.filter((counts) => counts.reduce((sum, count) => sum + count, 0) >= 2);
