/** The gallery's comparison views: one worksheet side by side, the SMART findings, the action plans. */
import { actionRows, smartComparison } from '../../lib/workbook/file';
import type { Workbook } from '../../lib/workbook/schema';
import { findSheet } from '../../lib/workbook/sheets';
import { SheetView } from './SheetView';

export function SheetColumns({ books, sheetId }: { books: Workbook[]; sheetId: string }) {
  const sheet = findSheet(sheetId);
  if (!sheet) return null;
  return (
    <div className="wb-columns" data-testid="wb-gallery-columns">
      {books.map((book) => (
        <article key={book.id} className="wb-column" aria-label={book.team || '未命名团队'}>
          <p className="wb-column-team">{book.team || '未命名团队'}</p>
          <SheetView sheet={sheet} answers={book.sheets[sheet.id]} headingLevel={3} />
        </article>
      ))}
    </div>
  );
}

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
