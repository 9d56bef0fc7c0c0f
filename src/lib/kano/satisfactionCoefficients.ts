import type { CategoryCounts } from './categoryCounts';

/**
 * Customer satisfaction coefficients (Better and Worse), after Timko in Berger et al. (1993):
 *
 *     Better =  (A + O) / (A + O + M + I)      how much satisfaction providing the feature adds, 0…1
 *     Worse  = −(O + M) / (A + O + M + I)      how much dissatisfaction lacking it causes, −1…0
 *
 * R and Q answers are left out of both. When A + O + M + I = 0 the coefficients are undefined
 * and null is returned.
 *
 * References: Berger et al. (1993), Center for Quality Management Journal 2(4), section IVa
 * (Timko's customer satisfaction coefficient); Matzler & Hinterhuber (1998), Technovation
 * 18(1), 25–38.
 */
export interface SatisfactionCoefficients {
  better: number;
  worse: number;
}

/**
 * @param counts category counts of one feature
 * @returns `{ better, worse }`, or null when no answer pair falls in A, O, M or I
 * @example satisfactionCoefficients({ M: 95, O: 123, A: 45, I: 33, R: 0, Q: 0 }) // { better: 0.5676, worse: −0.7365 } (rounded)
 */
export function satisfactionCoefficients(counts: CategoryCounts): SatisfactionCoefficients | null {
  const relevant = counts.A + counts.O + counts.M + counts.I;
  if (relevant === 0) return null;
  // 0 − x keeps Worse at 0 rather than −0 when O + M = 0.
  return { better: (counts.A + counts.O) / relevant, worse: 0 - (counts.O + counts.M) / relevant };
}
