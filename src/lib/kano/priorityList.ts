import { CATEGORY_DEFINITIONS, type KanoCategory } from './categories';
import type { FeatureSummary } from './featureSummary';

/**
 * A plain-Chinese action list from the classification:
 *
 * 1. 基本型 M first — missing them causes dissatisfaction whatever else is done; ordered by |Worse|.
 * 2. 期望型 O next, ordered by |Worse| (the cost of doing them badly), then Better.
 * 3. 兴奋型 A, ordered by Better (the satisfaction they add).
 * 4. 无差异型 I and 反向型 R: candidates to drop, simplify or make optional.
 * 5. Features dominated by Q: check the questions before deciding anything.
 *
 * References: the M > O > A > I order of Berger et al. (1993) and Matzler & Hinterhuber (1998);
 * Better/Worse as priority measures after Timko in Berger et al. (1993).
 */
export type PriorityGroup = 'must' | 'performance' | 'attractive' | 'drop' | 'check';

export interface PriorityItem {
  feature: string;
  category: KanoCategory;
  group: PriorityGroup;
  sentence: string;
}

export const PRIORITY_GROUP_TITLES: Readonly<Record<PriorityGroup, string>> = {
  must: '先补齐：基本型',
  performance: '持续投入：期望型',
  attractive: '打造惊喜：兴奋型',
  drop: '可考虑削减或改为可选',
  check: '先核对题目',
};

const GROUP_OF: Readonly<Record<KanoCategory, PriorityGroup>> = { M: 'must', O: 'performance', A: 'attractive', I: 'drop', R: 'drop', Q: 'check' };
const GROUP_ORDER: readonly PriorityGroup[] = ['must', 'performance', 'attractive', 'drop', 'check'];

/** Two decimals with a true minus sign (U+2212), as printed in the tables. */
const two = (value: number) => value.toFixed(2).replace('-', '−');
const percent = (share: number) => `${Math.round(share * 100)}%`;

function sentenceFor(summary: FeatureSummary, category: KanoCategory): string {
  const name = `「${summary.name}」`;
  const better = summary.coefficients?.better ?? 0;
  const worse = summary.coefficients?.worse ?? 0;
  const share = percent(summary.shares[category]);
  switch (category) {
    case 'M':
      return `${name}必须先做好：${share} 的旅客视为理所当然，缺了就会不满（Worse ${two(worse)}）。`;
    case 'O':
      return `${name}值得持续投入：做得越好越满意，做差了明显扣分（Worse ${two(worse)}，Better ${two(better)}）。`;
    case 'A':
      return `${name}可以作为惊喜亮点：提供后满意度上升（Better ${two(better)}），不提供也不会招致不满。`;
    case 'I':
      return `${name}多数旅客无所谓（${CATEGORY_DEFINITIONS.I.name} ${share}），可考虑削减或把资源挪给前面几项。`;
    case 'R':
      return `${name}有 ${share} 的旅客宁愿没有，可考虑取消或改为旅客自选。`;
    case 'Q':
      return `${name}矛盾回答较多（${share}），结论不可靠，请先检查题目表述再决定。`;
  }
}

/**
 * @param features feature summaries (features without classified answers are left out)
 * @returns the action list in priority order
 */
export function priorityList(features: readonly FeatureSummary[]): PriorityItem[] {
  const items = features.flatMap((summary) => {
    const category = summary.classification?.category;
    if (category === undefined) return [];
    return [{ summary, category, group: GROUP_OF[category] }];
  });
  const worseMagnitude = (summary: FeatureSummary) => Math.abs(summary.coefficients?.worse ?? 0);
  const better = (summary: FeatureSummary) => summary.coefficients?.better ?? 0;
  items.sort((first, second) => {
    const byGroup = GROUP_ORDER.indexOf(first.group) - GROUP_ORDER.indexOf(second.group);
    if (byGroup !== 0) return byGroup;
    if (first.group === 'attractive') return better(second.summary) - better(first.summary);
    if (first.group === 'drop') return totalStrengthAscending(first.summary, second.summary);
    return worseMagnitude(second.summary) - worseMagnitude(first.summary) || better(second.summary) - better(first.summary);
  });
  return items.map(({ summary, category, group }) => ({ feature: summary.name, category, group, sentence: sentenceFor(summary, category) }));
}

/** Among drop candidates, the feature fewest respondents care about comes first. */
function totalStrengthAscending(first: FeatureSummary, second: FeatureSummary): number {
  return first.totalStrength - second.totalStrength;
}
