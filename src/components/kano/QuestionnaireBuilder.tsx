/**
 * Step 1: the trainer lists features and adjusts the wording; the questionnaire comes out as a
 * printable page, an answer template (CSV / Excel) and 问卷星 batch text.
 */
import { useId } from 'react';
import { FEATURE_PLACEHOLDER } from '../../lib/kano/questionnaire';
import { DEFAULT_PERSONAS } from '../../lib/kano/segments';
import type { KanoCalculatorState } from './useKanoTool';
import { LazyDetails } from '../shared/LazyDetails';
import { PrintCopy } from '../shared/PrintCopy';
import { StarTextActions } from '../shared/StarTextActions';
import { QuestionnairePreview } from './QuestionnairePreview';

export function QuestionnaireBuilder({ builder }: { builder: KanoCalculatorState['builder'] }) {
  const id = useId();
  const { questionnaire, update, check } = builder;
  const ready = check.ok;

  return (
    <section className="calc-section kano-builder" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>① 设计问卷</h2>
      <p className="calc-hint">每行写一项功能或服务点，工具会为每一项生成“如果提供……”和“如果不提供……”一对问题，五个标准答案：我很喜欢 · 理应如此 · 无所谓 · 能忍受 · 我很不喜欢。</p>

      <div className="kano-grid">
        <div className="kano-field">
          <label htmlFor={`${id}-title-input`}>问卷标题</label>
          <input id={`${id}-title-input`} type="text" value={questionnaire.title} onChange={(event) => update({ title: event.currentTarget.value })} />
        </div>
        <div className="kano-field kano-field--wide">
          <label htmlFor={`${id}-features`}>功能或服务点（每行一项）</label>
          <textarea
            id={`${id}-features`}
            rows={Math.min(12, Math.max(4, questionnaire.features.length + 1))}
            value={questionnaire.features.join('\n')}
            spellCheck={false}
            onChange={(event) => update({ features: event.currentTarget.value.split('\n') })}
            aria-describedby={`${id}-features-hint`}
          />
          <p id={`${id}-features-hint`} className="calc-hint">例如：接机服务、儿童托管、延迟退房。名称会出现在题目和答卷表头里，请写得短而具体。</p>
        </div>
        <div className="kano-field kano-field--wide">
          <label htmlFor={`${id}-intro`}>问卷说明（打印时显示在题目前）</label>
          <textarea id={`${id}-intro`} rows={2} value={questionnaire.intro} onChange={(event) => update({ intro: event.currentTarget.value })} />
        </div>
      </div>

      <details className="calc-details">
        <summary>题目措辞</summary>
        <p className="calc-hint" id={`${id}-wording-hint`}>用 {FEATURE_PLACEHOLDER} 代表功能名称。正向、反向两问只差“提供 / 不提供”，其余措辞保持一致，受访者才不会误读。</p>
        <div className="kano-grid">
          <div className="kano-field">
            <label htmlFor={`${id}-functional`}>正向问题</label>
            <input id={`${id}-functional`} type="text" value={questionnaire.functionalWording} aria-describedby={`${id}-wording-hint`} onChange={(event) => update({ functionalWording: event.currentTarget.value })} />
          </div>
          <div className="kano-field">
            <label htmlFor={`${id}-dysfunctional`}>反向问题</label>
            <input id={`${id}-dysfunctional`} type="text" value={questionnaire.dysfunctionalWording} aria-describedby={`${id}-wording-hint`} onChange={(event) => update({ dysfunctionalWording: event.currentTarget.value })} />
          </div>
        </div>
      </details>

      <fieldset className="kano-fieldset">
        <legend>附加问题（可选）</legend>
        <div className="kano-check">
          <input id={`${id}-importance`} type="checkbox" checked={questionnaire.askImportance} onChange={(event) => update({ askImportance: event.currentTarget.checked })} />
          <label htmlFor={`${id}-importance`}>询问每项功能的重要性（1–9 分）</label>
        </div>
        {questionnaire.askImportance && (
          <div className="kano-field">
            <label htmlFor={`${id}-importance-wording`}>重要性问题</label>
            <input id={`${id}-importance-wording`} type="text" value={questionnaire.importanceWording} onChange={(event) => update({ importanceWording: event.currentTarget.value })} />
          </div>
        )}
        <div className="kano-check">
          <input id={`${id}-segment`} type="checkbox" checked={questionnaire.askSegment} onChange={(event) => update({ askSegment: event.currentTarget.checked })} />
          <label htmlFor={`${id}-segment`}>询问受访者属于哪类客群（用于分客群比较）</label>
        </div>
        {questionnaire.askSegment && (
          <div className="kano-grid">
            <div className="kano-field">
              <label htmlFor={`${id}-segment-question`}>客群问题</label>
              <input id={`${id}-segment-question`} type="text" value={questionnaire.segmentQuestion} onChange={(event) => update({ segmentQuestion: event.currentTarget.value })} />
            </div>
            <div className="kano-field">
              <label htmlFor={`${id}-segments`}>客群选项（每行一项）</label>
              <textarea id={`${id}-segments`} rows={6} value={questionnaire.segments.join('\n')} onChange={(event) => update({ segments: event.currentTarget.value.split('\n') })} />
              <button type="button" className="kano-button kano-button--small" onClick={() => update({ segments: [...DEFAULT_PERSONAS] })}>
                恢复第二讲的六类客群
              </button>
            </div>
          </div>
        )}
      </fieldset>

      <div className="kano-status" aria-live="polite">
        {!check.ok && (
          <ul className="kano-errors">
            {check.errors.map((error) => <li key={error}>{error}</li>)}
          </ul>
        )}
        {check.ok && <p>共 {builder.items.length} 道题：{check.questionnaire.features.length} 项功能 × 正反两问{questionnaire.askImportance ? ' + 重要性' : ''}{questionnaire.askSegment ? ' + 客群' : ''}。</p>}
      </div>

      <div className="calc-actions" role="group" aria-label="导出问卷">
        <button type="button" className="kano-button" disabled={!ready} onClick={builder.printQuestionnaire}>打印问卷</button>
        <button type="button" className="kano-button" disabled={!ready} onClick={builder.downloadTemplateCsv}>下载答卷模板（CSV）</button>
        <button type="button" className="kano-button" disabled={!ready || builder.templateBusy} onClick={() => void builder.downloadTemplateXlsx()}>
          {builder.templateBusy ? '正在生成…' : '下载答卷模板（Excel）'}
        </button>
      </div>

      {/* Rendered (and its text computed) once opened. */}
      <LazyDetails summary="问卷星批量导入文本">
        {() => (
          <>
            <p className="calc-hint" id={`${id}-star-hint`}>在问卷星编辑问卷时选择“批量添加题目”（文本导入），把下面的文字整段粘贴进去。选项顺序保持不变，导出答卷时选“按选项文本”或“按选项序号”都能导入本工具。</p>
            <label htmlFor={`${id}-star`} className="kano-visually-hidden">问卷星批量导入文本</label>
            <textarea id={`${id}-star`} className="calc-star-text" rows={10} readOnly value={builder.starText() ?? ''} aria-describedby={`${id}-star-hint`} />
            <StarTextActions ready={ready} exports={builder} buttonClass="kano-button" />
          </>
        )}
      </LazyDetails>

      {/* Rendered once opened: the on-screen copy of the questionnaire is not drawn while hydrating. */}
      <LazyDetails summary="问卷预览">
        {ready ? <QuestionnairePreview questionnaire={check.questionnaire} items={builder.items} /> : <p className="calc-hint">请先修正上面的问题。</p>}
      </LazyDetails>
      {/* The copy that is printed by 打印问卷 (hidden on screen, see KanoCalculator.css), drawn only then. */}
      {ready && (
        <PrintCopy flag="kanoPrint" value="questionnaire" className="kano-print-questionnaire">
          <QuestionnairePreview questionnaire={check.questionnaire} items={builder.items} />
        </PrintCopy>
      )}
    </section>
  );
}
