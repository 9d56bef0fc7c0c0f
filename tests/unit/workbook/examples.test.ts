import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../src/lib/workbook/examples';
import { fieldValueSchema } from '../../../src/lib/workbook/schema';
import { SHEETS } from '../../../src/lib/workbook/sheets';

describe('worked examples of the worksheets (教学情景)', () => {
  it.each(SHEETS.map((sheet) => [sheet.id, sheet] as const))('%s: fills every required field with answers the schema accepts', (id, sheet) => {
    const example = EXAMPLES[id];
    const keys = sheet.fields.map((field) => field.key);
    for (const key of sheet.required) expect(example.answers[key], key).toBeTruthy();
    for (const [key, value] of Object.entries(example.answers)) {
      expect(keys).toContain(key);
      expect(fieldValueSchema.safeParse(value).success).toBe(true);
    }
  });

  it('spreads over the course’s four industries', () => {
    expect(new Set(Object.values(EXAMPLES).map((example) => example.industry))).toEqual(new Set(['酒店', '景区', '航空', '机场']));
  });
});
