/** The NPS page's import panel: a file or pasted table, the score and segment columns. */
import { useMemo } from 'react';
import { suggestNpsColumns } from '../../lib/nps';
import { ColumnChoice } from '../shared/ColumnChoice';
import { SurveyImport } from '../shared/SurveyImport';
import type { NpsTool } from './NpsCalculator';

export default function NpsImport({ tool }: { tool: NpsTool }) {
  const { state: inputs, send } = tool;
  const preview = tool.survey.state.preview;
  const suggestions = useMemo(() => (preview ? suggestNpsColumns(preview) : null), [preview]);
  const issues = inputs.importer.issues ?? inputs.table?.issues ?? null;
  const decision = preview ? inputs.importer.decision ?? null : null;
  const scoreColumn = inputs.importer.scoreColumn;
  const verdict = decision?.optionVerdicts.find((entry) => entry.column === scoreColumn)?.verdict ?? null;
  const optionNumbers = inputs.importer.optionNumbers ?? false;
  const waitingNote = inputs.table ? '在您选定之前，下方仍显示之前的结果。' : '';
  return (
    <div className="nps-calc__panel">
      {inputs.table && (
        <p className="nps-calc__source" data-testid="nps-table-source">
          当前数据：{inputs.table.origin}
          {inputs.table.scoreHeader ? `，得分列「${inputs.table.scoreHeader}」` : ''}
          {inputs.table.segmentHeader ? `，分组列「${inputs.table.segmentHeader}」` : ''}
          {inputs.table.segments ? `，${inputs.table.segments.length} 个分组` : ''}。
        </p>
      )}
      <SurveyImport
        survey={tool.survey}
        title="导入问卷文件"
        headingLevel={3}
        pickers={[
          {
            id: 'score',
            label: '推荐意愿得分列（0–10）',
            value: inputs.importer.scoreColumn,
            onChange: (column) => send({ type: 'column', field: 'scoreColumn', column }),
            suggested: decision ? decision.score.candidates.map((candidate) => candidate.column) : suggestions?.scoreColumns ?? [],
            hint: '例如“您有多大可能向朋友推荐我们？”',
          },
          {
            id: 'segment',
            label: '分组列（可选）',
            value: inputs.importer.segmentColumn,
            onChange: (column) => send({ type: 'column', field: 'segmentColumn', column }),
            optional: true,
            suggested: decision ? decision.group.candidates.filter((candidate) => candidate.score > 0).map((candidate) => candidate.column) : suggestions?.segmentColumns ?? [],
            hint: '例如门店、月份、渠道；选择后可按组比较 NPS',
          },
        ]}
        issues={issues}
      >
        {decision && preview && (
          <ColumnChoice
            roleName="推荐意愿得分列"
            decision={decision.score}
            headers={preview.headers}
            value={scoreColumn}
            onChoose={(column) => send({ type: 'column', field: 'scoreColumn', column })}
            waitingNote={waitingNote}
            testId="nps-score-choice"
          />
        )}
        {scoreColumn !== null && inputs.importer.optionNumbers === null && verdict && verdict.kind !== 'none' && (
          <section className="nps-calc__question" aria-labelledby="nps-option-question" data-testid="nps-option-question">
            <h4 id="nps-option-question">这一列的数值是 0–10 分，还是选项序号 1–11？</h4>
            <p>{verdict.reason}。问卷星“按选项序号”下载时，选项 1 是“0 分”，所以 8 分会记成 9。{waitingNote}</p>
            <div className="nps-calc__question-actions">
              <button type="button" className="nps-calc__button" onClick={() => send({ type: 'optionNumbers', value: true })}>是选项序号 1–11（每个值减 1）</button>
              <button type="button" className="nps-calc__button" onClick={() => send({ type: 'optionNumbers', value: false })}>就是 0–10 分</button>
            </div>
          </section>
        )}
        {scoreColumn !== null && inputs.importer.optionNumbers !== null && (verdict !== null || optionNumbers) && (
          <div className="nps-calc__option-switch" data-testid="nps-option-switch">
            <label>
              <input type="checkbox" checked={optionNumbers} onChange={(event) => send({ type: 'optionNumbers', value: event.currentTarget.checked })} />
              数值是选项序号 1–11（每个值减 1 得到 0–10 分）
            </label>
            {optionNumbers && verdict?.kind === 'shifted' && <p className="nps-calc__message is-notice" role="status">已自动换算：{verdict.reason}。如果不对，取消勾选即可。</p>}
          </div>
        )}
        {inputs.importer.error && (
          <p className="nps-calc__message is-error" role="alert" data-testid="nps-import-error">{inputs.importer.error}</p>
        )}
        {inputs.table?.segmentError && <p className="nps-calc__message is-error">{inputs.table.segmentError}</p>}
      </SurveyImport>
    </div>
  );
}
