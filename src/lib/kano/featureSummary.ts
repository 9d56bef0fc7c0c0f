import { answerFlags, type AnswerFlag } from './answerQuality';
import { categoryShares, countCategories, totalCount, type CategoryCounts } from './categoryCounts';
import { classifyFeature, type FeatureClassification } from './classification';
import { continuousScores, importanceMoments, type ContinuousScores } from './continuousScale';
import type { FeatureTally } from './featureTally';
import type { FrequencyMoments } from './frequencyMoments';
import { satisfactionCoefficients, type SatisfactionCoefficients } from './satisfactionCoefficients';
import { categoryStrength, totalStrength } from './strength';

/** Every per-feature figure the results page shows, derived from the feature's tally alone. */
export interface FeatureSummary {
  name: string;
  /** Complete, classified answer pairs. */
  respondents: number;
  counts: CategoryCounts;
  shares: CategoryCounts;
  /** null when respondents = 0. */
  classification: FeatureClassification | null;
  categoryStrength: number;
  totalStrength: number;
  /** null when A + O + M + I = 0. */
  coefficients: SatisfactionCoefficients | null;
  /** null when respondents = 0. */
  continuous: ContinuousScores | null;
  /** null when importance was not asked or not answered. */
  importance: FrequencyMoments | null;
  flags: AnswerFlag[];
}

/**
 * @param tally one feature's pair and importance histograms
 * @returns counts, shares, classification with the Fong test, strengths, Better/Worse,
 *   continuous-scale moments, importance and warnings
 */
export function summariseFeature(tally: FeatureTally): FeatureSummary {
  const counts = countCategories(tally);
  return {
    name: tally.name,
    respondents: totalCount(counts),
    counts,
    shares: categoryShares(counts),
    classification: classifyFeature(counts),
    categoryStrength: categoryStrength(counts),
    totalStrength: totalStrength(counts),
    coefficients: satisfactionCoefficients(counts),
    continuous: continuousScores(tally),
    importance: importanceMoments(tally),
    flags: answerFlags(counts),
  };
}

/** Average Better and |Worse| over features that have coefficients: where the "mean" reading lines go. */
export function meanCoefficients(features: readonly FeatureSummary[]): { better: number; worseMagnitude: number } | null {
  const withCoefficients = features.flatMap((feature) => (feature.coefficients ? [feature.coefficients] : []));
  if (withCoefficients.length === 0) return null;
  const better = withCoefficients.reduce((sum, coefficients) => sum + coefficients.better, 0) / withCoefficients.length;
  const worseMagnitude = withCoefficients.reduce((sum, coefficients) => sum + Math.abs(coefficients.worse), 0) / withCoefficients.length;
  return { better, worseMagnitude };
}
