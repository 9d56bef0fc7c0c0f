import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workbook } from './arbitraries';
import { actionRows, emptyWorkbook, EXAMPLES, exportWorkbook, mergeWorkbooks, parseWorkbookFile, smartComparison, type Workbook } from '../../../src/lib/workbook';

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
