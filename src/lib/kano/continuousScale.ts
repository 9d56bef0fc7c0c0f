import type { FeatureTally } from './featureTally';
import { frequencyMoments, type FrequencyMoments } from './frequencyMoments';

/**
 * DuMouchel's continuous (functional / dysfunctional) scale: each answer becomes a number, so that
 * a feature is a point (mean dysfunctional score, mean functional score) rather than one category.
 *
 *     answer        functional   dysfunctional
 *     我很喜欢           4            −2
 *     理应如此           2            −1
 *     无所谓             0             0
 *     能忍受            −1             2
 *     我很不喜欢        −2             4
 *
 * The scales are asymmetric on purpose: liking a feature's presence (4) says more than merely
 * expecting it (2), and disliking its absence (4) more than tolerating it (2). A pure must-be
 * answer (理应如此 / 我很不喜欢) sits at (4, 2), one-dimensional at (4, 4), attractive at (0, 4),
 * indifferent at (0, 0).
 *
 * References: DuMouchel, W. (1993), Thoughts on graphical and continuous analysis, in Berger et al.
 * (1993), Center for Quality Management Journal 2(4), section IVb. Open explainer:
 * https://kano-model.proofofthepudding.be/ (continuous analysis).
 */
export const FUNCTIONAL_SCORES: readonly number[] = [4, 2, 0, -1, -2];
export const DYSFUNCTIONAL_SCORES: readonly number[] = [-2, -1, 0, 2, 4];

/** Where the reading lines of the continuous scatter are drawn: the middle of the 0–4 range. */
export const CONTINUOUS_MIDPOINT = 2;

export interface ContinuousScores {
  functional: FrequencyMoments;
  dysfunctional: FrequencyMoments;
}

/**
 * Mean and SD of the functional and dysfunctional scores of a feature, over complete answer pairs.
 *
 * @param tally the feature's pair histogram
 * @returns the two moments, or null when the feature has no complete pair
 * @example continuousScores(tallyFromPairs('Wi-Fi', [[2, 5], [1, 5]])) // functional mean 3, dysfunctional mean 4
 */
export function continuousScores(tally: Pick<FeatureTally, 'pairs'>): ContinuousScores | null {
  const functionalFrequencies = [0, 0, 0, 0, 0];
  const dysfunctionalFrequencies = [0, 0, 0, 0, 0];
  tally.pairs.forEach((count, index) => {
    functionalFrequencies[Math.floor(index / 5)]! += count;
    dysfunctionalFrequencies[index % 5]! += count;
  });
  const functional = frequencyMoments(FUNCTIONAL_SCORES, functionalFrequencies);
  const dysfunctional = frequencyMoments(DYSFUNCTIONAL_SCORES, dysfunctionalFrequencies);
  if (functional === null || dysfunctional === null) return null;
  return { functional, dysfunctional };
}

/**
 * Mean and SD of the self-stated importance (1–9), or null when nobody rated the feature.
 *
 * References: Berger et al. (1993), section IIb (self-stated importance questionnaire).
 */
export function importanceMoments(tally: Pick<FeatureTally, 'importance'>): FrequencyMoments | null {
  return frequencyMoments([1, 2, 3, 4, 5, 6, 7, 8, 9], tally.importance);
}
