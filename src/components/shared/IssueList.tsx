/** The rejected-value report of an import or a pasted list: totals (missing vs invalid) and the first issues one per line. */
import type { IssueSummary } from '../../lib/import/types';
import { formatIssue, formatIssueTotals } from '../../lib/import/issues';
import { formatCount } from '../../lib/tool/format';

export function IssueList({ summary, heading = '未计入的值' }: { summary: IssueSummary; heading?: string }) {
  if (summary.total === 0) return null;
  return (
    <details className="survey-import__issues" open={summary.invalidCount > 0}>
      <summary>{heading}：{formatIssueTotals(summary)}</summary>
      <ol>
        {summary.first.map((issue, index) => (
          <li key={index} className={issue.kind === 'invalid' ? 'is-invalid' : 'is-missing'}>{formatIssue(issue)}</li>
        ))}
      </ol>
      {summary.total > summary.first.length && <p>另有 {formatCount(summary.total - summary.first.length)} 个未列出。</p>}
    </details>
  );
}
