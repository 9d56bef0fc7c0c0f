/** The front page's progress: every worksheet, done or not, linked to its page. */
import type { Workbook } from '../../lib/workbook/schema';
import { progress } from '../../lib/workbook/state';
import { withBase } from '../../utils/url';

export function ProgressList({ book }: { book: Workbook }) {
  const { done, total, sheets } = progress(book);
  return (
    <section className="calc-section" aria-labelledby="wb-progress-heading" data-testid="wb-progress">
      <h2 id="wb-progress-heading">进度：完成 {done} / {total}</h2>
      <progress max={total} value={done} aria-label={`已完成 ${done} 张，共 ${total} 张`} />
      <ol className="wb-progress-list">
        {sheets.map((sheet) => (
          <li key={sheet.id} className={sheet.done ? 'is-done' : undefined}>
            <a href={withBase(`/workbook/${sheet.id}/`)}>{sheet.title}</a>
            <span className="wb-badge">{sheet.done ? '已完成' : '未完成'}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
