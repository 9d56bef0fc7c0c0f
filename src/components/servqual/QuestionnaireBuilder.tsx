/**
 * Step 1: pick an industry preset, set the scale and format, edit the items (reword, reverse,
 * move, add, remove); the questionnaire comes out as a printable page, an answer template
 * (CSV / Excel) and 问卷星 batch text.
 */
import { memo, Suspense, useId } from 'react';
// Direct module imports (not the barrel): see ImportPanel.tsx.
import { FORMAT_LABELS, type ServqualFormat } from '../../lib/servqual/answerRoles';
import { DIMENSIONS } from '../../lib/servqual/dimensions';
import { PRESETS } from '../../lib/servqual/presets';
import { lazyView } from '../shared/LazyView';
import { LazyDetails } from '../shared/LazyDetails';
import { PrintCopy } from '../shared/PrintCopy';
import { StarTextActions } from '../shared/StarTextActions';
import { QuestionnairePrint } from './QuestionnairePrint';
import type { ServqualCalculatorState } from './useServqualTool';

/** The item editor's inputs: fetched when the editor is first opened. */
const DimensionEditor = lazyView(() => import('./DimensionEditor').then((module) => module.DimensionEditor));

export const QuestionnaireBuilder = memo(function QuestionnaireBuilder({ builder }: { builder: ServqualCalculatorState['builder'] }) {
  const id = useId();
  const { questionnaire, items, check, edit } = builder;
  const ready = check.ok;

  return (
    <section className="calc-section servqual-builder" aria-labelledby={`${id}-title`} data-testid="servqual-builder">
      <h2 id={`${id}-title`}>① 设计问卷</h2>
      <p className="calc-hint">
        22 道题分属五个维度，每道题请旅客打两次分：心目中出色的同类企业应当做到的程度（期望 E），和这家企业实际做到的程度（感知 P）。先选行业模板，再按需要改写、增删题目。
      </p>

      <div className="servqual-grid">
        <div className="servqual-field">
          <label htmlFor={`${id}-preset`}>行业模板</label>
          <select id={`${id}-preset`} value={questionnaire.presetId} onChange={(event) => edit.applyPreset(event.currentTarget.value as (typeof PRESETS)[number]['id'])} aria-describedby={`${id}-preset-hint`} data-testid="servqual-preset">
            {PRESETS.map((preset) => <option key={preset.id} value={preset.id}>{preset.label}</option>)}
          </select>
          <p id={`${id}-preset-hint`} className="calc-hint">换模板会用该行业的措辞替换全部题目（量表、格式设置保留）。</p>
        </div>
        <div className="servqual-field">
          <label htmlFor={`${id}-title-input`}>问卷标题</label>
          <input id={`${id}-title-input`} type="text" value={questionnaire.title} onChange={(event) => edit.update({ title: event.currentTarget.value })} />
        </div>
        <div className="servqual-field">
          <label htmlFor={`${id}-provider`}>被评价的对象（感知题）</label>
          <input id={`${id}-provider`} type="text" value={questionnaire.provider} onChange={(event) => edit.update({ provider: event.currentTarget.value })} />
        </div>
        <div className="servqual-field">
          <label htmlFor={`${id}-excellent`}>期望的参照对象（期望题）</label>
          <input id={`${id}-excellent`} type="text" value={questionnaire.excellentProvider} onChange={(event) => edit.update({ excellentProvider: event.currentTarget.value })} />
        </div>
      </div>

      <div className="servqual-grid">
        <fieldset className="servqual-fieldset">
          <legend>量表</legend>
          {([7, 5] as const).map((scaleMax) => (
            <label key={scaleMax} className="servqual-choice">
              <input type="radio" name={`${id}-scale`} checked={questionnaire.scaleMax === scaleMax} onChange={() => edit.update({ scaleMax })} data-testid={`servqual-scale-${scaleMax}`} />
              1–{scaleMax} 分{scaleMax === 7 ? '（原量表）' : ''}
            </label>
          ))}
        </fieldset>
        <fieldset className="servqual-fieldset">
          <legend>格式</legend>
          {(Object.keys(FORMAT_LABELS) as ServqualFormat[]).map((format) => (
            <label key={format} className="servqual-choice">
              <input type="radio" name={`${id}-format`} checked={questionnaire.format === format} onChange={() => edit.update({ format })} data-testid={`servqual-format-${format}`} />
              {FORMAT_LABELS[format]}
            </label>
          ))}
        </fieldset>
        <fieldset className="servqual-fieldset">
          <legend>重要性</legend>
          <label className="servqual-choice">
            <input type="checkbox" checked={questionnaire.askWeights} onChange={(event) => edit.update({ askWeights: event.currentTarget.checked })} data-testid="servqual-ask-weights" />
            请旅客把 100 分分配给五个维度（用于加权得分）
          </label>
        </fieldset>
      </div>

      <LazyDetails summary={`编辑题目（${items.length} 题）`} testId="servqual-item-editor">
        <p className="calc-hint">改写措辞、移到其他维度、调整顺序或删除；1988 年版的反向措辞题（如“员工不一定乐意帮助顾客”）请勾选“反向题”，计算时按（{questionnaire.scaleMax} + 1）− 分数换算。</p>
        <Suspense fallback={<p className="calc-hint">题目编辑器加载中…</p>}>
          {DIMENSIONS.map((dimension) => (
            <DimensionEditor key={dimension.id} dimensionId={dimension.id} builder={builder} />
          ))}
        </Suspense>
      </LazyDetails>

      <div role="status" aria-live="polite" className="servqual-check">
        {!check.ok && (
          <ul className="servqual-message is-error">
            {check.errors.map((error) => <li key={error}>{error}</li>)}
          </ul>
        )}
        {check.ok && check.warnings.length > 0 && (
          <ul className="servqual-message is-notice">
            {check.warnings.map((warning) => <li key={warning}>{warning}</li>)}
          </ul>
        )}
        {check.ok && (
          <p className="calc-hint">
            共 {items.length} 题 × {questionnaire.format === 'three-column' ? '3' : '2'} 栏评分{questionnaire.askWeights ? ' + 5 个维度的重要性分配' : ''}。
          </p>
        )}
      </div>

      <div className="calc-actions" role="group" aria-label="导出问卷">
        <button type="button" className="servqual-button" disabled={!ready} onClick={builder.printQuestionnaire} data-testid="servqual-print-questionnaire">打印问卷</button>
        <button type="button" className="servqual-button" disabled={!ready} onClick={builder.downloadTemplateCsv} data-testid="servqual-template-csv">下载答卷模板（CSV）</button>
        <button type="button" className="servqual-button" disabled={!ready || builder.templateBusy} onClick={() => void builder.downloadTemplateXlsx()} data-testid="servqual-template-xlsx">
          {builder.templateBusy ? '正在生成…' : '下载答卷模板（Excel）'}
        </button>
      </div>

      {/* Rendered (and its text computed) once opened. */}
      <LazyDetails summary="问卷星批量导入文本">
        {() => {
          const star = builder.star();
          return (
            <>
              <p className="calc-hint" id={`${id}-star-hint`}>
                在问卷星编辑问卷时选择“批量添加题目”（文本导入），把下面的文字整段粘贴进去；问卷说明请另填到问卷星的“问卷说明”里。每题开头的【E1 期望】【P1 感知】等代码请保留：导出答卷（按选项文本或按选项序号均可）后，本工具靠它们自动对应列。
              </p>
              {star && (
                <>
                  <p className="calc-hint">问卷说明：{star.intro}</p>
                  <label htmlFor={`${id}-star`} className="sr-only">问卷星批量导入文本</label>
                  <textarea id={`${id}-star`} className="calc-star-text" rows={10} readOnly value={star.text} aria-describedby={`${id}-star-hint`} data-testid="servqual-star-text" />
                </>
              )}
              <StarTextActions ready={ready} exports={builder} buttonClass="servqual-button" />
            </>
          );
        }}
      </LazyDetails>

      {/* Rendered once opened: the on-screen copy of the questionnaire (hundreds of cells) is not drawn while hydrating. */}
      <LazyDetails summary="问卷预览">
        {ready ? <QuestionnairePrint questionnaire={check.questionnaire} /> : <p className="calc-hint">请先修正上面的问题。</p>}
      </LazyDetails>
      {/* The copy printed by 打印问卷 (hidden on screen, see ServqualCalculator.css), drawn only then. */}
      {ready && (
        <PrintCopy flag="servqualPrint" value="questionnaire" className="servqual-print-questionnaire">
          <QuestionnairePrint questionnaire={check.questionnaire} />
        </PrintCopy>
      )}
    </section>
  );
});
