/**
 * A worksheet as plain lines of text (heading, label, body), for the PNG that a team posts in a
 * chat: the painter (src/components/workbook/sheetPng.ts) only wraps and draws them. Empty table
 * rows are left out; a table row reads "1. 列名：值；列名：值".
 */
import type { SheetAnswers, Workbook } from './schema';
import type { SheetDef } from './sheets';
import { tableRows } from './state';

export interface Line {
  kind: 'title' | 'meta' | 'label' | 'body';
  text: string;
}

export function sheetLines(sheet: SheetDef, book: Pick<Workbook, 'team' | 'members'>, answers: SheetAnswers | undefined): Line[] {
  const lines: Line[] = [
    { kind: 'title', text: `${sheet.number}. ${sheet.title}` },
    { kind: 'meta', text: `团队：${book.team.trim() || '未命名团队'}${book.members.trim() ? `；成员：${book.members.trim()}` : ''}` },
  ];
  for (const field of sheet.fields) {
    lines.push({ kind: 'label', text: field.label });
    const value = answers?.[field.key];
    if (field.kind !== 'table') {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text) for (const paragraph of text.split(/\n+/)) lines.push({ kind: 'body', text: paragraph });
      else lines.push({ kind: 'body', text: '（未填）' });
      continue;
    }
    const rows = tableRows(value, 0).filter((row) => Object.values(row).some((cell) => cell.trim() !== ''));
    if (rows.length === 0) lines.push({ kind: 'body', text: '（未填）' });
    rows.forEach((row, index) => {
      const cells = field.columns.filter((column) => (row[column.key] ?? '').trim() !== '').map((column) => `${column.label}：${(row[column.key] ?? '').trim()}`);
      lines.push({ kind: 'body', text: `${index + 1}. ${cells.join('；')}` });
    });
  }
  return lines;
}

/**
 * Worksheet 1's needs as KANO questionnaire features: trimmed, without repeats, at most 30, each
 * at most 60 characters (the questionnaire builder refuses duplicates and empty names).
 */
export function kanoFeatures(answers: SheetAnswers | undefined): string[] {
  const needs = tableRows(answers?.needs, 0).map((row) => (row.need ?? '').trim().slice(0, 60)).filter((need) => need !== '');
  return [...new Set(needs)].slice(0, 30);
}
