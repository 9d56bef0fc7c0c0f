import { describe, expect, it } from 'vitest';
import { IssueLog, formatIssue, formatIssueTotals, mergeIssueSummaries } from '../../../src/lib/import/issues';
import { readNumber } from '../../../src/lib/import/cells';

describe('IssueLog', () => {
  it('keeps the first 20 issues and counts all, missing apart from invalid', () => {
    const log = new IssueLog();
    for (let row = 2; row < 52; row += 1) {
      const cell = row % 2 === 0 ? 'abc' : '(跳过)';
      log.record(row, '推荐意愿', cell, readNumber(cell, { min: 0, max: 10 }));
    }
    const summary = log.summary();
    expect(summary.first).toHaveLength(20);
    expect(summary.first[0]).toEqual({ row: 2, column: '推荐意愿', value: 'abc', reason: '非数字', kind: 'invalid' });
    expect(summary.invalidCount).toBe(25);
    expect(summary.missingCount).toBe(25);
    expect(summary.total).toBe(50);
  });

  it('returns values and records nothing for them', () => {
    const log = new IssueLog();
    expect(log.record(2, '得分', '9', readNumber('9'))).toBe(9);
    expect(log.total).toBe(0);
  });

  it('shortens long cell text', () => {
    const log = new IssueLog();
    log.add({ row: 3, column: 'x', value: 'a'.repeat(100), reason: '非数字', kind: 'invalid' });
    expect(log.summary().first[0]!.value).toBe(`${'a'.repeat(30)}…`);
  });
});

describe('messages', () => {
  it.each([
    [{ row: 5, column: '推荐意愿', value: '11', reason: '超出 0–10', kind: 'invalid' as const }, '第 5 行「推荐意愿」：“11”，超出 0–10'],
    [{ row: 7, column: '推荐意愿', value: '', reason: '空值', kind: 'missing' as const }, '第 7 行「推荐意愿」：空值'],
  ])('formatIssue(%j)', (issue, expected) => {
    expect(formatIssue(issue)).toBe(expected);
  });

  it.each([
    [{ first: [], missingCount: 3, invalidCount: 2, total: 5 }, '共 5 个值未计入：无效 2 个，缺失（跳过或未作答）3 个'],
    [{ first: [], missingCount: 0, invalidCount: 1234, total: 1234 }, '共 1,234 个值未计入：无效 1,234 个'],
    [{ first: [], missingCount: 0, invalidCount: 0, total: 0 }, '所有值都已计入'],
  ])('formatIssueTotals(%j)', (summary, expected) => {
    expect(formatIssueTotals(summary)).toBe(expected);
  });

  it('merges per-column summaries in row order', () => {
    const a = new IssueLog();
    const b = new IssueLog();
    a.add({ row: 9, column: 'A', value: 'x', reason: '非数字', kind: 'invalid' });
    b.add({ row: 3, column: 'B', value: '', reason: '空值', kind: 'missing' });
    const merged = mergeIssueSummaries([a.summary(), b.summary()]);
    expect(merged.first.map((issue) => issue.row)).toEqual([3, 9]);
    expect(merged).toMatchObject({ missingCount: 1, invalidCount: 1, total: 2 });
  });
});
