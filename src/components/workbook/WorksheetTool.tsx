/**
 * One worksheet's island (mounted by content/workbook/<id>.mdx): the team bar, the form, the
 * worked example to load, the worksheet's live extras (SMART checker, matrix, scores), file
 * actions, and the read-only document that prints instead of the form.
 */
import { useState } from 'react';
import { EXAMPLES } from '../../lib/workbook/examples';
import { findSheet, type SheetId } from '../../lib/workbook/sheets';
import { FileActions } from './FileActions';
import { KanoLink } from './KanoLink';
import { PeakMatrix } from './PeakMatrix';
import { ResultHandoff } from './ResultHandoff';
import { ScoreTable } from './ScoreTable';
import { SheetForm } from './SheetForm';
import { SheetView } from './SheetView';
import { SmartCheck } from './SmartCheck';
import { TeamBar } from './TeamBar';
import { downloadSheetPng } from './sheetPng';
import { now, useWorkbook } from './useWorkbook';
import { WorkbookMessage } from './WorkbookMessage';
import '../shared/calculator.css';
import '../shared/toolLayout.css';
import './workbook.css';

export default function WorksheetTool({ sheetId }: { sheetId: SheetId }) {
  const tool = useWorkbook();
  const [pngFailed, setPngFailed] = useState(false);
  const sheet = findSheet(sheetId);
  if (!sheet) return null;
  const answers = tool.book?.sheets[sheet.id];
  const example = EXAMPLES[sheet.id];
  const savePng = async () => {
    if (tool.book) setPngFailed(!(await downloadSheetPng(sheet, tool.book, answers)));
  };
  const loadExample = () => {
    const hasInput = answers && Object.keys(answers).length > 0;
    if (!hasInput || window.confirm('载入示例会替换本页已填的内容，继续吗？')) tool.send({ type: 'loadSheet', sheet: sheet.id, answers: example.answers, now: now() });
  };
  return (
    <div className="calc not-content wb" data-testid="wb-sheet" data-restored={tool.restored ? 'true' : 'false'}>
      <div className="wb-screen">
        <TeamBar tool={tool} />
        <WorkbookMessage tool={tool} />
        <section className="calc-section" aria-labelledby="wb-form-heading">
          <h2 id="wb-form-heading">填写：{tool.book?.team || '未命名团队'}</h2>
          <p className="calc-hint">每次输入都自动保存在这台设备的浏览器里。</p>
          <SheetForm sheet={sheet} answers={answers} send={tool.send} />
          <p>
            <button type="button" className="tool-button is-quiet" onClick={loadExample} data-testid="wb-load-example">载入完成示例（教学情景·{example.industry}）</button>
          </p>
          <p>
            <button type="button" className="tool-button is-quiet" onClick={() => void savePng()} disabled={!tool.book} data-testid="wb-png">下载本页图片（PNG，发到群里）</button>
            {pngFailed && <span className="tool-message is-error" role="alert">这个浏览器无法生成图片，请改用截图。</span>}
          </p>
        </section>
        {sheet.id === 'kano' && <KanoLink answers={answers} />}
        {(sheet.id === 'servqual' || sheet.id === 'gaps') && <ResultHandoff sheetId={sheet.id} answers={answers} send={tool.send} />}
        {sheet.id === 'smart' && <SmartCheck answers={answers} />}
        {sheet.id === 'peak' && <PeakMatrix answers={answers} />}
        {sheet.id === 'seed' && <ScoreTable answers={answers} />}
        <FileActions tool={tool} printLabel="打印本页" />
      </div>
      <div className="wb-print">
        <p>团队：{tool.book?.team || '未命名团队'}；成员：{tool.book?.members || '（未填）'}</p>
        <SheetView sheet={sheet} answers={answers} headingLevel={2} />
      </div>
    </div>
  );
}
