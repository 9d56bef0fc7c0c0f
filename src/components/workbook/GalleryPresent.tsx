/**
 * Presentation mode for the 城镇会议: one team at a time in large type, previous/next, and a
 * per-team countdown (default 5 minutes, adjustable) that restarts when the team changes.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Workbook } from '../../lib/workbook/schema';
import { findSheet } from '../../lib/workbook/sheets';
import { SheetView } from './SheetView';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function GalleryPresent({ books, sheetId, onClose }: { books: Workbook[]; sheetId: string; onClose(): void }) {
  const id = useId();
  const [index, setIndex] = useState(0);
  const [minutes, setMinutes] = useState('5');
  const total = Math.round(Math.min(60, Math.max(0.5, Number(minutes) || 5)) * 60);
  const [left, setLeft] = useState(total);
  const [running, setRunning] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  /** Another team, or another length: the countdown starts again, stopped. */
  const restart = (nextIndex: number, nextMinutes: string) => {
    setIndex(nextIndex);
    setMinutes(nextMinutes);
    setLeft(Math.round(Math.min(60, Math.max(0.5, Number(nextMinutes) || 5)) * 60));
    setRunning(false);
  };
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setLeft((value) => Math.max(0, value - 1)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const book = books[index];
  const sheet = findSheet(sheetId);
  if (!book || !sheet) return null;
  return (
    <section ref={sectionRef} className="wb-present" aria-labelledby={`${id}-team`} data-testid="wb-present">
      <div className="calc-actions wb-present-bar">
        <button type="button" className="tool-button" onClick={() => restart(Math.max(0, index - 1), minutes)} disabled={index === 0}>上一组</button>
        <span aria-live="polite" data-testid="wb-present-position">第 {index + 1} 组，共 {books.length} 组</span>
        <button type="button" className="tool-button" onClick={() => restart(Math.min(books.length - 1, index + 1), minutes)} disabled={index === books.length - 1} data-testid="wb-present-next">下一组</button>
        <label htmlFor={`${id}-minutes`}>每组分钟数</label>
        <input id={`${id}-minutes`} className="wb-minutes" type="number" min={0.5} max={60} step={0.5} value={minutes} onChange={(event) => restart(index, event.target.value)} data-testid="wb-present-minutes" />
        <button type="button" className="tool-button is-quiet" onClick={() => setRunning((value) => !value)} data-testid="wb-present-timer">{running ? '暂停' : '开始计时'}</button>
        <span className={`wb-clock${left === 0 ? ' is-over' : ''}`} role="timer" aria-label="本组剩余时间" data-testid="wb-present-clock">{clock(left)}</span>
        <button type="button" className="tool-button is-quiet" onClick={() => void sectionRef.current?.requestFullscreen?.().catch(() => undefined)}>全屏</button>
        <button type="button" className="tool-button is-quiet" onClick={onClose}>退出展示</button>
      </div>
      <h2 id={`${id}-team`} className="wb-present-team" data-testid="wb-present-team">{book.team || '未命名团队'}</h2>
      {book.members && <p>成员：{book.members}</p>}
      <SheetView sheet={sheet} answers={book.sheets[sheet.id]} headingLevel={3} />
    </section>
  );
}
