/** The scan view's count and controls: how many answers, what just happened, a typed code, undo, export, clear, and the tool page that shows the class's result. */
import { useId, useState } from 'react';
import { TEMPLATE_TOOL, type PollDefinition } from '../../lib/poll';
import { withBase } from '../../utils/url';
import type { Collector } from './useCollector';

const TOOL_LINKS: Record<string, { path: string; label: string }> = {
  nps: { path: '/tools/nps/', label: '在 NPS 计算器中查看全班结果' },
  kano: { path: '/tools/kano/', label: '在 KANO 工具中查看全班结果' },
  servqual: { path: '/tools/servqual/', label: '在 SERVQUAL 工具中查看全班结果' },
};

export function ScanTally({ poll, collector }: { poll: PollDefinition; collector: Collector }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const { collection, feedback, flash } = collector;
  const toolLink = TOOL_LINKS[TEMPLATE_TOOL[poll.template]];
  const count = collection.responses.length;

  return (
    <div className="poll__tally">
      <div className={`poll__counter${flash ? ` is-${flash}` : ''}`}>
        <span className="poll__count" data-testid="poll-count">{count}</span>
        <span>份答案</span>
      </div>
      <div role="status" aria-live="polite" className="poll__status" data-testid="poll-feedback">
        {feedback && <p className={`poll__message is-${feedback.kind}`}>{feedback.text}</p>}
      </div>
      <form className="poll__typed-form" onSubmit={(event) => {
        event.preventDefault();
        if (collector.take(typed, null)) setTyped('');
      }}>
        <label className="poll__field" htmlFor={`${id}-typed`}>输入学员的代码（摄像头扫不出时）</label>
        <div className="poll__inline">
          <input id={`${id}-typed`} type="text" value={typed} autoComplete="off" spellCheck={false} onChange={(event) => setTyped(event.target.value)} data-testid="poll-typed-input" />
          <button type="submit" className="poll__button">计入</button>
        </div>
      </form>
      <div className="poll__actions">
        <button type="button" className="poll__button is-quiet" onClick={collector.undo} disabled={collection.history.length === 0} data-testid="poll-undo">撤销上一次扫码</button>
        <button type="button" className="poll__button is-quiet" onClick={collector.exportCsv} disabled={count === 0} data-testid="poll-export">导出 CSV</button>
        <button type="button" className="poll__button is-quiet" onClick={collector.clearAll} disabled={count === 0}>清空</button>
      </div>
      {toolLink && (
        <p>
          <a className="poll__button is-primary" href={`${withBase(toolLink.path)}?poll=${poll.id}`} target="_blank" data-testid="poll-tool-link">{toolLink.label}</a>
        </p>
      )}
      <p className="poll__hint">工具页在新标签页打开，扫到新答案会自动更新。</p>
    </div>
  );
}
