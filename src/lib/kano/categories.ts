/**
 * The six Kano categories and their Chinese names.
 *
 * References: Kano et al. (1984) for A, O, M, I, R; Berger et al. (1993), Center for Quality
 * Management Journal 2(4), for Q (questionable: contradictory answers) and the letters used here.
 * Open explainer: https://kano-model.proofofthepudding.be/
 */

/** A attractive · O one-dimensional · M must-be · I indifferent · R reverse · Q questionable. */
export type KanoCategory = 'A' | 'O' | 'M' | 'I' | 'R' | 'Q';

/**
 * All categories in the order of the M > O > A > I rule (Berger et al. 1993; Matzler &
 * Hinterhuber 1998): when a feature's top categories are close, the one whose neglect would hurt
 * most wins. R and Q follow; they are never preferred by the rule.
 */
export const KANO_CATEGORIES: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

export interface KanoCategoryDefinition {
  /** Short Chinese name, e.g. 基本型. */
  name: string;
  english: string;
  /** One plain sentence a trainer can read out. */
  meaning: string;
}

export const CATEGORY_DEFINITIONS: Readonly<Record<KanoCategory, KanoCategoryDefinition>> = {
  M: { name: '基本型', english: 'Must-be', meaning: '做到了旅客觉得理所当然，做不到就强烈不满。' },
  O: { name: '期望型', english: 'One-dimensional', meaning: '做得越好越满意，做得越差越不满。' },
  A: { name: '兴奋型', english: 'Attractive', meaning: '有了带来惊喜，没有也不会不满。' },
  I: { name: '无差异型', english: 'Indifferent', meaning: '有没有都不太影响满意度。' },
  R: { name: '反向型', english: 'Reverse', meaning: '提供了反而让一部分旅客不满。' },
  Q: { name: '可疑结果', english: 'Questionable', meaning: '回答自相矛盾，多半是题目没读懂或随意作答。' },
};

/** 「基本型（M）」 */
export function categoryLabel(category: KanoCategory): string {
  return `${CATEGORY_DEFINITIONS[category].name}（${category}）`;
}
