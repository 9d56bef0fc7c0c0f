/**
 * The zone of tolerance per dimension (three-column format): a bar from adequate to desired
 * service, with perceived service marked on it (Zeithaml, Berry & Parasuraman 1993). A floating
 * bar chart: the band is one dataset, the perceived level a thin bar drawn over it.
 */
import { useMemo } from 'react';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { dimensionById, formatGap, formatScore, POSITION_LABELS, type GapRow, type ServqualSummary } from '../../lib/servqual';
import { ChartFigure, CHART_COLOURS } from '../shared/ChartFigure';

const MARKER_HALF_WIDTH = 0.04;

export function ZoneChart({ summary, rows, caption, fileName, testId }: { summary: ServqualSummary; rows: readonly GapRow[]; caption: string; fileName: string; testId: string }) {
  const chart = useMemo(() => {
    const shown = rows.filter((row) => row.zone !== null);
    const labels = shown.map((row) => (row.number === null ? row.label : `${row.number}. ${row.label.length > 14 ? `${row.label.slice(0, 14)}…` : row.label}`));
    const data: ChartData<'bar', [number, number][]> = {
      labels,
      datasets: [
        {
          label: '容忍区间（可接受 — 理想）',
          data: shown.map((row) => [Math.min(row.zone!.adequate, row.zone!.desired), Math.max(row.zone!.adequate, row.zone!.desired)]),
          backgroundColor: 'rgba(37, 99, 235, 0.28)',
          borderColor: CHART_COLOURS.series[0],
          borderWidth: 1,
          barPercentage: 0.7,
          categoryPercentage: 0.9,
          grouped: false,
          order: 2,
        },
        {
          label: '感知 P',
          data: shown.map((row) => [row.zone!.perceived - MARKER_HALF_WIDTH, row.zone!.perceived + MARKER_HALF_WIDTH]),
          backgroundColor: shown.map((row) => (row.zone!.position === 'below' ? CHART_COLOURS.negative : row.zone!.position === 'above' ? CHART_COLOURS.positive : CHART_COLOURS.series[4])),
          borderWidth: 0,
          barPercentage: 0.95,
          categoryPercentage: 0.9,
          grouped: false,
          order: 1,
        },
      ],
    };
    // Start one point below the lowest level shown, so the bands are not squeezed to the right.
    const lowest = Math.min(...shown.flatMap((row) => [row.zone!.adequate, row.zone!.desired, row.zone!.perceived]));
    const axisMin = Math.max(1, Math.floor(lowest) - 1);
    const options: ChartOptions<'bar'> = {
      indexAxis: 'y',
      scales: {
        x: { min: axisMin, max: summary.scaleMax, title: { display: true, text: `评分（1–${summary.scaleMax}）` }, ticks: { stepSize: 1 } },
        y: { ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) => {
              const row = shown[item.dataIndex]!;
              if (item.datasetIndex === 0) return `可接受 ${formatScore(row.zone!.adequate)} — 理想 ${formatScore(row.zone!.desired)}`;
              return `感知 ${formatScore(row.zone!.perceived)}：${POSITION_LABELS[row.zone!.position]}（MSA ${formatGap(row.zone!.adequacy)}，MSS ${formatGap(row.zone!.superiority)}）`;
            },
          },
        },
      },
    };
    const table = {
      headers: ['', '可接受', '理想', '感知', 'MSA（P − 可接受）', 'MSS（P − 理想）', '位置'],
      rows: shown.map((row) => [
        row.number === null ? `${row.label}（${dimensionById(row.dimension).name}）` : `${row.number}. ${row.label}`,
        formatScore(row.zone!.adequate),
        formatScore(row.zone!.desired),
        formatScore(row.zone!.perceived),
        formatGap(row.zone!.adequacy),
        formatGap(row.zone!.superiority),
        `${POSITION_LABELS[row.zone!.position]}${row.zone!.inverted ? '（理想低于可接受，请检查数据）' : ''}`,
      ]),
      numericColumns: [1, 2, 3, 4, 5],
    };
    return { data, options, table, count: shown.length };
  }, [rows, summary.scaleMax]);

  const description = `容忍区间图：${chart.table.rows.map((row) => `${row[0]} 可接受 ${row[1]}、理想 ${row[2]}、感知 ${row[3]}，${row[6]}`).join('；')}。`;
  return (
    <ChartFigure
      type="bar"
      caption={caption}
      description={description}
      data={chart.data as unknown as ChartData<'bar'>}
      options={chart.options}
      table={chart.table}
      fileName={fileName}
      height={Math.max(220, 60 + chart.count * 44)}
      testId={testId}
    />
  );
}
