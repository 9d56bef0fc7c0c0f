/**
 * The KANO needs analyser: ① design the questionnaire, ② import answers, ③ read the results
 * (classification with the Fong test, priority list, Better/Worse, continuous analysis, segments).
 * Renders only; the state runs on the tool kernel (useKanoTool → useTool, src/lib/kano/state.ts),
 * every figure comes from src/lib/kano/select.ts.
 */
import { Suspense, useId } from 'react';
import { AnswerMappingEditor, MappingChoice, MappingEditor, ResultsView } from './lazyViews';
import { SurveyImport } from '../shared/SurveyImport';
import { QuestionnaireBuilder } from './QuestionnaireBuilder';
import { ResultsPlaceholder } from './ResultsPlaceholder';
import { useKanoTool } from './useKanoTool';
import '../shared/calculator.css';
import './KanoCalculator.css';

export default function KanoCalculator() {
  const state = useKanoTool();
  const id = useId();

  return (
    <div className="calc kano" data-testid="kano-calculator" data-restored={state.restored ? 'true' : 'false'}>
      <div className="kano-message" role="status" aria-live="polite">
        {state.message && (
          <p className={`kano-message__text kano-message__text--${state.message.kind}`}>
            {state.message.text}{' '}
            <button type="button" className="kano-button kano-button--small" onClick={state.dismissMessage}>知道了</button>
          </p>
        )}
      </div>

      <QuestionnaireBuilder builder={state.builder} />

      <section className="calc-section kano-import" aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`}>② 导入答卷</h2>
        <p className="calc-hint">
          每位受访者一行、每道题一列（宽表）。答案可以是五个标准答案、常见同义说法（如“理所当然”“可以忍受”）或代码 1–5。用上面下载的模板或问卷星导出的 Excel / CSV 都可以；文件只在你的浏览器里读取。
        </p>
        <div className="calc-actions">
          <button type="button" className="kano-button" onClick={state.importer.loadExample} disabled={state.importer.exampleBusy}>教学示例数据</button>
          <span className="calc-hint">（虚构的酒店调查：8 项服务、六类客群各 50 人，含两处故意写错的答案）</span>
        </div>
        <SurveyImport survey={state.importer.survey} issues={state.results?.issues ?? null} title="选择文件或粘贴表格" headingLevel={3}>
          {state.importer.survey.state.preview && state.importer.decision && (
            <Suspense fallback={null}>
            <MappingChoice
              roleName="KANO 正向 / 反向问题列"
              decision={state.importer.decision.pairs}
              headers={state.importer.survey.state.preview.headers}
              asking={state.importer.asking}
              onConfirm={state.importer.analyse}
              editorName="下方的“列对应”"
              busy={state.importer.survey.state.status === 'loading' || state.importer.survey.state.status === 'analysing'}
              testId="kano-column-choice"
            />
            </Suspense>
          )}
          {state.importer.groupNote && <p className="calc-hint" data-testid="kano-group-note">{state.importer.groupNote}</p>}
          <Suspense fallback={null}>
            {state.importer.survey.state.preview && state.importer.mapping && (
              // Keyed by table: a new file gets a fresh editor (open again if its columns need choosing).
              <MappingEditor importer={state.importer} headers={state.importer.survey.state.preview.headers} key={state.importer.tableKey} />
            )}
            {state.importer.answerValues && state.importer.answerValues.distinct > 0 && <AnswerMappingEditor importer={state.importer} values={state.importer.answerValues} />}
          </Suspense>
          <div className="kano-status" role="alert">
            {state.importer.error && <p className="kano-error">{state.importer.error}</p>}
          </div>
        </SurveyImport>
      </section>

      {state.results && state.summaries.length > 0 ? (
        <Suspense fallback={<ResultsPlaceholder text="结果加载中…" />}>
          <ResultsView state={state} />
        </Suspense>
      ) : (
        <ResultsPlaceholder text="导入答卷或点“教学示例数据”后，结果会显示在这里。" />
      )}
    </div>
  );
}
