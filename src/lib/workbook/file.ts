/**
 * The file a team hands in (one workbook) and the trainer's combined file (several), both JSON
 * with a kind and a version: `{ kind, v, s }`. Reading a file never throws: anything that is not
 * a workbook file of a version this site knows gives one Chinese sentence naming the file
 * (read.ts, with zod: fetched when a file is opened).
 */
import { wrapState } from '../tool/wrap';
import type { Workbook } from './schema';
import { findSheet } from './sheets';
import { checkSmart, goalFromAnswers, type SmartFinding } from './smart';
import { tableRows, WORKBOOK_VERSION } from './state';

export const FILE_KIND = 'jzfw-workbook';
export const SET_KIND = 'jzfw-workbook-set';

export function exportWorkbook(book: Workbook): string {
  return JSON.stringify({ kind: FILE_KIND, ...wrapState(WORKBOOK_VERSION, book) }, null, 1);
}

export function exportSet(books: readonly Workbook[]): string {
  return JSON.stringify({ kind: SET_KIND, v: WORKBOOK_VERSION, s: books });
}

/** A file name for a team's workbook, e.g. '团队工作册-第一组.json'. */
export function fileName(book: Workbook): string {
  const team = book.team.trim().replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40) || '未命名团队';
  return `团队工作册-${team}.json`;
}

/**
 * Merges the workbooks of several files: one per team id (the most recently updated wins), in
 * the order the teams first appear (the order the trainer opened the files). `replaced` counts the
 * copies dropped.
 */
export function mergeWorkbooks(lists: readonly (readonly Workbook[])[]): { books: Workbook[]; replaced: number } {
  const byId = new Map<string, Workbook>();
  let replaced = 0;
  for (const book of lists.flat()) {
    const seen = byId.get(book.id);
    if (seen) replaced += 1;
    if (!seen || seen.updated <= book.updated) byId.set(book.id, book);
  }
  return { books: [...byId.values()], replaced };
}

export interface ActionRow {
  team: string;
  action: string;
  owner: string;
  due: string;
  status: string;
}

/** Every team's action plan rows (worksheet 9), in one list: who owns what, by when. */
export function actionRows(books: readonly Workbook[]): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const book of books) {
    for (const row of tableRows(book.sheets.plan?.actions, 0)) {
      if (!(row.action ?? '').trim()) continue;
      rows.push({ team: book.team || '未命名团队', action: row.action ?? '', owner: row.owner ?? '', due: row.due ?? '', status: row.status ?? '' });
    }
  }
  return rows;
}

/** Each team's SMART goal and its findings, for the comparison view. */
export function smartComparison(books: readonly Workbook[]): { team: string; goal: ReturnType<typeof goalFromAnswers>; findings: SmartFinding[] }[] {
  return books.map((book) => {
    const goal = goalFromAnswers(book.sheets.smart);
    return { team: book.team || '未命名团队', goal, findings: checkSmart(goal) };
  });
}

/** True when the id names a worksheet (used by the gallery's worksheet picker). */
export function isSheet(id: string): boolean {
  return findSheet(id) !== undefined;
}
