/**
 * Step 3: the results (loaded on demand, once there are results) — headline scores, dimension and item gaps with paired 95% CIs, the
 * largest gaps, 5-GAP hints, radar, zone of tolerance, importance–performance grid and
 * Cronbach's α — each chart with its table alternative.
 */
import { memo, useCallback, useId, useMemo } from 'react';
import {
  ANSWER_ROLES,
  buildServqualReport,
  formatCount,
  referenceRole,
  servqualResultRows,
  type ServqualSummary,
} from '../../lib/servqual';
import { downloadCsv } from '../shared/exportCsv';
import { FiveGapHints } from './FiveGapHints';
import { GapTable } from './GapTable';
import { IpaSection } from './IpaSection';
import { LazyDetails } from '../shared/LazyDetails';
import { RadarChart } from './RadarChart';
import { ReliabilitySection } from './ReliabilitySection';
import { ScoreHeadline } from './ScoreHeadline';
import { TypedWeights } from './TypedWeights';
import { ZoneChart } from './ZoneChart';
import type { ServqualResultsState } from './useServqualTool';

export const ResultsView = memo(function ResultsView({ state, summary }: { state: ServqualResultsState; summary: ServqualSummary }) {
  const id = useId();
  const { typedWeights, view } = state;
  const report = useMemo(
    () => buildServqualReport(summary, { typedWeights, crosshairs: view.crosshairs, ipaLevel: view.ipaLevel }),
    [summary, typedWeights, view.crosshairs, view.ipaLevel],
  );
  const exportResultsCsv = useCallback(() => {
    downloadCsv('SERVQUAL-结果.csv', servqualResultRows(summary, report, state.origin));
  }, [summary, report, state.origin]);
  const three = summary.format === 'three-column';
  const referenceLabel = ANSWER_ROLES[referenceRole(summary.format)].label;
  const { scores } = report;

  return (
    <div className="servqual-results__body">
      <p className="servqual-source" data-testid="servqual-source">
        当前数据：{state.origin}；{formatCount(summary.respondents)} 位受访者，{summary.items.length} 个题目，1–{summary.scaleMax} 分{three ? '，三栏式' : ''}。
      </p>

      <ScoreHeadline summary={summary} report={report} />

      {scores.weightSource !== 'respondents' && <TypedWeights state={state} summary={summary} />}

      <section className="servqual-subsection" aria-labelledby={`${id}-dimensions`}>
        <h3 id={`${id}-dimensions`}>各维度的差距</h3>
        <GapTable rows={report.dimensions} summary={summary} caption={`各维度的${referenceLabel}、感知与差距（配对 95% 置信区间）`} testId="servqual-dimension-table" />
      </section>

      <FiveGapHints report={report} />

      <section className="servqual-subsection" aria-labelledby={`${id}-largest`}>
        <h3 id={`${id}-largest`}>差距最大的 {report.largestGaps.length} 个题目</h3>
        <GapTable rows={report.largestGaps} summary={summary} caption="按差距从大到小（最负在前）" ranked testId="servqual-largest-gaps" />
      </section>

      <div className="servqual-charts">
        <RadarChart summary={summary} report={report} />
        {three && (
          <ZoneChart summary={summary} rows={report.dimensions} caption="各维度的容忍区间与感知（蓝色带：可接受—理想；竖条：感知，红色低于可接受、绿色高于理想）" fileName="SERVQUAL-容忍区间" testId="servqual-chart-zone" />
        )}
      </div>
      {three && (
        <LazyDetails summary="每个题目的容忍区间">
          <ZoneChart summary={summary} rows={report.items} caption="各题目的容忍区间与感知" fileName="SERVQUAL-题目容忍区间" testId="servqual-chart-zone-items" />
        </LazyDetails>
      )}

      <IpaSection state={state} report={report} />

      <ReliabilitySection report={report} />

      <LazyDetails summary={`全部 ${report.items.length} 个题目的差距`} testId="servqual-item-details">
        <GapTable rows={report.items} summary={summary} caption={`各题目的${referenceLabel}、感知与差距（配对 95% 置信区间）`} testId="servqual-item-table" />
      </LazyDetails>

      <div className="calc-actions servqual-noprint">
        <button type="button" className="servqual-button" onClick={exportResultsCsv} data-testid="servqual-export-csv">下载结果 CSV</button>
        <button type="button" className="servqual-button" onClick={() => void state.createShareLink()} data-testid="servqual-share">复制分享链接</button>
        <button type="button" className="servqual-button" onClick={state.printResults} data-testid="servqual-print">打印结果</button>
      </div>
      {state.share && (
        <div className="servqual-share servqual-noprint">
          <label htmlFor={`${id}-share`}>
            分享链接（只含均值、方差和人数，不含原始答卷）{state.share.copied ? '：已复制到剪贴板' : '：请复制'}
          </label>
          <input id={`${id}-share`} type="text" readOnly value={state.share.url} onFocus={(event) => event.currentTarget.select()} data-testid="servqual-share-url" />
          {state.share.note && <p className="calc-hint">{state.share.note}</p>}
        </div>
      )}
    </div>
  );
});
