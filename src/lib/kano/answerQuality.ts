import { categoryShares, type CategoryCounts } from './categoryCounts';
import { CATEGORY_STRENGTH_GUIDE, categoryStrength, TOTAL_STRENGTH_GUIDE, totalStrength } from './strength';

/**
 * Warnings about a feature's answers that a trainer should read before trusting its category.
 *
 * - Many Q (questionable) answers: respondents contradicted themselves (liked or disliked both the
 *   presence and the absence) — the question was probably unclear (Berger et al. 1993).
 * - Many R (reverse) answers: part of the sample does not want the feature, or the functional and
 *   dysfunctional columns were swapped (Berger et al. 1993; Matzler & Hinterhuber 1998).
 * - Low total strength or category strength (Lee & Newcomb 1997): see strength.ts.
 *
 * The 10 % warning line for Q and R is this tool's rule of thumb, not a published threshold.
 */
export const HIGH_QUESTIONABLE_SHARE = 0.1;
export const HIGH_REVERSE_SHARE = 0.1;
/** Below this many classified pairs, category shares move by several points per respondent. */
export const SMALL_SAMPLE = 30;

export type AnswerFlagKind = 'questionable' | 'reverse' | 'weak-total' | 'weak-category' | 'small-sample';

export interface AnswerFlag {
  kind: AnswerFlagKind;
  message: string;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * @param counts category counts of one feature
 * @returns the warnings that apply, most serious first; empty when none (or nothing was classified)
 * @example answerFlags({ A: 5, O: 5, M: 5, I: 5, R: 0, Q: 10 })[0].kind // 'questionable'
 */
export function answerFlags(counts: CategoryCounts): AnswerFlag[] {
  const shares = categoryShares(counts);
  const total = counts.A + counts.O + counts.M + counts.I + counts.R + counts.Q;
  if (total === 0) return [];
  const flags: AnswerFlag[] = [];
  if (shares.Q >= HIGH_QUESTIONABLE_SHARE) {
    flags.push({
      kind: 'questionable',
      message: `可疑回答（Q）占 ${percent(shares.Q)}：不少人对“提供”和“不提供”给出了同样的喜欢或不喜欢，题目可能表述不清，或受访者没有读懂正反两问。`,
    });
  }
  if (shares.R >= HIGH_REVERSE_SHARE) {
    flags.push({
      kind: 'reverse',
      message: `反向回答（R）占 ${percent(shares.R)}：有一部分旅客宁愿没有这项服务；也请核对正向、反向两列是否对调。`,
    });
  }
  if (totalStrength(counts) < TOTAL_STRENGTH_GUIDE) {
    flags.push({
      kind: 'weak-total',
      message: `总强度（A+O+M）只有 ${percent(totalStrength(counts))}，低于 60%：多数旅客对这项服务无所谓或有疑问。`,
    });
  }
  if (categoryStrength(counts) < CATEGORY_STRENGTH_GUIDE) {
    flags.push({
      kind: 'weak-category',
      message: `类别强度只有 ${percent(categoryStrength(counts))}，低于 6%：前两类几乎一样多，这项服务在旅客中属于混合型。`,
    });
  }
  if (total < SMALL_SAMPLE) {
    flags.push({ kind: 'small-sample', message: `只有 ${total} 份完整回答，少于 ${SMALL_SAMPLE} 份，分类结论不稳定。` });
  }
  return flags;
}
