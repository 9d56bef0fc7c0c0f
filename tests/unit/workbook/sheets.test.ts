import { describe, expect, it } from 'vitest';
import { findSheet, SHEET_IDS, SHEETS, sheetMinutes } from '../../../src/lib/workbook/sheets';

describe('worksheets', () => {
  it('ten worksheets, numbered 1–10 in the order of SHEET_IDS', () => {
    expect(SHEETS.map((sheet) => sheet.id)).toEqual([...SHEET_IDS]);
    expect(SHEETS.map((sheet) => sheet.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(SHEETS.map((sheet) => [sheet.id, sheet] as const))('%s: every required field exists and field keys are unique', (_id, sheet) => {
    const keys = sheet.fields.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of sheet.required) expect(keys).toContain(key);
    expect(sheet.steps.length).toBeGreaterThan(0);
  });

  it('findSheet finds by id and returns undefined for anything else', () => {
    expect(findSheet('kano')?.number).toBe(1);
    expect(findSheet('nope')).toBeUndefined();
  });

  it('a sheet without timetable activities uses its suggested minutes', () => {
    const sheet = { ...SHEETS[0]!, activities: [], suggestedMinutes: 25 };
    expect(sheetMinutes(sheet)).toBe(25);
    expect(sheetMinutes({ ...sheet, suggestedMinutes: undefined } as never)).toBe(0);
  });

  it('a sheet with activities takes its class minutes from the timetable (a positive whole number)', () => {
    const timed = SHEETS.filter((sheet) => sheet.activities.length > 0);
    expect(timed.length).toBeGreaterThan(0);
    for (const sheet of timed) expect(Number.isInteger(sheetMinutes(sheet)) && sheetMinutes(sheet) > 0).toBe(true);
  });
});
