/**
 * Plausibility warnings for an NPS result: signs that the numbers counted are not answers to a
 * 0–10 recommendation question, or that the sample cannot carry the precision a reader might
 * assume. They sit next to the result on screen, in the printout and in the CSV export; a share
 * link carries the counts, so the page that opens it shows the same warnings again.
 */
import { SMALL_SAMPLE } from './interpretation';

/**
 * The warnings for a distribution of 0–10 scores (counts[s] = answers with score s).
 * @param counts eleven counts
 * @param notes how an imported column was read (e.g. option numbers converted), passed through first
 * @returns plain-Chinese warnings, most serious first (empty when nothing looks wrong)
 * @example npsPlausibility([0, 3, 5, 9, 2, 1, 0, 0, 0, 0, 0]) // ['所有分数都不超过 5：…', …]
 */
export function npsPlausibility(counts: readonly number[], notes: readonly string[] = []): string[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return [...notes];
  const highest = counts.reduce((max, count, score) => (count > 0 ? score : max), 0);
  const warnings = [...notes];
  if (highest <= 1 && total >= 2) {
    warnings.push('只有 0 分和 1 分：这一列像多选题拆分出的 0/1 列（选中记 1），不是 0–10 分推荐题。请核对所选的列。');
  } else if (highest <= 5 && total >= 5) {
    warnings.push(`所有分数都不超过 ${highest}：这一列像 1–5 分量表，不是 0–10 分推荐题，NPS 会因此接近 −100。请核对所选的列。`);
  } else if (highest <= 7 && total >= 5) {
    warnings.push(`所有分数都不超过 ${highest}：这一列像 1–7 分量表，不是 0–10 分推荐题。请核对所选的列。`);
  }
  if (total < SMALL_SAMPLE) {
    warnings.push(`只有 ${total} 份回答：置信区间很宽，NPS 只能看大致方向，不宜据此比较或下结论。`);
  }
  return warnings;
}

/** True when a warning says the column itself may be wrong (then no precision claim is made). */
export function columnInDoubt(counts: readonly number[]): boolean {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const highest = counts.reduce((max, count, score) => (count > 0 ? score : max), 0);
  return total >= 2 && (highest <= 1 || (highest <= 7 && total >= 5));
}
