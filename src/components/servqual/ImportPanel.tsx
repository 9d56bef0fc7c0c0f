/**
 * Step 2: the shared import panel (file, paste, progress, preview, rejected values), the example
 * data button, and the SERVQUAL column mapping (which column is E, P, desired, adequate of which
 * item, and which holds each dimension's importance points).
 */
import { Suspense, useId } from 'react';
import { IssueList } from '../shared/IssueList';
import { SurveyImport } from '../shared/SurveyImport';
// Eager parts of the page import the lib's modules directly (not the barrel), so that the
// report maths stays in the results chunk that is loaded on demand.
import { FORMAT_LABELS } from '../../lib/servqual/answerRoles';
import { MappingChoice, MappingSection } from './lazyViews';
import type { ServqualCalculatorState } from './useServqualTool';
import { formatCount } from '../../lib/tool/format';


export function ImportPanel({ calculator }: { calculator: ServqualCalculatorState }) {
  const id = useId();
  const { importer, results } = calculator;
  const { survey, mapping } = importer;
  const preview = survey.state.preview;
  const weightIssues = results?.weightIssues ?? null;

  return (
    <section className="calc-section servqual-import" aria-labelledby={`${id}-title`} data-testid="servqual-import">
      <h2 id={`${id}-title`}>② 导入答卷</h2>
      <p className="calc-hint">
        用上面的答卷模板录入，或从问卷星导出（按选项文本或序号均可），也可以从 Excel / WPS 直接粘贴。没有数据？点
        <button type="button" className="servqual-button is-inline" onClick={() => void importer.loadExample()} disabled={importer.exampleBusy} data-testid="servqual-example">
          教学示例数据
        </button>
        （虚构的酒店调查，160 份答卷，按当前格式生成）。
      </p>
      <SurveyImport survey={survey} title="选择答卷文件" headingLevel={3} issues={results?.issues ?? null}>
        {importer.suggestion && (
          <div className="servqual-message is-notice servqual-suggestion" role="group" aria-labelledby={`${id}-suggestion`} data-testid="servqual-suggestion">
            <p id={`${id}-suggestion`}>
              这个文件的列更符合另一种问卷设置。是否
              {importer.suggestion.format ? `改为${FORMAT_LABELS[importer.suggestion.format]}（这样能对应 ${importer.suggestion.items} 个题目）` : ''}
              {importer.suggestion.format && importer.suggestion.askWeights ? '，并' : ''}
              {importer.suggestion.askWeights ? '启用重要性分配（文件里每个维度都有分配列）' : ''}？
              不改也可以：问卷设置、模板和打印稿保持不变。
            </p>
            <div className="calc-actions">
              <button type="button" className="servqual-button" onClick={importer.acceptSuggestion} data-testid="servqual-suggestion-accept">改用文件的设置</button>
              <button type="button" className="servqual-button is-quiet" onClick={importer.declineSuggestion} data-testid="servqual-suggestion-decline">保持当前设置</button>
            </div>
          </div>
        )}
        {preview && importer.decision && !importer.suggestion && (
          <Suspense fallback={null}>
          <MappingChoice
            roleName="SERVQUAL 评分列"
            decision={importer.decision}
            headers={preview.headers}
            asking={importer.asking}
            onConfirm={importer.analyseNow}
            editorName="下方的“列的对应关系”"
            busy={survey.state.status === 'loading' || survey.state.status === 'analysing'}
            testId="servqual-column-choice"
          />
          </Suspense>
        )}
        {importer.error && (
          <p className="servqual-message is-error" role="alert" data-testid="servqual-import-error">{importer.error}</p>
        )}
      </SurveyImport>

      {weightIssues && weightIssues.count > 0 && (
        <details className="calc-details servqual-weight-issues" open data-testid="servqual-weight-issues">
          <summary>未计入的重要性分配：{formatCount(weightIssues.count)} 位受访者（他们的差距分数照常计入，只是不参与加权得分）</summary>
          <ol>
            {weightIssues.first.map((issue) => <li key={issue.row}>{issue.message}</li>)}
          </ol>
          {weightIssues.count > weightIssues.first.length && <p>另有 {formatCount(weightIssues.count - weightIssues.first.length)} 行未列出。</p>}
        </details>
      )}

      {preview && mapping && (
        <Suspense fallback={null}>
          <MappingSection calculator={calculator} preview={preview} mapping={mapping} />
        </Suspense>
      )}
      {results && results.warnings.length > 0 && (
        <ul className="servqual-message is-notice" data-testid="servqual-warnings">
          {results.warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      )}
      {!preview && results?.issues && <IssueList summary={results.issues} />}
    </section>
  );
}
