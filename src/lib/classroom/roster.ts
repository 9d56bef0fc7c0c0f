/**
 * A class list pasted into a text box: one name per line, or separated by commas, semicolons,
 * tabs (a column or row copied from Excel or a WeChat group) — ASCII or full-width. Blank
 * entries are skipped; a repeated name is kept once and reported, since a list pasted twice is
 * more common than two people with the same name (who can be told apart as 张伟（财务）).
 */

/** The most names a list may hold: far more than a class, few enough to show every group. */
export const MAX_NAMES = 1000;
/** The longest name: a longer entry is almost always a sentence pasted by mistake. */
export const MAX_NAME_LENGTH = 30;

export interface Roster {
  names: string[];
  /** Each repeated name with the lines (1-based) where it appeared after the first. */
  duplicates: { name: string; lines: number[] }[];
  /** How many blank entries were skipped. */
  blanks: number;
}

export type RosterResult = ({ ok: true } & Roster) | { ok: false; message: string };

/** The longest paste read: 1000 names of up to 30 characters with their separators fit easily. */
export const MAX_TEXT_LENGTH = 40_000;

const SEPARATORS = /[,，;；、\t]/;

/** Parses a pasted list; the message names the line of the first problem. */
export function parseRoster(text: string): RosterResult {
  if (text.length > MAX_TEXT_LENGTH) {
    return { ok: false, message: `粘贴的内容有 ${text.length} 个字符，超过 ${MAX_TEXT_LENGTH} 的上限，不像一份名单：请只粘贴名字那一列。` };
  }
  const names: string[] = [];
  const firstLine = new Map<string, number>();
  const repeats = new Map<string, number[]>();
  let blanks = 0;
  // Trailing line breaks (most pastes end with one) are not blank entries.
  const lines = text.trimEnd().split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    for (const part of line.split(SEPARATORS)) {
      const name = part.replace(/\s+/g, ' ').trim();
      if (name === '') {
        if (text.trim() !== '') blanks += 1;
        continue;
      }
      if ([...name].length > MAX_NAME_LENGTH) {
        return { ok: false, message: `第 ${lineNumber} 行的“${[...name].slice(0, 12).join('')}…”超过 ${MAX_NAME_LENGTH} 个字，不像一个名字：请每行只放一个名字。` };
      }
      const seen = firstLine.get(name);
      if (seen !== undefined) {
        const lines = repeats.get(name);
        if (lines) lines.push(lineNumber);
        else repeats.set(name, [lineNumber]);
        continue;
      }
      firstLine.set(name, lineNumber);
      names.push(name);
      if (names.length > MAX_NAMES) {
        return { ok: false, message: `名单超过 ${MAX_NAMES} 人（在第 ${lineNumber} 行）：请分批粘贴，或检查是否粘贴了别的内容。` };
      }
    }
  }
  if (names.length === 0) return { ok: false, message: '名单是空的：请粘贴名字，每行一个（也可以用逗号、顿号或分号隔开）。' };
  return { ok: true, names, duplicates: [...repeats].map(([name, dupLines]) => ({ name, lines: dupLines })), blanks };
}

/** What the page says about skipped entries (empty when there is nothing to say). */
export function rosterNotes(roster: Roster): string[] {
  const notes: string[] = [];
  for (const { name, lines } of roster.duplicates) {
    const where = lines.length > 5 ? `第 ${lines.slice(0, 5).join('、')} 行等 ${lines.length} 处` : `第 ${lines.join('、')} 行`;
    notes.push(`“${name}”重复出现（${where}），只算一次；如果是同名的两个人，请加上区分，例如“${name}（财务）”。`);
  }
  if (roster.blanks > 0) notes.push(`跳过了 ${roster.blanks} 个空白项。`);
  return notes;
}
