import { KANO_CATEGORIES, type KanoCategory } from './categories';
import { CATEGORY_BY_PAIR_INDEX } from './evaluationTable';
import type { FeatureTally } from './featureTally';

export type CategoryCounts = Record<KanoCategory, number>;

export function emptyCategoryCounts(): CategoryCounts {
  return { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
}

/**
 * Category counts of a feature: each answer pair classified with the evaluation table and counted.
 *
 * References: Berger et al. (1993), Center for Quality Management Journal 2(4), section on
 * tabulating results.
 *
 * @param tally the feature's pair histogram
 * @returns how many respondents fall in each of A, O, M, I, R, Q
 * @example countCategories(tallyFromPairs('Wi-Fi', [[1, 5], [2, 5]])) // { A: 0, O: 1, M: 1, I: 0, R: 0, Q: 0 }
 */
export function countCategories(tally: Pick<FeatureTally, 'pairs'>): CategoryCounts {
  const counts = emptyCategoryCounts();
  tally.pairs.forEach((count, index) => {
    counts[CATEGORY_BY_PAIR_INDEX[index]!] += count;
  });
  return counts;
}

/** Total of all six categories: the number of complete, classified answer pairs. */
export function totalCount(counts: CategoryCounts): number {
  return KANO_CATEGORIES.reduce((sum, category) => sum + counts[category], 0);
}

/**
 * Share of each category among all classified pairs (0–1). All zero when there are none.
 * @example categoryShares({ A: 1, O: 1, M: 2, I: 0, R: 0, Q: 0 }).M // 0.5
 */
export function categoryShares(counts: CategoryCounts): CategoryCounts {
  const total = totalCount(counts);
  const shares = emptyCategoryCounts();
  if (total === 0) return shares;
  for (const category of KANO_CATEGORIES) shares[category] = counts[category] / total;
  return shares;
}

/**
 * Categories from most to least frequent; equal counts in M > O > A > I > R > Q order, so that the
 * ranking is deterministic and ties already lean the way the M > O > A > I rule would.
 */
export function rankCategories(counts: CategoryCounts): KanoCategory[] {
  return [...KANO_CATEGORIES].sort((first, second) => counts[second] - counts[first] || KANO_CATEGORIES.indexOf(first) - KANO_CATEGORIES.indexOf(second));
}
