/**
 * Importance–performance grid (Martilla & James 1977): performance (perceived) across,
 * importance up, crosshairs at the data means or the scale midpoint, the four quadrants named in
 * the corners, points numbered as in the table.
 */
import { useMemo } from 'react';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { dimensionById, formatScore, QUADRANTS, QUADRANT_ORDER, type ServqualReport } from '../../lib/servqual';
import { ChartFigure, CHART_COLOURS } from '../shared/ChartFigure';
import type { LabelledPoint } from '../shared/scatterLabelsPlugin';
import { useServqualChartParts } from './chartParts';
import { FallbackTable } from './FallbackTable';

const QUADRANT_COLOURS = {
  concentrate: CHART_COLOURS.negative,
  keep: CHART_COLOURS.positive,
  low: CHART_COLOURS.neutral,
  overkill: CHART_COLOURS.accent,
} as const;
const QUADRANT_STYLES = { concentrate: 'triangle', keep: 'circle', low: 'rect', overkill: 'rectRot' } as const;

export function IpaChart({ report }: { report: ServqualReport }) {
  const parts = useServqualChartParts();
  const { ipa } = report;

  const chart = useMemo(() => {
    const shortLabel = (point: (typeof ipa.points)[number]) => (ipa.level === 'dimension' ? point.label : point.label.split('.')[0]!);
    const data: ChartData<'scatter', LabelledPoint[]> = {
      datasets: QUADRANT_ORDER.flatMap((quadrant) => {
        const points = ipa.points.filter((point) => point.quadrant === quadrant);
        if (points.length === 0) return [];
        return [{
          label: QUADRANTS[quadrant].label,
          data: points.map((point) => ({ x: point.performance, y: point.importance, label: shortLabel(point) })),
          backgroundColor: QUADRANT_COLOURS[quadrant],
          borderColor: QUADRANT_COLOURS[quadrant],
          pointStyle: QUADRANT_STYLES[quadrant],
          pointRadius: 7,
          pointHoverRadius: 9,
        }];
      }),
    };
    const pad = (values: number[], margin: number) => [Math.min(...values) - margin, Math.max(...values) + margin] as const;
    const [xMin, xMax] = pad([...ipa.points.map((point) => point.performance), ipa.crosshairs.performance], 0.25);
    const [yMin, yMax] = pad([...ipa.points.map((point) => point.importance), ipa.crosshairs.importance], ipa.importanceFromWeights ? 3 : 0.25);
    const byLabel = new Map(ipa.points.map((point) => [shortLabel(point), point]));
    // Weights (0–100 points) round to whole points, means to tenths.
    const yStep = ipa.importanceFromWeights ? 5 : 0.1;
    const options: ChartOptions<'scatter'> = {
      scales: {
        x: { min: Math.floor(xMin * 10) / 10, max: Math.ceil(xMax * 10) / 10, title: { display: true, text: '表现（感知均值）' } },
        y: { min: Math.max(0, Math.floor(yMin / yStep) * yStep), max: Math.ceil(yMax / yStep) * yStep, title: { display: true, text: ipa.importanceLabel } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'scatter'>) => {
              const point = byLabel.get((item.raw as LabelledPoint).label);
              return point ? `${point.label}：重要性 ${formatScore(point.importance)}，表现 ${formatScore(point.performance)}` : '';
            },
          },
        },
        scatterLabels: {
          enabled: true,
          lines: { x: ipa.crosshairs.performance, y: ipa.crosshairs.importance },
          quadrants: { topLeft: QUADRANTS.concentrate.label, topRight: QUADRANTS.keep.label, bottomLeft: QUADRANTS.low.label, bottomRight: QUADRANTS.overkill.label },
        },
      },
    };
    const table = {
      headers: [ipa.level === 'dimension' ? '维度' : '题目', '重要性', '表现', '象限'],
      rows: ipa.points.map((point) => [
        ipa.level === 'dimension' ? `${point.label}（${dimensionById(point.id as Parameters<typeof dimensionById>[0]).name}）` : point.label,
        formatScore(point.importance),
        formatScore(point.performance),
        QUADRANTS[point.quadrant].label,
      ]),
      numericColumns: [1, 2],
    };
    return { data, options, table };
  }, [ipa]);

  const caption = `重要性—表现分析（${ipa.level === 'dimension' ? '按维度' : '按题目'}；十字线：重要性 ${formatScore(ipa.crosshairs.importance)}，表现 ${formatScore(ipa.crosshairs.performance)}）`;
  const description = `散点图：${chart.table.rows.map((row) => `${row[0]} 重要性 ${row[1]}、表现 ${row[2]}，${row[3]}`).join('；')}。`;
  if (parts === 'failed') return <FallbackTable caption={caption} headers={chart.table.headers} rows={chart.table.rows} />;
  if (parts !== 'ready') return <p className="calc-hint">图表加载中…</p>;
  return (
    <ChartFigure
      type="scatter"
      caption={caption}
      description={description}
      data={chart.data as unknown as ChartData<'scatter'>}
      options={chart.options}
      table={chart.table}
      fileName="SERVQUAL-重要性表现分析"
      height={400}
      testId="servqual-chart-ipa"
    />
  );
}
