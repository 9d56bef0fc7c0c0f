/** The gallery's action plans of every team: who does what, by when. */
import { actionRows } from '../../lib/workbook/file';
import type { Workbook } from '../../lib/workbook/schema';

export function ActionTable({ books }: { books: Workbook[] }) {
  const rows = actionRows(books);
  if (rows.length === 0) return <p>还没有哪个组填写行动计划。</p>;
  return (
    <div className="calc-scroll" role="region" aria-label="各组行动计划" tabIndex={0}>
      <table className="tool-table" data-testid="wb-gallery-actions">
        <caption>各组行动计划：谁负责什么，何时完成</caption>
        <thead><tr><th scope="col">团队</th><th scope="col">行动</th><th scope="col">认领人</th><th scope="col">完成日期</th><th scope="col">状态</th></tr></thead>
        <tbody>
          {rows.map((row, index) => <tr key={index}><td>{row.team}</td><td>{row.action}</td><td>{row.owner || '（无人认领）'}</td><td>{row.due || '（未定）'}</td><td>{row.status}</td></tr>)}
        </tbody>
      </table>
    </div>
  );
}
