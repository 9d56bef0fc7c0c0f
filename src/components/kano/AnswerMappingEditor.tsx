/**
 * Step 2c: answers the built-in table did not recognise. Lists every distinct answer found in the
 * Kano columns with its count; each can be set to one of the five answers, and numeric codes can
 * be read in either order. Applied with one button, so the analysis runs once per decision.
 */
import { useId, useMemo } from 'react';
import { answerValueRows, KANO_ANSWERS, type AnswerValueSummary, type CodeOrder, type KanoAnswer } from '../../lib/kano';
import { count } from './format';
import type { KanoCalculatorState } from './useKanoTool';
import './AnswerMappingEditor.css';

const SOURCE_NOTE = { user: '手动对应', code: '数字代码', builtin: '自动识别' } as const;

export function AnswerMappingEditor({ importer, values }: { importer: KanoCalculatorState['importer']; values: AnswerValueSummary }) {
  const id = useId();
  const busy = importer.survey.state.status === 'loading' || importer.survey.state.status === 'analysing';
  const { rows, unrecognised } = useMemo(() => answerValueRows(values, importer.answers), [values, importer.answers]);
  const first = KANO_ANSWERS[0]!.label;
  const last = KANO_ANSWERS[4]!.label;

  return (
    <section className="kano-answers" aria-labelledby={`${id}-title`} data-testid="kano-answer-mapping">
      <h4 id={`${id}-title`}>答案对应</h4>
      <p className="calc-hint">
        {`正向、反向问题列里共有 ${count(values.distinct)} 种不同的答案${values.distinct > values.values.length ? `（下表列出最常见的 ${values.values.length} 种）` : ''}。`}
        {'请把每种答案对应到五个标准答案之一；选“不计入”的答案按无效处理，并在问题清单里列出行号。'}
      </p>

      {values.hasCodes && (
        <fieldset className="kano-answers__order">
          <legend>数字代码 1–5 的顺序</legend>
          {(['like-first', 'dislike-first'] as const satisfies readonly CodeOrder[]).map((order) => (
            <label key={order} className="kano-check">
              <input type="radio" name={`${id}-order`} value={order} checked={importer.answers.order === order} disabled={busy} onChange={() => importer.setAnswerOrder(order)} />
              {order === 'like-first' ? `1 = ${first} … 5 = ${last}（问卷的印刷顺序）` : `1 = ${last} … 5 = ${first}（倒序）`}
            </label>
          ))}
        </fieldset>
      )}

      <div className="calc-scroll kano-answers__scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="kano-answers__table">
          <caption id={`${id}-caption`}>表格中的答案、出现次数和对应的标准答案</caption>
          <thead>
            <tr>
              <th scope="col">答案</th>
              <th scope="col" className="kano-answers__count">次数</th>
              <th scope="col">对应为</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.value} className={row.answer === null ? 'is-unrecognised' : undefined}>
                <th scope="row" id={`${id}-value-${index}`}>{row.value}</th>
                <td className="kano-answers__count">{count(row.count)}</td>
                <td>
                  <select
                    aria-labelledby={`${id}-value-${index} ${id}-select-label`}
                    value={row.answer === null ? '' : String(row.answer)}
                    disabled={busy}
                    onChange={(event) => importer.setAnswer(row.value, event.currentTarget.value === '' ? null : (Number(event.currentTarget.value) as KanoAnswer))}
                  >
                    <option value="">不计入（未对应）</option>
                    {KANO_ANSWERS.map((answer) => <option key={answer.code} value={answer.code}>{answer.label}</option>)}
                  </select>
                  {row.source !== null && <span className="kano-answers__source">{SOURCE_NOTE[row.source]}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <span id={`${id}-select-label`} hidden>对应为</span>

      <p className="calc-hint" aria-live="polite" data-testid="kano-answer-pending">
        {unrecognised.values === 0 ? '所有列出的答案都已对应。' : `还有 ${unrecognised.values} 种答案（共 ${count(unrecognised.cells)} 次）未对应，不计入结果。`}
      </p>
      <div className="calc-actions">
        <button type="button" className="kano-button kano-button--primary" disabled={busy} onClick={importer.analyse}>按此对应重新分析</button>
      </div>
    </section>
  );
}
