/** src/lib/workbook/read.ts: every file file.ts writes reads back as it was; anything else gives a Chinese sentence naming the file. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSet, exportWorkbook } from '../../../src/lib/workbook/file';
import { parseWorkbookFile } from '../../../src/lib/workbook/read';
import { emptyWorkbook } from '../../../src/lib/workbook/state';
import { workbook } from './arbitraries';

describe('export and import', () => {
  it('export → import is the identity (property)', () => {
    fc.assert(fc.property(workbook, (book) => {
      expect(parseWorkbookFile(exportWorkbook(book))).toEqual({ ok: true, books: [book] });
    }));
  });

  it('a combined file round-trips too (property)', () => {
    fc.assert(fc.property(fc.array(workbook, { maxLength: 5 }), (books) => {
      expect(parseWorkbookFile(exportSet(books))).toEqual({ ok: true, books });
    }));
  });

  it('any string gives a result, never a throw (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ kind: 'jzfw-workbook', v: 1, s: value }))), (input) => {
      const result = parseWorkbookFile(input, 'x.json');
      if (!result.ok) expect(result.message).toMatch(/^“x\.json”/);
    }));
  });

  it.each([
    ['not JSON', '{', '无法读取'],
    ['another JSON file', '{"a":1}', '不是团队工作册文件'],
    ['a newer version', JSON.stringify({ kind: 'jzfw-workbook', v: 9, s: {} }), '更新版本'],
    ['a field of the wrong type', JSON.stringify({ kind: 'jzfw-workbook', v: 1, s: { ...emptyWorkbook('a'), team: 3 } }), '字段 team'],
    ['a bad book inside a set', JSON.stringify({ kind: 'jzfw-workbook-set', v: 1, s: [{}] }), '无法打开'],
  ])('%s gives a Chinese message', (_case, input, text) => {
    const result = parseWorkbookFile(input, '第一组.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(text);
    expect(!result.ok && result.message).toContain('第一组.json');
  });
});
