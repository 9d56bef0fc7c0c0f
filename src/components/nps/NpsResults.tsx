/** The NPS result: score and interval, the three groups, a reading, two charts and the exports. */
import { useId, useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import { CATEGORY_LABELS, categoryRange, classifyScore, formatCount, formatPercent, formatPoints, formatRange, type NpsCategory, type NpsSummary } from '../../lib/nps';
import { percentOneDecimal } from '../../lib/nps/display';
import type { NpsOutcome, NpsView } from '../../lib/nps/select';
import { ChartFigure, CHART_COLOURS } from '../shared/ChartFigure';
import type { NpsTool } from './NpsCalculator';

const CATEGORY_COLOURS: Record<NpsCategory, string> = {
  promoter: CHART_COLOURS.positive,
  passive: CHART_COLOURS.neutral,
  detractor: CHART_COLOURS.negative,
};

const SCORES = Array.from({ length: 11 }, (_, score) => score);

function categoryRows(summary: NpsSummary): { category: NpsCategory; range: string; count: number; share: number }[] {
  return [
    { category: 'promoter', range: categoryRange('promoter'), count: summary.promoters, share: summary.promoterShare },
    { category: 'passive', range: categoryRange('passive'), count: summary.passives, share: summary.passiveShare },
    { category: 'detractor', range: categoryRange('detractor'), count: summary.detractors, share: summary.detractorShare },
  ];
}

export default function NpsResults({ tool, view, result }: { tool: NpsTool; view: NpsView; result: Extract<NpsOutcome, { status: 'ok' }> }) {
  const { summary, adjusted, counts } = result;
  const shareId = useId();

  const mixChart = useMemo(() => {
    const rows = categoryRows(summary);
    const order = [...rows].reverse();
    const data: ChartData<'bar'> = {
      labels: ['全部回答'],
      datasets: order.map((row) => ({
        label: `${CATEGORY_LABELS[row.category]}（${row.range}）`,
        data: [percentOneDecimal(row.share)],
        backgroundColor: CATEGORY_COLOURS[row.category],
        borderWidth: 0,
        barPercentage: 0.9,
        categoryPercentage: 1,
      })),
    };
    const options: ChartOptions<'bar'> = {
      indexAxis: 'y',
      scales: { x: { stacked: true, min: 0, max: 100, ticks: { callback: (value) => `${value}%` } }, y: { stacked: true, display: false } },
      plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { label: (item) => `${item.dataset.label}：${item.formattedValue}%` } } },
    };
    const table = { headers: ['类别', '人数', '占比'], rows: rows.map((row) => [`${CATEGORY_LABELS[row.category]}（${row.range}）`, formatCount(row.count), formatPercent(row.share)]) };
    return { data, options, table };
  }, [summary]);

  const distributionChart = useMemo(() => {
    const data: ChartData<'bar'> = {
      labels: SCORES.map((score) => `${score}`),
      datasets: [{ label: '人数', data: [...counts], backgroundColor: SCORES.map((score) => CATEGORY_COLOURS[classifyScore(score)]), borderWidth: 0 }],
    };
    const options: ChartOptions<'bar'> = {
      plugins: { legend: { display: false } },
      scales: { x: { title: { display: true, text: '分数' } }, y: { beginAtZero: true, title: { display: true, text: '人数' }, ticks: { precision: 0 } } },
    };
    const table = {
      headers: ['分数', '人数', '占比', '类别'],
      rows: SCORES.map((score) => [`${score}`, formatCount(counts[score] ?? 0), formatPercent((counts[score] ?? 0) / summary.total), CATEGORY_LABELS[classifyScore(score)]]),
      numericColumns: [1, 2],
    };
    return { data, options, table };
  }, [counts, summary.total]);

  return (
    <>
      <div className="nps-calc__headline">
        <div className="nps-calc__score-block">
          <p className="nps-calc__score-label" id={`${shareId}-score-label`}>NPS 净推荐值</p>
          <p className="nps-calc__score" data-testid="nps-score" aria-describedby={`${shareId}-score-label`}>
            {formatPoints(summary.nps)}
          </p>
          <p className="nps-calc__ci" data-testid="nps-ci">
            95% 置信区间 <strong>{formatRange(adjusted.lower, adjusted.upper)}</strong>
            <span className="nps-calc__ci-note">（调整 Wald，±{formatPoints(adjusted.margin)}）</span>
          </p>
          <p className="nps-calc__n" data-testid="nps-n">n = {formatCount(summary.total)}</p>
          {result.warnings.length > 0 && (
            <ul className="nps-calc__warnings" data-testid="nps-warnings" aria-label="核对提醒">
              {result.warnings.map((warning) => <li key={warning}>{warning}</li>)}
            </ul>
          )}
        </div>
        <ul className="nps-calc__categories">
          {categoryRows(summary).map((row) => (
            <li key={row.category} className={`nps-calc__category is-${row.category}`} data-testid={`nps-${row.category}s`}>
              <span className="nps-calc__category-name">{CATEGORY_LABELS[row.category]}<small>{row.range}</small></span>
              <span className="nps-calc__category-share">{formatPercent(row.share)}</span>
              <span className="nps-calc__category-count">{formatCount(row.count)} 人</span>
            </li>
          ))}
        </ul>
      </div>

      <div className="nps-calc__reading" data-testid="nps-reading">
        <h3>怎么读这个结果</h3>
        {result.reading.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>

      <div className="nps-calc__charts">
        <ChartFigure
          type="bar"
          caption="推荐者、被动者、贬损者占比"
          description={`堆叠条形图：推荐者 ${formatPercent(summary.promoterShare)}，被动者 ${formatPercent(summary.passiveShare)}，贬损者 ${formatPercent(summary.detractorShare)}`}
          data={mixChart.data}
          options={mixChart.options}
          table={mixChart.table}
          fileName="NPS-三类占比"
          height={150}
          testId="nps-chart-mix"
        />
        <ChartFigure
          type="bar"
          caption="0–10 分各分数的人数"
          description={`柱状图：0 到 10 分各分数的人数，共 ${formatCount(summary.total)} 份回答`}
          data={distributionChart.data}
          options={distributionChart.options}
          table={distributionChart.table}
          fileName="NPS-分数分布"
          height={280}
          testId="nps-chart-distribution"
        />
      </div>

      <div className="nps-calc__actions">
        <button type="button" className="nps-calc__button" onClick={() => view.csvRows && tool.exportCsv('NPS-结果.csv', view.csvRows)} data-testid="nps-export-csv">下载结果 CSV</button>
        <button type="button" className="nps-calc__button" onClick={() => void tool.publishShare()} data-testid="nps-share">复制分享链接</button>
        <button type="button" className="nps-calc__button" onClick={() => window.print()} data-testid="nps-print">打印</button>
      </div>
      {tool.share && (
        <div className="nps-calc__share">
          <label htmlFor={`${shareId}-share`}>分享链接（只含各分数人数，不含原始数据）{tool.share.copied ? '：已复制到剪贴板' : '：请复制'}</label>
          <input id={`${shareId}-share`} type="text" readOnly value={tool.share.url} onFocus={(event) => event.currentTarget.select()} data-testid="nps-share-url" />
        </div>
      )}
    </>
  );
}
