import { categoryLabel, KANO_CATEGORIES, type KanoCategory } from './categories';
import { rankCategories, totalCount, type CategoryCounts } from './categoryCounts';
import { fongTest, type FongTestResult } from './fong';

/**
 * The category a feature is assigned to, and how sure that is.
 *
 * 1. The most frequent category (mode) is the candidate (Berger et al. 1993).
 * 2. The Fong (1996) test compares it with the second most frequent.
 * 3. When the two are not significantly different and both are among M, O, A, I, the
 *    M > O > A > I rule decides: choose the one whose neglect would hurt most (Berger et al.
 *    1993; Matzler & Hinterhuber 1998, "if in doubt, M > O > A > I").
 *    When R or Q is involved, the top category is kept and the feature is marked as mixed.
 *
 * References: Berger et al. (1993), Center for Quality Management Journal 2(4);
 * Fong (1996), Center for Quality Management Journal 5(3), 21–23;
 * Matzler & Hinterhuber (1998), Technovation 18(1), 25–38.
 */
export type DecidedBy =
  /** the top category is significantly more frequent than the second */
  | 'clear'
  /** top two close, resolved by the M > O > A > I rule */
  | 'rule'
  /** top two close and R or Q among them: no rule applies */
  | 'mixed';

export interface FeatureClassification {
  category: KanoCategory;
  top: KanoCategory;
  second: KanoCategory;
  fong: FongTestResult;
  decidedBy: DecidedBy;
  /** The Fong result and the decision in one or two plain Chinese sentences. */
  explanation: string;
}

const RULE_CATEGORIES: ReadonlySet<KanoCategory> = new Set(['M', 'O', 'A', 'I']);

function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * @param counts category counts of one feature
 * @returns the assigned category with the Fong test and an explanation, or null when there is no
 *   classified answer pair
 * @example classifyFeature({ M: 95, O: 123, A: 45, I: 33, R: 0, Q: 0 })?.category // 'O' (Fong: 28 ≥ 19.4)
 */
export function classifyFeature(counts: CategoryCounts): FeatureClassification | null {
  const respondents = totalCount(counts);
  if (respondents === 0) return null;
  const [top, second] = rankCategories(counts) as [KanoCategory, KanoCategory];
  const fong = fongTest(counts[top], counts[second], respondents);
  const fongWords = `Fong 检验：两者相差 ${formatCount(fong.difference)} 人，临界值 ${fong.criticalValue.toFixed(1)}`;

  if (counts[second] === 0) {
    return { category: top, top, second, fong, decidedBy: 'clear', explanation: `所有有效回答都是${categoryLabel(top)}。` };
  }
  if (fong.significant) {
    return {
      category: top,
      top,
      second,
      fong,
      decidedBy: 'clear',
      explanation: `${categoryLabel(top)}（${counts[top]} 人）明显多于${categoryLabel(second)}（${counts[second]} 人）。${fongWords}，差距显著，可以归为${categoryLabel(top)}。`,
    };
  }
  const close = `${categoryLabel(top)}（${counts[top]} 人）与${categoryLabel(second)}（${counts[second]} 人）不相上下。${fongWords}，差距不显著`;
  if (RULE_CATEGORIES.has(top) && RULE_CATEGORIES.has(second)) {
    const category = KANO_CATEGORIES.indexOf(top) <= KANO_CATEGORIES.indexOf(second) ? top : second;
    return {
      category,
      top,
      second,
      fong,
      decidedBy: 'rule',
      explanation: `${close}，按 M > O > A > I 规则（缺了哪类最伤满意度就先按哪类对待）归为${categoryLabel(category)}；两类旅客都值得照顾。`,
    };
  }
  return {
    category: top,
    top,
    second,
    fong,
    decidedBy: 'mixed',
    explanation: `${close}，且涉及反向或可疑回答，不宜用 M > O > A > I 规则，暂按${categoryLabel(top)}看待，请结合访谈判断。`,
  };
}
