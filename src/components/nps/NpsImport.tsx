/** The NPS page's import panel: a file or pasted table, the score and segment columns. */
import { useMemo } from 'react';
import { suggestNpsColumns } from '../../lib/nps';
import { SurveyImport } from '../shared/SurveyImport';
import type { NpsTool } from './NpsCalculator';

export default function NpsImport({ tool }: { tool: NpsTool }) {
  const { state: inputs, send } = tool;
  const preview = tool.survey.state.preview;
  const suggestions = useMemo(() => (preview ? suggestNpsColumns(preview) : null), [preview]);
  const issues = inputs.importer.issues ?? inputs.table?.issues ?? null;
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
            suggested: suggestions?.scoreColumns ?? [],
            hint: '例如“您有多大可能向朋友推荐我们？”',
          },
          {
            id: 'segment',
            label: '分组列（可选）',
            value: inputs.importer.segmentColumn,
            onChange: (column) => send({ type: 'column', field: 'segmentColumn', column }),
            optional: true,
            suggested: suggestions?.segmentColumns ?? [],
            hint: '例如门店、月份、渠道；选择后可按组比较 NPS',
          },
        ]}
        issues={issues}
      >
        {inputs.importer.error && (
          <p className="nps-calc__message is-error" role="alert" data-testid="nps-import-error">{inputs.importer.error}</p>
        )}
        {inputs.table?.segmentError && <p className="nps-calc__message is-error">{inputs.table.segmentError}</p>}
      </SurveyImport>
    </div>
  );
}
