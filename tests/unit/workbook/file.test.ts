import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionRows, emptyWorkbook, EXAMPLES, exportSet, exportWorkbook, mergeWorkbooks, parseWorkbookFile, smartComparison, type Workbook } from '../../../src/lib/workbook';

const text = fc.string({ maxLength: 30 });
const row = fc.dictionary(fc.constantFrom('action', 'owner', 'due', 'a', 'b'), text, { maxKeys: 4 });
const workbook: fc.Arbitrary<Workbook> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  team: text,
  members: text,
  scenario: text,
  updated: fc.constantFrom('2027-01-01T00:00:00.000Z', '2027-02-01T00:00:00.000Z'),
  sheets: fc.dictionary(fc.constantFrom('smart', 'plan', 'kano'), fc.dictionary(fc.constantFrom('metric', 'actions', 'needs'), fc.oneof(text, fc.array(row, { maxLength: 4 })), { maxKeys: 3 }), { maxKeys: 3 }),
});

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

describe('mergeWorkbooks', () => {
  const book = (id: string, team: string, updated: string): Workbook => ({ ...emptyWorkbook(id, team), updated });

  it('keeps one workbook per team id, the newest, in the order teams first appear', () => {
    const merged = mergeWorkbooks([
      [book('b', '第二组', '2027-01-01')],
      [book('a', '第一组', '2027-01-01'), book('b', '第二组（新）', '2027-01-02')],
      [book('b', '第二组（旧）', '2026-12-31')],
    ]);
    expect(merged.books.map((item) => item.team)).toEqual(['第二组（新）', '第一组']);
    expect(merged.replaced).toBe(2);
  });

  it('N files of distinct teams give N workbooks (property)', () => {
    fc.assert(fc.property(fc.uniqueArray(workbook, { selector: (item) => item.id, maxLength: 8 }), (books) => {
      expect(mergeWorkbooks(books.map((item) => [item])).books).toHaveLength(books.length);
    }));
  });

  it('opens 30 team files in well under a second', () => {
    const full = { ...emptyWorkbook('x', '示范组'), sheets: Object.fromEntries(Object.entries(EXAMPLES).map(([id, example]) => [id, example.answers])) };
    const files = Array.from({ length: 30 }, (_, index) => exportWorkbook({ ...full, id: `t${index}`, team: `第 ${index + 1} 组` }));
    const start = performance.now();
    const merged = mergeWorkbooks(files.map((file) => { const result = parseWorkbookFile(file); return result.ok ? result.books : []; }));
    smartComparison(merged.books);
    actionRows(merged.books);
    const elapsed = performance.now() - start;
    console.log(`parse + merge of 30 full workbooks: ${elapsed.toFixed(1)} ms`);
    expect(merged.books).toHaveLength(30);
    expect(elapsed).toBeLessThan(1000);
  });

  it('lists every team\u2019s actions and SMART findings', () => {
    const a = { ...emptyWorkbook('a', '第一组'), sheets: { plan: EXAMPLES.plan.answers, smart: EXAMPLES.smart.answers } };
    const b = { ...emptyWorkbook('b', '第二组'), sheets: { smart: { metric: '服务质量', deadline: '尽快' } } };
    expect(actionRows([a, b]).map((item) => [item.team, item.owner, item.due])).toEqual([['第一组', '张敏', '2027-04-30'], ['第一组', '刘洋', '2027-04-15']]);
    const comparison = smartComparison([a, b]);
    expect(comparison[0]?.findings).toEqual([]);
    expect(comparison[1]?.findings.map((finding) => finding.rule)).toEqual(['metric-vague', 'baseline-missing', 'target-missing', 'deadline-vague', 'owner-missing', 'scope-missing']);
  });
});
