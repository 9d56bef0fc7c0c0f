/**
 * Column choice with reasons for tools that need a whole mapping, not one column: KANO's
 * functional/dysfunctional pair per feature and SERVQUAL's expectation/perception columns per
 * item. Each row of the proposed mapping carries its evidence for and against in plain Chinese,
 * read from the column profiles over all rows (profile.ts). As for a single role (roles.ts), the
 * tool computes at once only when the mapping is clearly right; otherwise it asks, and the
 * previous result stays until the person confirms or edits the mapping.
 */
import { readNumber } from './cells';
import type { ColumnProfile } from './profile';

export interface MappingRow {
  /** What the row maps, e.g. 功能「免费 Wi-Fi」 or 第 3 题. */
  label: string;
  /** The columns used, each with its role in words (正向、反向、期望、感知…). */
  columns: { role: string; column: number }[];
  reasonsFor: string[];
  reasonsAgainst: string[];
}

export interface MappingDecision {
  /** chosen: compute at once; ask: show the proposal and wait; none: nothing fits. */
  status: 'chosen' | 'ask' | 'none';
  /** One line on how the mapping was found, e.g. 按表头的“正向/反向”字样配对. */
  basis: string;
  rows: MappingRow[];
  /** Doubts about the mapping as a whole (e.g. 表头没有写明正向/反向). */
  doubts: string[];
}

/**
 * Decides from the rows: chosen only when there is at least one row, nothing against any row,
 * and no doubt about the whole; ask when something was proposed; none when nothing was.
 */
export function decideMapping(basis: string, rows: MappingRow[], doubts: string[]): MappingDecision {
  if (rows.length === 0) return { status: 'none', basis, rows, doubts };
  const clear = doubts.length === 0 && rows.every((row) => row.reasonsAgainst.length === 0);
  return { status: clear ? 'chosen' : 'ask', basis, rows, doubts };
}

/** Share of answers that must be integers on the scale; the few others are rejected row by row by the analysis. */
export const ON_SCALE_SHARE = 0.95;

/**
 * How well a column's values fit a rating scale 1…max (SERVQUAL's 1–7, max ≤ 11): the reasons
 * against, or none when at least 95 % of the answers are integers on the scale (a stray 8 or a
 * typed word is reported by the analysis with its row; it does not make the column doubtful).
 * @example scaleDoubts(profile, 7, '期望') // ['期望列有 40% 的答案不在 1–7 分之内（最大 9）']
 */
export function scaleDoubts(profile: ColumnProfile | undefined, max: number, role: string): string[] {
  if (!profile) return [];
  if (profile.filled === 0) return [`${role}列是空的`];
  const doubts: string[] = [];
  if (profile.meta) doubts.push(`${role}列是问卷星的记录信息列`);
  let onScale = 0;
  for (let value = 1; value <= Math.min(max, 11); value += 1) onScale += profile.smallIntegers[value] ?? 0;
  const share = onScale / profile.filled;
  if (share < ON_SCALE_SHARE) {
    const range = profile.max === null ? '' : `（最小 ${profile.min}，最大 ${profile.max}）`;
    doubts.push(`${role}列有 ${Math.round((1 - share) * 100)}% 的答案不在 1–${max} 分之内${range}`);
  }
  // No “looks like an id” check: ids leave the scale once there are more rows than scale points,
  // which the share above catches, while a short rating column may well read 1, 2, 3, 4.
  return doubts;
}

/** Share of a column's answers that a reader accepts, from the profile's most frequent values (exact when the column has at most 12 distinct answers). */
export function acceptedShare(profile: ColumnProfile, accepts: (cell: string) => boolean): number {
  if (profile.filled === 0) return 0;
  let accepted = 0;
  for (const entry of profile.top) if (accepts(entry.value)) accepted += entry.count;
  return accepted / profile.filled;
}

/** True when a cell is a bare integer (a code, not a worded answer). */
export function isBareNumber(cell: string): boolean {
  return readNumber(cell).kind === 'value';
}
