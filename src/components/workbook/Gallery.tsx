/**
 * The trainer's 城镇会议 gallery (content/workbook/gallery.mdx): open several team files at once
 * (pick or drop), compare one worksheet across teams, the SMART findings and the action plans,
 * and present team by team. The files stay in this page's memory; nothing is stored unless the
 * trainer saves a combined file.
 */
import { useLayoutEffect, useState, type DragEvent } from 'react';
import { exportSet, mergeWorkbooks } from '../../lib/workbook/file';
import { parseWorkbookFile } from '../../lib/workbook/read';
import type { Workbook } from '../../lib/workbook/schema';
import { SHEETS } from '../../lib/workbook/sheets';
import { ActionTable } from './ActionTable';
import { SheetColumns } from './SheetColumns';
import { SmartTable } from './SmartTable';
import { GalleryPresent } from './GalleryPresent';
import { download } from './useWorkbook';
import '../shared/calculator.css';
import '../shared/toolLayout.css';
import './workbook.css';

export default function Gallery() {
  /**
   * False in the server HTML and during hydration, true once the island can take files. (Not
   * useSyncExternalStore's server snapshot: Preact renders the server HTML with the client
   * snapshot, so the page said "ready" before its file input had a handler.)
   */
  const [hydrated, setHydrated] = useState(false);
  // The one render this causes is the point: it flips the flag once the handlers are attached.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useLayoutEffect(() => setHydrated(true), []);
  const [books, setBooks] = useState<Workbook[]>([]);
  const [messages, setMessages] = useState<string[]>([]);
  const [sheetId, setSheetId] = useState('smart');
  const [presenting, setPresenting] = useState(false);
  const [dragging, setDragging] = useState(false);

  const open = async (files: FileList | File[]) => {
    const lists: Workbook[][] = [books];
    const problems: string[] = [];
    for (const file of Array.from(files)) {
      const result = parseWorkbookFile(await file.text(), file.name);
      if (result.ok) lists.push(result.books);
      else problems.push(result.message);
    }
    const merged = mergeWorkbooks(lists);
    setBooks(merged.books);
    setMessages([...problems, ...(merged.replaced > 0 ? [`有 ${merged.replaced} 份是同一团队的旧版本，已保留较新的一份。`] : [])]);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer.files);
  };

  if (presenting && books.length > 0) return <div className="calc not-content wb"><GalleryPresent books={books} sheetId={sheetId} onClose={() => setPresenting(false)} /></div>;
  return (
    <div className="calc not-content wb" data-testid="wb-gallery" data-ready={hydrated ? 'true' : 'false'}>
      <div className={`wb-drop${dragging ? ' is-over' : ''}`} onDragOver={(event) => { event.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <label htmlFor="wb-gallery-files">选择各组的工作册文件（可多选），或把文件拖到这里</label>
        <input id="wb-gallery-files" type="file" disabled={!hydrated} accept=".json,application/json" multiple onChange={(event) => { if (event.target.files) void open(event.target.files); event.target.value = ''; }} data-testid="wb-gallery-input" />
      </div>
      <div role="alert" data-testid="wb-gallery-messages">{messages.map((message) => <p key={message} className="tool-message is-error">{message}</p>)}</div>
      <p role="status" data-testid="wb-gallery-count">{books.length === 0 ? '还没有打开文件。' : `已打开 ${books.length} 个团队：${books.map((book) => book.team || '未命名团队').join('、')}。`}</p>
      {books.length > 0 && (
        <>
          <div className="calc-actions">
            <label htmlFor="wb-gallery-sheet">工作页</label>
            <select id="wb-gallery-sheet" className="tool-select wb-sheet-select" value={sheetId} onChange={(event) => setSheetId(event.target.value)} data-testid="wb-gallery-sheet">
              {SHEETS.map((sheet) => <option key={sheet.id} value={sheet.id}>{sheet.number}. {sheet.title}</option>)}
            </select>
            <button type="button" className="tool-button" onClick={() => setPresenting(true)} data-testid="wb-gallery-present">展示模式</button>
            <button type="button" className="tool-button is-quiet" onClick={() => download('城镇会议-各组工作册.json', exportSet(books))}>保存合并文件</button>
            <button type="button" className="tool-button is-quiet" onClick={() => { setBooks([]); setMessages([]); }}>全部关闭</button>
          </div>
          <section className="calc-section" aria-labelledby="wb-gallery-side"><h2 id="wb-gallery-side">按工作页对照</h2><SheetColumns books={books} sheetId={sheetId} /></section>
          <section className="calc-section" aria-labelledby="wb-gallery-smart-h"><h2 id="wb-gallery-smart-h">SMART 目标对照</h2><SmartTable books={books} /></section>
          <section className="calc-section" aria-labelledby="wb-gallery-plan-h"><h2 id="wb-gallery-plan-h">行动计划汇总</h2><ActionTable books={books} /></section>
        </>
      )}
    </div>
  );
}
