import { ISSUE_LIST_LIMIT, type CellIssue, type CellReading, type IssueSummary } from './types';
import { formatCount } from '../tool/format';

const VALUE_DISPLAY_LIMIT = 30;

/**
 * Collects rejected and missing cells while a tool reads a column: keeps the first `limit`
 * (default 20) for listing, counts all, missing and invalid separately.
 * @example
 * const log = new IssueLog();
 * log.add({ row: 5, column: '推荐意愿', value: 'abc', reason: '非数字', kind: 'invalid' });
 * log.summary(); // { first: [...], missingCount: 0, invalidCount: 1, total: 1 }
 */
export class IssueLog {
  readonly limit: number;
  private readonly first: CellIssue[] = [];
  missingCount = 0;
  invalidCount = 0;

  constructor(limit: number = ISSUE_LIST_LIMIT) {
    this.limit = limit;
  }

  get total(): number {
    return this.missingCount + this.invalidCount;
  }

  add(issue: CellIssue): void {
    if (issue.kind === 'missing') this.missingCount += 1;
    else this.invalidCount += 1;
    if (this.first.length < this.limit) this.first.push({ ...issue, value: shorten(issue.value) });
  }

  /** Records a readNumber() outcome; values are ignored. Returns the value or null. */
  record(row: number, column: string, cell: string, reading: CellReading): number | null {
    if (reading.kind === 'value') return reading.value;
    this.add({ row, column, value: cell, reason: reading.reason, kind: reading.kind });
    return null;
  }

  summary(): IssueSummary {
    return { first: this.first.slice(), missingCount: this.missingCount, invalidCount: this.invalidCount, total: this.total };
  }
}

/** Combines summaries (e.g. one per column) keeping row order of the listed issues. */
export function mergeIssueSummaries(summaries: readonly IssueSummary[], limit: number = ISSUE_LIST_LIMIT): IssueSummary {
  const all = summaries.flatMap((summary) => summary.first).sort((a, b) => a.row - b.row);
  const missingCount = summaries.reduce((sum, summary) => sum + summary.missingCount, 0);
  const invalidCount = summaries.reduce((sum, summary) => sum + summary.invalidCount, 0);
  return { first: all.slice(0, limit), missingCount, invalidCount, total: missingCount + invalidCount };
}

/** An empty summary (no issues). */
export function emptyIssueSummary(): IssueSummary {
  return { first: [], missingCount: 0, invalidCount: 0, total: 0 };
}

/**
 * The Chinese sentence for one issue.
 * @example formatIssue({ row: 5, column: '推荐意愿', value: '11', reason: '超出 0–10', kind: 'invalid' })
 * // '第 5 行「推荐意愿」：“11”超出 0–10'
 */
export function formatIssue(issue: CellIssue): string {
  const value = issue.value === '' ? '' : `“${shorten(issue.value)}”`;
  return `第 ${issue.row} 行「${issue.column}」：${value}${value ? '，' : ''}${issue.reason}`;
}

/**
 * The totals line, missing and invalid counted separately.
 * @example formatIssueTotals({ first: [], missingCount: 3, invalidCount: 2, total: 5 })
 * // '共 5 个值未计入：无效 2 个，缺失（跳过或未作答）3 个'
 */
export function formatIssueTotals(summary: IssueSummary): string {
  const parts: string[] = [];
  if (summary.invalidCount > 0) parts.push(`无效 ${formatCount(summary.invalidCount)} 个`);
  if (summary.missingCount > 0) parts.push(`缺失（跳过或未作答）${formatCount(summary.missingCount)} 个`);
  if (parts.length === 0) return '所有值都已计入';
  return `共 ${formatCount(summary.total)} 个值未计入：${parts.join('，')}`;
}

function shorten(value: string): string {
  return value.length > VALUE_DISPLAY_LIMIT ? `${value.slice(0, VALUE_DISPLAY_LIMIT)}…` : value;
}
