/**
 * The device's workbooks and the pure reducer over them: create, switch, rename and delete a
 * team's workbook, type into a worksheet field or a table cell, add a table row, load a worked
 * example, and replace a workbook from an imported file. Every change stamps `updated`.
 */
import type { Device, FieldValue, Row, Workbook } from './schema';
import { findSheet, SHEETS, type SheetDef } from './sheets';

export const TOOL_ID = 'workbook';
/** Version 1 is the first; a later shape adds `migrations[1]` (schema.ts). */
export const WORKBOOK_VERSION = 1;
export const initialDevice: Device = { current: '', books: [] };

export type Event =
  | { type: 'create'; id: string; team: string; now: string }
  | { type: 'switch'; id: string }
  | { type: 'delete'; id: string }
  | { type: 'setInfo'; key: 'team' | 'members' | 'scenario'; value: string; now: string }
  | { type: 'setText'; sheet: string; key: string; value: string; now: string }
  | { type: 'setCell'; sheet: string; key: string; row: number; column: string; value: string; now: string }
  | { type: 'addRow'; sheet: string; key: string; now: string }
  | { type: 'loadSheet'; sheet: string; answers: Record<string, FieldValue>; now: string }
  | { type: 'import'; book: Workbook };

export function emptyWorkbook(id: string, team = '', now = new Date(0).toISOString()): Workbook {
  return { id, team, members: '', scenario: '', updated: now, sheets: {} };
}

export function currentBook(device: Device): Workbook | undefined {
  return device.books.find((book) => book.id === device.current);
}

function updateCurrent(device: Device, change: (book: Workbook) => Workbook): Device {
  const book = currentBook(device);
  if (!book) return device;
  return { ...device, books: device.books.map((candidate) => (candidate === book ? change(candidate) : candidate)) };
}

/** The table's rows padded to at least the worksheet's row count, so cell `row` exists. */
export function tableRows(value: FieldValue | undefined, minimum: number): Row[] {
  const rows = Array.isArray(value) ? value : [];
  return rows.length >= minimum ? rows : [...rows, ...Array.from({ length: minimum - rows.length }, () => ({}))];
}

function tableMinimum(sheet: string, key: string): number {
  const field = findSheet(sheet)?.fields.find((candidate) => candidate.key === key);
  return field?.kind === 'table' ? field.rows : 1;
}

export function reduce(device: Device, event: Event): Device {
  switch (event.type) {
    case 'create':
      if (device.books.some((book) => book.id === event.id)) return { ...device, current: event.id };
      return { current: event.id, books: [...device.books, emptyWorkbook(event.id, event.team, event.now)] };
    case 'switch':
      return device.books.some((book) => book.id === event.id) ? { ...device, current: event.id } : device;
    case 'delete': {
      const books = device.books.filter((book) => book.id !== event.id);
      return { books, current: device.current === event.id ? (books[0]?.id ?? '') : device.current };
    }
    case 'setInfo':
      return updateCurrent(device, (book) => ({ ...book, [event.key]: event.value, updated: event.now }));
    case 'setText':
      return updateCurrent(device, (book) => ({ ...book, updated: event.now, sheets: { ...book.sheets, [event.sheet]: { ...book.sheets[event.sheet], [event.key]: event.value } } }));
    case 'setCell':
      return updateCurrent(device, (book) => {
        const rows = tableRows(book.sheets[event.sheet]?.[event.key], Math.max(tableMinimum(event.sheet, event.key), event.row + 1));
        const next = rows.map((row, index) => (index === event.row ? { ...row, [event.column]: event.value } : row));
        return { ...book, updated: event.now, sheets: { ...book.sheets, [event.sheet]: { ...book.sheets[event.sheet], [event.key]: next } } };
      });
    case 'addRow':
      return updateCurrent(device, (book) => {
        const rows = tableRows(book.sheets[event.sheet]?.[event.key], tableMinimum(event.sheet, event.key));
        if (rows.length >= 60) return book;
        return { ...book, updated: event.now, sheets: { ...book.sheets, [event.sheet]: { ...book.sheets[event.sheet], [event.key]: [...rows, {}] } } };
      });
    case 'loadSheet':
      return updateCurrent(device, (book) => ({ ...book, updated: event.now, sheets: { ...book.sheets, [event.sheet]: { ...event.answers } } }));
    case 'import': {
      const exists = device.books.some((book) => book.id === event.book.id);
      return { current: event.book.id, books: exists ? device.books.map((book) => (book.id === event.book.id ? event.book : book)) : [...device.books, event.book] };
    }
  }
}

function filled(value: FieldValue | undefined): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return Array.isArray(value) && value.some((row) => Object.values(row).some((cell) => cell.trim() !== ''));
}

/** A worksheet is done when every one of its required fields has something in it. */
export function sheetDone(book: Workbook, sheet: SheetDef): boolean {
  const answers = book.sheets[sheet.id];
  return sheet.required.every((key) => filled(answers?.[key]));
}

/** Which worksheets are done, in workbook order. */
export function progress(book: Workbook): { done: number; total: number; sheets: { id: string; title: string; done: boolean }[] } {
  const sheets = SHEETS.map((sheet) => ({ id: sheet.id, title: sheet.title, done: sheetDone(book, sheet) }));
  return { done: sheets.filter((sheet) => sheet.done).length, total: sheets.length, sheets };
}
