/**
 * Radar chart of the dimension means: expectation (E, or desired), perception (P) and, in the
 * three-column format, adequate service. The shared ChartFigure has no radar type, so the radar
 * is drawn as a scatter chart in polar coordinates: rings and spokes as line datasets, one closed
 * polygon per rating column, dimension names as labelled points outside the outer ring.
 */
import { useMemo } from 'react';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { ANSWER_ROLES, dimensionById, formatScore, referenceRole, type AnswerRole, type ServqualReport, type ServqualSummary } from '../../lib/servqual';
import { ChartFigure, CHART_COLOURS } from '../shared/ChartFigure';
import { useServqualChartParts } from './chartParts';
import { FallbackTable } from './FallbackTable';

interface RadarPoint {
  x: number;
  y: number;
  label?: string;
  value?: number;
  name?: string;
}

const ROLE_COLOURS: Record<AnswerRole, string> = {
  expected: CHART_COLOURS.series[0],
  desired: CHART_COLOURS.series[0],
  adequate: CHART_COLOURS.series[3],
  perceived: CHART_COLOURS.series[1],
};
const GRID = 'rgba(128, 128, 128, 0.45)';

export function RadarChart({ summary, report }: { summary: ServqualSummary; report: ServqualReport }) {
  const parts = useServqualChartParts();
  const rows = report.dimensions;
  const reference = referenceRole(summary.format);
  const roles = useMemo((): AnswerRole[] => (summary.format === 'three-column' ? [reference, 'adequate', 'perceived'] : [reference, 'perceived']), [summary.format, reference]);

  const chart = useMemo(() => {
    const count = rows.length;
    const valueOf = (row: (typeof rows)[number], role: AnswerRole) => (role === 'perceived' ? row.perceived : role === 'adequate' ? row.adequate : row.expected);
    const values = rows.flatMap((row) => roles.map((role) => valueOf(row, role) ?? summary.scaleMax));
    // The centre is one point below the lowest mean (at least 1): gaps of a few tenths stay visible.
    const centre = Math.max(1, Math.floor(Math.min(...values)) - 1);
    const radius = (value: number) => (value - centre) / (summary.scaleMax - centre);
    const angle = (index: number) => (2 * Math.PI * index) / count;
    const at = (index: number, r: number): RadarPoint => ({ x: r * Math.sin(angle(index)), y: r * Math.cos(angle(index)) });
    const polygon = (points: RadarPoint[]) => (points.length > 0 ? [...points, points[0]!] : points);
    const levels = Array.from({ length: summary.scaleMax - centre }, (_, index) => centre + index + 1);

    const datasets: ChartData<'scatter', RadarPoint[]>['datasets'] = [
      ...levels.map((level) => ({
        label: `grid-${level}`,
        data: polygon(rows.map((_, index) => at(index, radius(level)))),
        showLine: true,
        borderColor: GRID,
        borderWidth: 1,
        pointRadius: 0,
        pointHoverRadius: 0,
      })),
      ...rows.map((_, index) => ({
        label: `spoke-${index}`,
        data: [at(index, 0), at(index, 1)],
        showLine: true,
        borderColor: GRID,
        borderWidth: 1,
        pointRadius: 0,
        pointHoverRadius: 0,
      })),
      {
        label: 'ring-labels',
        data: levels.map((level) => ({ ...at(0, radius(level)), label: String(level) })),
        pointRadius: 0,
        pointHoverRadius: 0,
        borderColor: GRID,
      },
      {
        label: 'dimension-labels',
        data: rows.map((row, index) => ({ ...at(index, 1.02), label: row.label })),
        pointRadius: 0,
        pointHoverRadius: 0,
        borderColor: 'transparent',
      },
      ...roles.map((role) => ({
        label: `${ANSWER_ROLES[role].label}${role === 'expected' ? ' E' : role === 'perceived' ? ' P' : ''}`,
        data: polygon(rows.map((row, index) => {
          const value = valueOf(row, role) ?? centre;
          return { ...at(index, radius(value)), value, name: row.label };
        })),
        showLine: true,
        borderColor: ROLE_COLOURS[role],
        backgroundColor: ROLE_COLOURS[role],
        borderWidth: role === 'perceived' ? 3 : 2,
        pointRadius: 4,
        pointHoverRadius: 6,
        pointStyle: role === 'perceived' ? 'rectRot' : 'circle',
      })),
    ];
    const structural = (label: string | undefined) => !label || /^(grid|spoke|ring-labels|dimension-labels)/.test(label);
    const options: ChartOptions<'scatter'> = {
      scales: {
        x: { display: false, min: -1.3, max: 1.3 },
        y: { display: false, min: -1.2, max: 1.25 },
      },
      plugins: {
        legend: { position: 'bottom', labels: { filter: (item) => !structural(item.text) } },
        tooltip: {
          filter: (item: TooltipItem<'scatter'>) => !structural(item.dataset.label),
          callbacks: {
            label: (item: TooltipItem<'scatter'>) => {
              const point = item.raw as RadarPoint;
              return `${point.name ?? ''} ${item.dataset.label ?? ''}：${formatScore(point.value)}`;
            },
          },
        },
        scatterLabels: { enabled: true, lines: null, quadrants: null },
      },
    };
    const table = {
      headers: ['维度', ...roles.map((role) => `${ANSWER_ROLES[role].label}均值`), '差距 P − E'],
      rows: rows.map((row) => [`${row.label}（${dimensionById(row.dimension).name}）`, ...roles.map((role) => formatScore(valueOf(row, role))), formatScore(row.gap)]),
    };
    return { data: { datasets } as ChartData<'scatter'>, options, table, centre };
  }, [rows, roles, summary.scaleMax]);

  const description = `雷达图：${rows.map((row) => `${row.label} ${ANSWER_ROLES[reference].label} ${formatScore(row.expected)}、感知 ${formatScore(row.perceived)}`).join('；')}。`;
  return (
    <div className="servqual-radar" data-testid="servqual-radar">
      {parts === 'ready' ? (
        <ChartFigure
          type="scatter"
          caption={`各维度的${ANSWER_ROLES[reference].label}与感知（雷达图，中心为 ${chart.centre} 分）`}
          description={description}
          data={chart.data}
          options={chart.options}
          table={chart.table}
          fileName="SERVQUAL-雷达图"
          height={420}
          testId="servqual-chart-radar"
        />
      ) : parts === 'failed' ? (
        <FallbackTable caption="各维度均值" headers={chart.table.headers} rows={chart.table.rows} />
      ) : (
        <p className="calc-hint">图表加载中…</p>
      )}
    </div>
  );
}
