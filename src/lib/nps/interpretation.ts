/**
 * Plain-Chinese readings of the results, for the calculator and for the printed page.
 */
import type { NpsComparison } from './compareGroups';
import { formatCount, formatNumber, formatPercent, formatPoints, formatPValue, formatRange } from './format';
import type { NpsSummary } from './npsScore';
import { sampleSizeForMargin } from './sampleSize';
import type { NpsInterval } from './waldInterval';

/** Margins (points) separating "precise", "moderate" and "rough". */
export const PRECISE_MARGIN = 5;
export const MODERATE_MARGIN = 10;
/** Below this n the normal approximation is only a rough guide. */
export const SMALL_SAMPLE = 30;

export type PrecisionLevel = 'precise' | 'moderate' | 'rough';

/**
 * How precise an interval is: ≤ ±5 points precise, ≤ ±10 moderate, wider rough.
 * @example precisionLevel(3.4) // 'precise'
 */
export function precisionLevel(margin: number): PrecisionLevel {
  if (margin <= PRECISE_MARGIN) return 'precise';
  if (margin <= MODERATE_MARGIN) return 'moderate';
  return 'rough';
}

/**
 * The reading of one survey's NPS: what the number is made of, where the true value probably
 * lies, and how much the sample size allows one to conclude.
 *
 * @param summary the NPS and counts
 * @param interval the adjusted-Wald interval
 * @param options columnInDoubt: the counts look like another scale (plausibility.ts); no precision is claimed then
 * @returns sentences in Chinese, one paragraph each
 * @example describeNps(summary, interval)[0] // '共 1,000 份有效回答：推荐者 25.0%，…'
 */
export function describeNps(summary: NpsSummary, interval: NpsInterval, options: { columnInDoubt?: boolean } = {}): string[] {
  const confidencePercent = Math.round(interval.confidence * 100);
  const sentences = [
    `共 ${formatCount(summary.total)} 份有效回答：推荐者 ${formatPercent(summary.promoterShare)}，被动者 ${formatPercent(summary.passiveShare)}，贬损者 ${formatPercent(summary.detractorShare)}。NPS = (${formatCount(summary.promoters)} − ${formatCount(summary.detractors)}) ÷ ${formatCount(summary.total)} × 100 = ${formatPoints(summary.nps)}。`,
    `${confidencePercent}% 置信区间为 ${formatRange(interval.lower, interval.upper)}（约 ±${formatPoints(interval.margin)} 分）：按这个样本量，总体的真实 NPS 很可能落在这个范围内。`,
  ];
  if (summary.total === 1) {
    sentences.push('只有 1 份回答：这个数只说明这一位受访者的态度，区间几乎覆盖整个量表，不能代表总体。');
    return sentences;
  }
  const level = precisionLevel(interval.margin);
  if (options.columnInDoubt) {
    // A narrow interval around numbers that are not 0–10 answers is no precision (npsPlausibility explains why).
    sentences.push('先核对数据：这些分数不像 0–10 分推荐题的答案，区间再窄也不说明结果可信。');
  } else if (level === 'precise') {
    sentences.push(`精度较高：误差在 ±${PRECISE_MARGIN} 分以内，可以用来跟踪 ${Math.ceil(2 * interval.margin)} 分以上的变化。`);
  } else if (level === 'moderate') {
    sentences.push(`精度中等：两次调查的 NPS 相差不到 ${Math.ceil(2 * interval.margin)} 分时，还不能判断是真实变化还是抽样波动。`);
  } else {
    const planned = sampleSizeForMargin({ promoterShare: summary.promoterShare, detractorShare: summary.detractorShare, margin: PRECISE_MARGIN });
    const more = planned.ok && planned.sampleSize > summary.total ? `若要把误差缩小到 ±${PRECISE_MARGIN} 分，按目前的比例约需 ${formatCount(planned.sampleSize)} 份回答。` : '';
    sentences.push(`样本偏少，区间很宽（±${formatPoints(interval.margin)} 分），只能看大致方向。${more}`);
  }
  if (summary.total < SMALL_SAMPLE) {
    sentences.push(`回答少于 ${SMALL_SAMPLE} 份，区间只是粗略参考。`);
  }
  return sentences;
}

/**
 * The verdict of a two-group comparison in plain Chinese.
 *
 * @param labelA name of group A
 * @param labelB name of group B
 * @param comparison the result of compareNps(A, B)
 * @returns one paragraph
 * @example describeComparison('北京店', '上海店', comparison) // '北京店的 NPS 比上海店高 …'
 */
export function describeComparison(labelA: string, labelB: string, comparison: NpsComparison): string {
  const confidencePercent = Math.round(comparison.confidence * 100);
  const alpha = Number((1 - comparison.confidence).toFixed(3));
  // The estimate of the method whose interval and test are shown, so the three agree.
  const estimate = comparison.adjustedDifference;
  const gap = Math.abs(estimate);
  const direction = estimate > 0 ? '高' : '低';
  const statistics = `（${comparison.method}：z = ${formatNumber(comparison.z, 2)}，双侧 p = ${formatPValue(comparison.pValue)}）`;
  const range = `差值的 ${confidencePercent}% 置信区间为 ${formatRange(comparison.lower, comparison.upper)}`;
  if (comparison.significant) {
    return `「${labelA}」的 NPS 比「${labelB}」${direction} ${formatPoints(gap)} 分；${range}，不包含 0${statistics}。在 ${alpha} 的显著性水平上，这个差异不太可能只是抽样波动。`;
  }
  const head = formatPoints(gap) === formatPoints(0) ? `「${labelA}」与「${labelB}」的 NPS 几乎相同` : `「${labelA}」的 NPS 比「${labelB}」${direction} ${formatPoints(gap)} 分`;
  return `${head}，但${range}，包含 0${statistics}。凭现有样本还不能断定两组真的不同；需要更多回答才能确认。`;
}
