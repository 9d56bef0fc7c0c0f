/**
 * Column choice with reasons. Every column is scored for a role (the NPS 0–10 score, a group
 * column) from its profile (profile.ts, over all rows): evidence for and against, each a short
 * Chinese phrase the page shows as the reason. A role is filled at once only when one candidate
 * is clearly best and nothing speaks against it; otherwise the page asks, and the previous
 * result stays until the person chooses.
 */
import { cleanHeader } from './headers';
import type { ColumnProfile, TableLayout } from './profile';

export interface RoleCandidate {
  column: number;
  header: string;
  score: number;
  /** Evidence for, in plain Chinese (e.g. 0–10 分整数、表头含“推荐”). */
  reasonsFor: string[];
  /** Evidence against (e.g. 最大值只有 5，像 1–5 分量表). */
  reasonsAgainst: string[];
}

export type RoleDecision =
  /** One candidate is clearly best: compute at once. */
  | { status: 'chosen'; column: number; candidates: RoleCandidate[] }
  /** Several plausible columns, or only doubtful ones: ask. */
  | { status: 'ask'; candidates: RoleCandidate[] }
  /** Nothing fits. */
  | { status: 'none'; candidates: RoleCandidate[] };

/** How many candidates the page lists. */
export const SHOWN_CANDIDATES = 4;

/** Header words that mark the 0–10 recommendation question (Chinese, traditional, Korean, Japanese, English). */
export const NPS_HEADER_WORDS: readonly string[] = ['净推荐', '推荐', '推薦', '可能性', '向朋友', '向亲友', 'nps', 'recommend', '추천', 'おすすめ', '勧め', 'empfehl'];
/** Header words that mark a grouping column. */
export const GROUP_HEADER_WORDS: readonly string[] = ['分组', '组别', '部门', '门店', '門店', '門市', '分店', '酒店', '地区', '区域', '渠道', '类型', '类别', '产品', '城市', '省份', '性别', '年龄段', '会员', '月份', '季度', '网点', '航线', 'segment', 'group', 'region', 'store', '지점', '店舗'];
/** A header that says the scale is 0–10. */
const ZERO_TO_TEN = /0\s*(?:分)?\s*[-–—~～到至]\s*10|0\s*=.*10\s*=|11\s*[级点]|十一级/;

function headerWord(header: string, words: readonly string[]): string | null {
  const clean = cleanHeader(header).toLowerCase();
  return words.find((word) => clean.includes(word)) ?? null;
}

/** True when the header says 0–10 (“0–10 分”, “0~10”, “11 级”). */
export function headerSaysZeroToTen(header: string): boolean {
  return ZERO_TO_TEN.test(header);
}

const formatShare = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The NPS score role for one column, or null when the column cannot hold scores at all
 * (a 问卷星 meta column, no numbers, mostly text).
 * @example scoreNpsColumn(profile) // { score: 7, reasonsFor: ['0–10 分整数', '表头含“推荐”'], … }
 */
export function scoreNpsColumn(profile: ColumnProfile): RoleCandidate | null {
  if (profile.meta || profile.numbers === 0) return null;
  const share = profile.numbers / Math.max(1, profile.filled);
  if (share < 0.5) return null;
  const reasonsFor: string[] = [];
  const reasonsAgainst: string[] = [];
  let score = 0;
  const min = profile.min!;
  const max = profile.max!;
  const integerOnly = profile.integers === profile.numbers;
  const distinctScores = profile.smallIntegers.filter((count) => count > 0).length;
  if (!integerOnly) {
    score -= 3;
    reasonsAgainst.push('含小数');
  }
  if (share < 0.9) {
    score -= 2;
    reasonsAgainst.push(`有 ${formatShare(1 - share)} 的答案不是数字`);
  }
  if (max > 11 || min < 0) {
    score -= 5;
    reasonsAgainst.push(max > 11 ? `有大于 10 的数（最大 ${max}）` : `有负数（最小 ${min}）`);
  } else if (max === 11 && min >= 1) {
    score += 3;
    reasonsFor.push('取值 1–11：像按选项序号导出的 0–10 分题');
  } else if (max === 11) {
    score -= 3;
    reasonsAgainst.push('同时有 0 和 11，超出 0–10');
  } else if (max <= 1) {
    score -= 6;
    reasonsAgainst.push('只有 0 和 1：像多选题拆分出的列');
  } else if (max <= 5) {
    score -= 5;
    reasonsAgainst.push(`最大值只有 ${max}：像 1–5 分量表`);
  } else if (max <= 7) {
    score -= 4;
    reasonsAgainst.push(`最大值只有 ${max}：像 1–7 分量表`);
  } else if (integerOnly) {
    score += max === 10 ? 3 : 2;
    reasonsFor.push(max === 10 ? `${min}–10 分整数` : `整数，都在 0–10 之内（最大 ${max}）`);
  }
  if (distinctScores >= 6) {
    score += 1;
    reasonsFor.push(`取值分散（${distinctScores} 种分数）`);
  } else if (distinctScores <= 2 && profile.numbers >= 10) {
    score -= 1;
    reasonsAgainst.push(`只有 ${distinctScores} 种取值`);
  }
  const word = headerWord(profile.header, NPS_HEADER_WORDS);
  if (word) {
    score += 3;
    reasonsFor.push(`表头含“${word}”`);
  }
  if (headerSaysZeroToTen(profile.header)) {
    score += 2;
    reasonsFor.push('表头写明 0–10');
  }
  if (profile.matrixItem !== null) {
    score -= 2;
    reasonsAgainst.push(`矩阵题的子项（“${profile.matrixItem}”）`);
  }
  if (profile.optionSplit) {
    score -= 4;
    reasonsAgainst.push('多选题的选项拆分列');
  }
  if (profile.sequential) {
    score -= 6;
    reasonsAgainst.push('逐行加 1：像序号');
  }
  return { column: profile.index, header: profile.header, score, reasonsFor, reasonsAgainst };
}

/** Smallest score that can be chosen without asking, and the lead it needs over the runner-up. */
const CHOOSE_SCORE = 4;
const CHOOSE_LEAD = 3;

/**
 * Ranks candidates and decides: chosen (compute at once), ask, or none.
 * @param scored one entry per column (null = cannot hold the role)
 */
export function decideRole(scored: readonly (RoleCandidate | null)[], options: { chooseScore?: number; chooseLead?: number } = {}): RoleDecision {
  const chooseScore = options.chooseScore ?? CHOOSE_SCORE;
  const chooseLead = options.chooseLead ?? CHOOSE_LEAD;
  const all = scored.filter((candidate): candidate is RoleCandidate => candidate !== null).sort((a, b) => b.score - a.score || a.column - b.column);
  const plausible = all.filter((candidate) => candidate.score > 0);
  // Nothing plausible: still list the near misses (e.g. a 推荐 item on a 1–5 scale) so the question shows what was seen.
  const candidates = (plausible.length > 0 ? plausible : all.filter((candidate) => candidate.reasonsFor.length > 0 && candidate.score > -5)).slice(0, SHOWN_CANDIDATES);
  const best = plausible[0];
  if (!best) return { status: candidates.length > 0 ? 'ask' : 'none', candidates };
  const second = plausible[1];
  const clear = best.score >= chooseScore && best.reasonsAgainst.length === 0 && (!second || best.score - second.score >= chooseLead);
  return clear ? { status: 'chosen', column: best.column, candidates } : { status: 'ask', candidates };
}

/** The NPS score column: scored over all rows, chosen only when clearly best. */
export function decideNpsColumn(profiles: readonly ColumnProfile[]): RoleDecision {
  return decideRole(profiles.map(scoreNpsColumn));
}

/**
 * The group role for one column: few distinct values, each repeated, not an id or free text.
 * @param exclude a column already used for another role (e.g. the score column)
 */
export function scoreGroupColumn(profile: ColumnProfile, maxGroups = 30): RoleCandidate | null {
  if ((profile.meta && cleanHeader(profile.header) !== '来源') || profile.filled === 0 || profile.distinct < 2) return null;
  if (profile.distinctCapped || profile.distinct > maxGroups || profile.secondsSuffix > 0) return null;
  const reasonsFor: string[] = [];
  const reasonsAgainst: string[] = [];
  let score = 0;
  const word = headerWord(profile.header, GROUP_HEADER_WORDS);
  if (word) {
    score += 3;
    reasonsFor.push(`表头含“${word}”`);
  }
  const perGroup = profile.filled / profile.distinct;
  if (perGroup >= 3) {
    score += 2;
    reasonsFor.push(`${profile.distinct} 个不同的值，平均每个出现 ${Math.round(perGroup)} 次`);
  } else {
    score -= 3;
    reasonsAgainst.push(profile.distinct > profile.filled * 0.8 ? '几乎每行都不同：像编号或自由填写' : `${profile.distinct} 个值，多数只出现一两次`);
  }
  if (profile.text > profile.numbers) {
    score += 1;
    reasonsFor.push('文字取值');
  } else if (!word) {
    score -= 3;
    reasonsAgainst.push('数值列：像评分题');
  }
  if (profile.multiChoice > 0) {
    score -= 3;
    reasonsAgainst.push('多选题（答案用“┋”连接）');
  }
  if (profile.matrixItem !== null) {
    score -= 1;
    reasonsAgainst.push(`矩阵题的子项（“${profile.matrixItem}”）`);
  }
  return { column: profile.index, header: profile.header, score, reasonsFor, reasonsAgainst };
}

/** The group column (optional role): chosen only when clearly best, never the score column. */
export function decideGroupColumn(profiles: readonly ColumnProfile[], exclude: number | null): RoleDecision {
  return decideRole(profiles.map((profile) => (profile.index === exclude ? null : scoreGroupColumn(profile))), { chooseScore: 3, chooseLead: 2 });
}

export type OptionNumberVerdict =
  /** Values are the scores themselves. */
  | { kind: 'none' }
  /** Values are option numbers 1–11: subtract 1 (shown with a notice and a switch). */
  | { kind: 'shifted'; reason: string }
  /** Could be either: ask. */
  | { kind: 'ambiguous'; reason: string };

/**
 * Is a 0–10 item exported as option numbers 1–11 (问卷星 “按选项序号”: option 1 is 0分)?
 * Shifted: an 11 and no 0. Ambiguous (ask): no 0 and no 11, but 1s and a header saying 0–10,
 * or the file is a 问卷星 option-number download.
 * @example optionNumberVerdict(profileOf(['1', '9', '11']), layout) // { kind: 'shifted', … }
 */
export function optionNumberVerdict(profile: ColumnProfile, layout: TableLayout): OptionNumberVerdict {
  if (profile.numbers === 0 || profile.integers !== profile.numbers) return { kind: 'none' };
  const min = profile.min!;
  const max = profile.max!;
  if (min < 1 || max > 11) return { kind: 'none' };
  if (max === 11) return { kind: 'shifted', reason: '这一列有 11 而没有 0：是选项序号 1–11，不是 0–10 分' };
  // Header says 0–10, there are 1s but no 0: option 1 (= 0分) may be what the 1s are.
  if (headerSaysZeroToTen(profile.header) && min === 1) return { kind: 'ambiguous', reason: `表头写的是 0–10 分，但数据里没有 0（最小 1、最大 ${max}）` };
  if (layout.optionNumberLayout) return { kind: 'ambiguous', reason: '这是问卷星“按选项序号”下载的文件，而这一列没有 0' };
  return { kind: 'none' };
}
