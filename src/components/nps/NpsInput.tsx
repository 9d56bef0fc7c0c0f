/** The three ways to enter NPS answers: pasted scores, counts per score, an imported table. */
import { Suspense, useId } from 'react';
import { classifyScore } from '../../lib/nps/classification';
import { IssueList } from '../shared/IssueList';
import type { NpsView } from '../../lib/nps/select';
import type { InputMode } from '../../lib/nps/state';
import type { NpsTool } from './NpsCalculator';
import { lazyView } from '../shared/LazyView';

/** The import panel shows only in the 导入文件 mode: fetched when that mode is chosen (JS budget). */
const NpsImport = lazyView(() => import('./NpsImport').then((module) => module.default));

const MODES: { mode: InputMode; label: string }[] = [
  { mode: 'raw', label: '粘贴分数' },
  { mode: 'counts', label: '填写人数' },
  { mode: 'table', label: '导入文件' },
];

const SCORES = Array.from({ length: 11 }, (_, score) => score);

export default function NpsInput({ tool, view, headingId }: { tool: NpsTool; view: NpsView; headingId: string }) {
  const { state: inputs, send } = tool;
  const fieldId = useId();
  return (
    <section className="nps-calc__section nps-calc__input" aria-labelledby={headingId}>
      <h2 id={headingId}>输入数据</h2>
      <fieldset className="nps-calc__modes">
        <legend>输入方式</legend>
        {MODES.map(({ mode, label }) => (
          <label key={mode} className={`nps-calc__mode${inputs.mode === mode ? ' is-active' : ''}`}>
            <input type="radio" name={`${fieldId}-mode`} value={mode} checked={inputs.mode === mode} onChange={() => send({ type: 'mode', mode })} data-testid={`nps-mode-${mode}`} />
            {label}
          </label>
        ))}
      </fieldset>

      {inputs.mode === 'raw' && (
        <div className="nps-calc__panel">
          <label htmlFor={`${fieldId}-raw`} className="nps-calc__field-label">
            粘贴 0–10 的分数（每行一个，或用空格、逗号分隔；可直接从 Excel 复制一列）
          </label>
          <textarea
            id={`${fieldId}-raw`}
            className="nps-calc__textarea"
            rows={8}
            value={inputs.rawText}
            spellCheck={false}
            placeholder={'10\n9\n7\n3'}
            onChange={(event) => send({ type: 'rawText', text: event.currentTarget.value })}
            data-testid="nps-raw-input"
          />
          {view.rawIssues && <IssueList summary={view.rawIssues} />}
        </div>
      )}

      {inputs.mode === 'counts' && (
        <div className="nps-calc__panel">
          <p className="nps-calc__hint" id={`${fieldId}-counts-hint`}>填写每个分数的回答人数，空格视为 0。</p>
          <div className="nps-calc__counts" role="group" aria-describedby={`${fieldId}-counts-hint`}>
            {SCORES.map((score) => {
              const invalid = view.countError?.score === score;
              return (
                <div key={score} className={`nps-calc__count is-${classifyScore(score)}`}>
                  <label htmlFor={`${fieldId}-count-${score}`}>{score} 分</label>
                  <input
                    id={`${fieldId}-count-${score}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={inputs.countBoxes[score] ?? ''}
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? `${fieldId}-count-error` : undefined}
                    onChange={(event) => send({ type: 'countBox', score, text: event.currentTarget.value })}
                    data-testid={`nps-count-${score}`}
                  />
                </div>
              );
            })}
          </div>
          <p className="nps-calc__legend">
            <span className="is-detractor">0–6 贬损者</span>
            <span className="is-passive">7–8 被动者</span>
            <span className="is-promoter">9–10 推荐者</span>
          </p>
          {view.countError && (
            <p id={`${fieldId}-count-error`} className="nps-calc__message is-error">{view.countError.message}</p>
          )}
        </div>
      )}

      {inputs.mode === 'table' && (
        <Suspense fallback={<p className="nps-calc__hint">导入面板加载中…</p>}>
          <NpsImport tool={tool} />
        </Suspense>
      )}
    </section>
  );
}
