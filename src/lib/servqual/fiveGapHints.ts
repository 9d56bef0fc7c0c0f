import { dimensionById, type DimensionId } from './dimensions';
import { formatGap } from './format';

/**
 * Where a large dimension gap (gap 5, what the customer feels) usually comes from inside the
 * organisation (gaps 1–4 of the gaps model). These are the course's rules of thumb from lecture 4
 * (/lectures/4-management/five-gaps/), questions to ask rather than a fixed mapping.
 *
 * References:
 * - Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1985). A conceptual model of service quality
 *   and its implications for future research. Journal of Marketing, 49(4), 41–50.
 * - Zeithaml, V. A., Berry, L. L. & Parasuraman, A. (1988). Communication and control processes
 *   in the delivery of service quality. Journal of Marketing, 52(2), 35–48.
 */
export const PROVIDER_GAPS: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: '差距1 管理层认知差距',
  2: '差距2 服务标准差距',
  3: '差距3 服务传递差距',
  4: '差距4 服务沟通差距',
};

export type ProviderGap = keyof typeof PROVIDER_GAPS;

interface GapRule {
  gaps: readonly ProviderGap[];
  questions: readonly string[];
}

/** Lecture 4's table “差距最大的维度 → 优先追问”. */
export const GAP_RULES: Readonly<Record<DimensionId, GapRule>> = {
  reliability: { gaps: [2, 3, 4], questions: ['标准是否清楚（差距2）？', '一线是否做到（差距3）？', '是否承诺过头（差距4）？'] },
  responsiveness: { gaps: [2, 3], questions: ['有没有响应时限标准（差距2）？', '人手和授权够不够（差距3）？'] },
  empathy: { gaps: [1, 3], questions: ['是否真的了解这类客群（差距1）？', '员工有没有余力和权限（差距3）？'] },
  assurance: { gaps: [3], questions: ['培训和人岗匹配是否到位（差距3）？'] },
  tangibles: { gaps: [2, 4], questions: ['设施和物品标准是否到位（差距2）？', '宣传图片是否美化过度（差距4）？'] },
};

export interface DimensionGapInput {
  dimension: DimensionId;
  gap: number;
  /** Upper end of the gap's 95% CI, when known. */
  upper?: number | null;
}

export interface FiveGapHint {
  dimension: DimensionId;
  gap: number;
  /** Rank among the negative gaps, 1 = largest shortfall. */
  rank: number;
  /** The whole confidence interval lies below 0. */
  clearlyNegative: boolean;
  gaps: readonly ProviderGap[];
  questions: readonly string[];
  sentence: string;
}

/**
 * Hints for the dimensions whose gap is negative, largest shortfall first.
 * @param dimensions each dimension's mean gap P − E (and its CI's upper end)
 * @param limit how many hints to return (default 3)
 * @example fiveGapHints([{ dimension: 'responsiveness', gap: -1.3 }, { dimension: 'tangibles', gap: -0.3 }])[0].gaps // [2, 3]
 */
export function fiveGapHints(dimensions: readonly DimensionGapInput[], limit = 3): FiveGapHint[] {
  return dimensions
    .filter((entry) => Number.isFinite(entry.gap) && entry.gap < 0)
    .sort((a, b) => a.gap - b.gap)
    .slice(0, limit)
    .map((entry, index) => {
      const rule = GAP_RULES[entry.dimension];
      const clearlyNegative = typeof entry.upper === 'number' && entry.upper < 0;
      const name = dimensionById(entry.dimension).courseName;
      const sentence = `「${name}」差距 ${formatGap(entry.gap)}${clearlyNegative ? '' : '（95% 置信区间包含 0，可能只是抽样波动）'}：通常先查${rule.gaps.map((gap) => PROVIDER_GAPS[gap]).join('、')}。`;
      return { dimension: entry.dimension, gap: entry.gap, rank: index + 1, clearlyNegative, gaps: rule.gaps, questions: rule.questions, sentence };
    });
}
