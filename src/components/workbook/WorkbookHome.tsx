/**
 * The workbook's front page (content/workbook/index.mdx): teams on this device, the open team's
 * card and progress, export/import, and the whole workbook as a printable document.
 */
import { SHEETS } from '../../lib/workbook/sheets';
import { FileActions } from './FileActions';
import { ProgressList } from './ProgressList';
import { SheetView } from './SheetView';
import { TeamBar } from './TeamBar';
import { TeamInfo } from './TeamInfo';
import { useWorkbook } from './useWorkbook';
import { WorkbookMessage } from './WorkbookMessage';
import '../shared/calculator.css';
import '../shared/toolLayout.css';
import './workbook.css';

export default function WorkbookHome() {
  const tool = useWorkbook();
  const { book } = tool;
  return (
    <div className="calc not-content wb" data-testid="wb-home" data-restored={tool.restored ? 'true' : 'false'}>
      <div className="wb-screen">
        <TeamBar tool={tool} />
        <WorkbookMessage tool={tool} />
        <TeamInfo tool={tool} />
        {book && <ProgressList book={book} />}
        <FileActions tool={tool} printLabel="打印整本工作册" />
      </div>
      {book && (
        <div className="wb-print">
          <h2>{book.team || '未命名团队'}的团队工作册</h2>
          <p>成员：{book.members || '（未填）'}</p>
          <p>情景：{book.scenario || '（未填）'}</p>
          {SHEETS.map((sheet) => <SheetView key={sheet.id} sheet={sheet} answers={book.sheets[sheet.id]} />)}
        </div>
      )}
    </div>
  );
}
