/**
 * Planning a survey: how many answers give a chosen precision.
 */
import { criticalValue } from '../stats';
import { npsVariance } from './waldInterval';

export interface SampleSizeInput {
  /** Expected share of promoters, 0 … 1. */
  promoterShare: number;
  /** Expected share of detractors, 0 … 1. */
  detractorShare: number;
  /** Wanted half-width of the interval, in NPS points (e.g. 5 for ±5). */
  margin: number;
  /** Confidence level, default 0.95. */
  confidence?: number;
}

export type SampleSizeResult =
  | { ok: true; sampleSize: number; standardDeviation: number; margin: number; confidence: number }
  | { ok: false; error: string; field: 'promoterShare' | 'detractorShare' | 'margin' };

/**
 * Sample size for a target margin of error of the NPS:
 * n = z² · [p₊ + p₋ − (p₊ − p₋)²] / m², rounded up, with m the margin as a proportion.
 *
 * It inverts the interval's width at the expected shares (the width depends on the shares, the
 * largest, n = z²/m², when half are promoters and half detractors). It is the Wald formula;
 * at the planned n the adjusted-Wald interval is almost exactly as wide, except when the
 * expected shares are extreme (close to all promoters), where it is wider.
 *
 * References:
 * - Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American Statistician, 70(4), 365–372.
 *
 * @param input expected shares (proportions), target margin (points), confidence
 * @returns the number of answers needed, or a Chinese message naming the field
 * @example sampleSizeForMargin({ promoterShare: 0.25, detractorShare: 0.075, margin: 5 }).sampleSize // 453
 */
export function sampleSizeForMargin({ promoterShare, detractorShare, margin, confidence = 0.95 }: SampleSizeInput): SampleSizeResult {
  if (!Number.isFinite(promoterShare) || promoterShare < 0 || promoterShare > 1) {
    return { ok: false, field: 'promoterShare', error: '预计推荐者比例:请填写 0 到 100 之间的百分数。' };
  }
  if (!Number.isFinite(detractorShare) || detractorShare < 0 || detractorShare > 1) {
    return { ok: false, field: 'detractorShare', error: '预计贬损者比例:请填写 0 到 100 之间的百分数。' };
  }
  if (promoterShare + detractorShare > 1 + 1e-9) {
    return { ok: false, field: 'detractorShare', error: '预计贬损者比例:推荐者与贬损者的比例相加不能超过 100%。' };
  }
  if (!Number.isFinite(margin) || margin <= 0 || margin > 100) {
    return { ok: false, field: 'margin', error: '目标误差范围:请填写大于 0、不超过 100 的分数(例如 5 表示 ±5 分)。' };
  }
  const unitVariance = npsVariance(promoterShare, detractorShare, 1);
  const critical = criticalValue(confidence);
  const marginShare = margin / 100;
  // Everyone in one category: the planning variance is 0 and any n ≥ 1 "works"; one answer is the floor.
  const exact = (critical * critical * Math.max(0, unitVariance)) / (marginShare * marginShare);
  // Guard against 452.0000000001 rounding up to 453 when the exact answer is an integer.
  const sampleSize = Math.max(1, Math.ceil(exact - 1e-9));
  return { ok: true, sampleSize, standardDeviation: 100 * Math.sqrt(Math.max(0, unitVariance)), margin, confidence };
}

/** The formula sampleSizeForMargin uses, as shown under its answer (z = 1.96 for 95%). */
export const SAMPLE_SIZE_FORMULA = 'n = 1.96² ×［推荐者比例 + 贬损者比例 −（两者之差）²］÷ 误差²';
