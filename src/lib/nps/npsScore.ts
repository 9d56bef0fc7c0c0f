/**
 * The Net Promoter Score of a set of answers.
 */
import { categoryCounts, type CategoryCounts, type ScoreCounts } from './classification';

/** A survey's NPS with the counts and shares it came from. Shares are proportions (0 … 1). */
export interface NpsSummary extends CategoryCounts {
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  /** NPS in points, −100 … 100. */
  nps: number;
}

export type NpsSummaryResult = { ok: true; summary: NpsSummary } | { ok: false; error: string };

/** Shown when there are no answers: no NPS is defined for n = 0. */
export const NO_ANSWERS_MESSAGE = '还没有有效回答(n = 0),无法计算 NPS。请粘贴分数、填写各分数的人数,或导入问卷文件。';

/**
 * Net Promoter Score: the percentage of promoters (9–10) minus the percentage of detractors (0–6).
 *
 * NPS = 100 × (promoters − detractors) / n, from −100 (all detractors) to 100 (all promoters).
 *
 * References:
 * - Reichheld, F. F. (2003). The one number you need to grow. Harvard Business Review, 81(12), 46–54.
 * - Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American Statistician, 70(4), 365–372.
 *
 * @param counts 11 non-negative integers, counts[score] for score 0 … 10
 * @returns the summary, or a Chinese message when n = 0
 * @throws {RangeError} when counts is not 11 non-negative integers
 * @example npsFromCounts([0,0,0,0,0,0,75,0,675,0,250]).summary.nps // 17.5
 */
export function npsFromCounts(counts: ScoreCounts): NpsSummaryResult {
  const categories = categoryCounts(counts);
  const { promoters, passives, detractors, total } = categories;
  if (total === 0) return { ok: false, error: NO_ANSWERS_MESSAGE };
  const promoterShare = promoters / total;
  const detractorShare = detractors / total;
  return {
    ok: true,
    summary: {
      ...categories,
      promoterShare,
      passiveShare: passives / total,
      detractorShare,
      // Computed from counts, not from the rounded shares, so 250/1000 − 75/1000 gives exactly 17.5.
      nps: (100 * (promoters - detractors)) / total,
    },
  };
}
