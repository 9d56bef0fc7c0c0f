/** The gallery's SMART comparison: each team's goal and what the SMART check found. */
import { smartComparison } from '../../lib/workbook/file';
import type { Workbook } from '../../lib/workbook/schema';

export function SmartTable({ books }: { books: Workbook[] }) {
  return (
    <div className="calc-scroll" role="region" aria-label="各组 SMART 目标与检查结果" tabIndex={0}>
      <table className="tool-table" data-testid="wb-gallery-smart">
        <caption>各组 SMART 目标与检查结果</caption>
        <thead><tr><th scope="col">团队</th><th scope="col">目标</th><th scope="col">检查结果</th></tr></thead>
        <tbody>
          {smartComparison(books).map((item, index) => (
            <tr key={index}>
              <th scope="row">{item.team}</th>
              <td>{[item.goal.scope, item.goal.metric, item.goal.baseline && `从${item.goal.baseline}`, item.goal.target && `到${item.goal.target}`, item.goal.deadline, item.goal.owner].filter(Boolean).join('；') || '（未填）'}</td>
              <td>{item.findings.length === 0 ? '六项齐全' : item.findings.map((finding) => finding.text).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
