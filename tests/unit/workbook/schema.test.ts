import { describe, expect, it } from 'vitest';
import { deviceSchema, fieldValueSchema, workbookSchema } from '../../../src/lib/workbook/schema';
import { emptyWorkbook } from '../../../src/lib/workbook/state';

describe('workbook schema', () => {
  it('an empty workbook is valid and dated at the epoch by default', () => {
    const book = emptyWorkbook('b1', '第一组');
    expect(workbookSchema.safeParse(book).success).toBe(true);
    expect(book.updated).toBe('1970-01-01T00:00:00.000Z');
  });

  it.each([
    ['a text answer', '我们的客群是带孩子的家庭。', true],
    ['a table answer', [{ need: '停车指引', kano: '必备' }], true],
    ['a number', 3, false],
    ['a text over 4,000 characters', 'x'.repeat(4001), false],
    ['a table of 61 rows', Array.from({ length: 61 }, () => ({ a: '1' })), false],
  ])('%s: accepted = %s', (_name, value, accepted) => {
    expect(fieldValueSchema.safeParse(value).success).toBe(accepted);
  });

  it('a device holds at most 40 workbooks', () => {
    const books = Array.from({ length: 41 }, (_, index) => emptyWorkbook(`b${index}`));
    expect(deviceSchema.safeParse({ current: 'b0', books: books.slice(0, 40) }).success).toBe(true);
    expect(deviceSchema.safeParse({ current: 'b0', books }).success).toBe(false);
  });
});
