/**
 * Worksheets 2 and 6 take a survey result computed on this device: worksheet 2 fills its table
 * with the five SERVQUAL dimensions, weakest first; worksheet 6 adds a line of SERVQUAL or NPS
 * data. The reader (src/lib/workbook/handoff.ts, with the tools' schemas) is imported on click.
 */
import { useState } from 'react';
import type { SheetAnswers } from '../../lib/workbook/schema';
import { tableRows, type Event } from '../../lib/workbook/state';
import { withBase } from '../../utils/url';
import { now } from './useWorkbook';

type Source = 'servqual' | 'nps';

const TOOL_PAGES: Record<Source, { path: string; name: string }> = {
  servqual: { path: '/tools/servqual/', name: 'SERVQUAL 工具' },
  nps: { path: '/tools/nps/', name: 'NPS 计算器' },
};

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function ResultHandoff({ sheetId, answers, send }: { sheetId: 'servqual' | 'gaps'; answers: SheetAnswers | undefined; send(event: Event): void }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string; source: Source } | null>(null);

  const take = async (source: Source) => {
    const handoff = await import('../../lib/workbook/handoff');
    const raw = readStored(handoff.toolStorageKey(source));
    if (source === 'nps') {
      const result = handoff.npsResult(raw);
      if (!result.ok) return setStatus({ ok: false, text: result.message, source });
      const line = handoff.npsDataText(result.value);
      send({ type: 'setText', sheet: 'gaps', key: 'data', value: handoff.appendLine(typeof answers?.data === 'string' ? answers.data : '', line), now: now() });
      return setStatus({ ok: true, text: `已带入“满意度数据”：${line}`, source });
    }
    const result = handoff.servqualGaps(raw);
    if (!result.ok) return setStatus({ ok: false, text: result.message, source });
    if (sheetId === 'gaps') {
      const line = handoff.servqualDataText(result.value);
      send({ type: 'setText', sheet: 'gaps', key: 'data', value: handoff.appendLine(typeof answers?.data === 'string' ? answers.data : '', line), now: now() });
      return setStatus({ ok: true, text: `已带入“满意度数据”：${line}`, source });
    }
    const rows = handoff.dimensionRows(result.value.dimensions, tableRows(answers?.dimensions, 0));
    send({ type: 'loadSheet', sheet: 'servqual', answers: { ...answers, dimensions: rows }, now: now() });
    const weakest = result.value.dimensions.slice(0, 2).map((row) => row.label).join('和');
    setStatus({ ok: true, text: `已按 SERVQUAL 结果（${result.value.origin}）排好五个维度，差距最大的 ${weakest} 在最前面。`, source });
  };

  const sources: Source[] = sheetId === 'servqual' ? ['servqual'] : ['servqual', 'nps'];
  return (
    <section className="calc-section" aria-labelledby="wb-handoff-heading" data-testid="wb-handoff">
      <h2 id="wb-handoff-heading">从本机的调查结果开始</h2>
      <p className="calc-hint">
        {sheetId === 'servqual'
          ? '在这台设备上用 SERVQUAL 工具算过结果的，可以把五个维度按差距从大到小带进上表，先改写最弱的维度。'
          : '在这台设备上用 SERVQUAL 工具或 NPS 计算器算过结果的，可以把结果作为一行数据带进“满意度数据”。'}
      </p>
      <p className="calc-actions">
        {sources.map((source) => (
          <button key={source} type="button" className="tool-button is-quiet" onClick={() => void take(source)} data-testid={`wb-handoff-${source}`}>
            {source === 'servqual' ? (sheetId === 'servqual' ? '带入 SERVQUAL 结果的五个维度' : '带入 SERVQUAL 结果') : '带入 NPS 结果'}
          </button>
        ))}
      </p>
      <div role="status" aria-live="polite" data-testid="wb-handoff-status">
        {status && (
          <p className={status.ok ? 'tool-message' : 'tool-message is-error'}>
            {status.text}
            {!status.ok && (
              <>
                {' '}
                <a href={withBase(TOOL_PAGES[status.source].path)}>打开{TOOL_PAGES[status.source].name}</a>
              </>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
