/**
 * Reading a pasted list of 0–10 scores (one per line, or separated by spaces, commas or 、).
 */
import { readNumber } from '../import/cells';
import { IssueLog } from '../import/issues';
import type { IssueSummary } from '../import/types';

export type ParsedScores =
  | { ok: true; scores: number[]; issues: IssueSummary }
  | { ok: false; error: string; issues: IssueSummary };

const SEPARATORS = /[\s,，;；、|]+/u;
const SCORE_RANGE = { min: 0, max: 10, integer: true } as const;

/**
 * Parses pasted answers into integer scores 0 … 10. Cells are read like imported ones
 * (`9分`, full-width `９`, `9.0` accepted; `(跳过)`, `(空)`, negative codes are missing);
 * rejected values are reported with their line ("行") and position, valid ones are kept.
 *
 * @param text the pasted text
 * @returns the scores in input order and the issues, or a Chinese message when nothing valid was found
 * @example parseScoreList('10 9\n3').scores // [10, 9, 3]
 */
export function parseScoreList(text: string): ParsedScores {
  const log = new IssueLog();
  const scores: number[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, lineIndex) => {
    const tokens = line.split(SEPARATORS).filter((token) => token !== '');
    tokens.forEach((token, tokenIndex) => {
      const column = tokens.length > 1 ? `第 ${tokenIndex + 1} 个数` : '分数';
      const value = log.record(lineIndex + 1, column, token, readNumber(token, SCORE_RANGE));
      if (value !== null) scores.push(value);
    });
  });
  const issues = log.summary();
  if (scores.length > 0) return { ok: true, scores, issues };
  if (issues.total === 0) return { ok: false, error: '还没有粘贴分数：每行一个 0–10 的整数，或用空格、逗号分隔。', issues };
  return { ok: false, error: `没有可用的分数：${issues.total} 个值都未计入（见下方列表）。分数应为 0–10 的整数。`, issues };
}

export type ParsedCounts = { ok: true; counts: number[] } | { ok: false; error: string; score: number };

/** Largest count accepted in one box (keeps sums exact in floating point). */
export const MAX_COUNT = 1_000_000_000;

/**
 * Reads the eleven "number of respondents" boxes. Empty boxes count as 0.
 *
 * @param boxes eleven strings as typed, index = score
 * @returns counts, or a Chinese message naming the first bad box
 * @example parseCountBoxes(['', '', '', '', '', '', '1', '', '', '', '2']).counts // [0,0,0,0,0,0,1,0,0,0,2]
 */
export function parseCountBoxes(boxes: readonly string[]): ParsedCounts {
  const counts: number[] = [];
  for (let score = 0; score <= 10; score += 1) {
    const text = (boxes[score] ?? '').trim();
    if (text === '') {
      counts.push(0);
      continue;
    }
    const reading = readNumber(text.replace(/[,，]/g, ''), { min: 0, integer: true });
    if (reading.kind !== 'value' || reading.value > MAX_COUNT) {
      const why = reading.kind === 'value' ? '超过 10 亿' : reading.kind === 'missing' ? '不是人数' : reading.reason;
      return { ok: false, score, error: `「${score} 分」的人数“${text}”无法使用（${why}）：请填写 0 或正整数。` };
    }
    counts.push(reading.value);
  }
  return { ok: true, counts };
}
