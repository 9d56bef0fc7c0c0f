/**
 * DuMouchel's continuous analysis: each feature at (mean dysfunctional score, mean functional
 * score), point size from the mean self-stated importance where it was asked; reading lines at 2.
 */
import { useMemo } from 'react';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { CONTINUOUS_MIDPOINT, KANO_CATEGORIES, categoryLabel, type FeatureSummary } from '../../lib/kano';
import { CATEGORY_COLOURS, CATEGORY_POINT_STYLES } from './categoryStyle';
import { signed } from './format';
import type { LabelledPoint } from '../shared/scatterLabelsPlugin';
import { LazyMount } from './LazyMount';
import { prepareScatter, ScatterFigure } from './ScatterFigure';

/** Point radius from mean importance: 1 → 4 px … 9 → 14 px; 7 px without importance. */
function radiusFor(feature: FeatureSummary): number {
  return feature.importance ? 4 + (feature.importance.mean - 1) * 1.25 : 7;
}

export function ContinuousChart({ features, hasImportance }: { features: readonly FeatureSummary[]; hasImportance: boolean }) {
  const numbered = features.map((feature, index) => ({ feature, number: index + 1 })).filter(({ feature }) => feature.continuous && feature.classification);

  const data = useMemo((): ChartData<'scatter'> => ({
    datasets: KANO_CATEGORIES.flatMap((category) => {
      const points = numbered.filter(({ feature }) => feature.classification!.category === category);
      if (points.length === 0) return [];
      return [{
        label: categoryLabel(category),
        data: points.map(({ feature, number }): LabelledPoint => ({ x: feature.continuous!.dysfunctional.mean, y: feature.continuous!.functional.mean, label: String(number) })),
        backgroundColor: `${CATEGORY_COLOURS[category]}cc`,
        borderColor: CATEGORY_COLOURS[category],
        pointStyle: CATEGORY_POINT_STYLES[category],
        // Points on an axis (|Worse| = 0, Better = 1) are drawn whole, not cut in half by the plot edge.
        clip: false,
        pointRadius: points.map(({ feature }) => radiusFor(feature)),
        pointHoverRadius: points.map(({ feature }) => radiusFor(feature) + 2),
      }];
    }),
  }), [numbered]);

  const names = useMemo(() => new Map(numbered.map(({ feature, number }) => [String(number), feature])), [numbered]);
  const options = useMemo((): ChartOptions<'scatter'> => ({
    scales: {
      x: { min: -2, max: 4, title: { display: true, text: '缺失性得分：不提供时有多不满（−2 … 4）' } },
      y: { min: -2, max: 4, title: { display: true, text: '功能性得分：提供时有多满意（−2 … 4）' } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { usePointStyle: true } },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'scatter'>) => {
            const point = item.raw as LabelledPoint;
            const feature = names.get(point.label);
            if (!feature?.continuous) return '';
            const importance = feature.importance ? `，重要性 ${feature.importance.mean.toFixed(1)}` : '';
            return `${point.label}. ${feature.name}：功能性 ${signed(feature.continuous.functional.mean)}，缺失性 ${signed(feature.continuous.dysfunctional.mean)}${importance}`;
          },
        },
      },
      scatterLabels: {
        enabled: true,
        lines: { x: CONTINUOUS_MIDPOINT, y: CONTINUOUS_MIDPOINT },
        quadrants: { topLeft: '兴奋型 A', topRight: '期望型 O', bottomLeft: '无差异型 I', bottomRight: '基本型 M' },
      },
    },
  }), [names]);

  const withSd = (moments: { mean: number; standardDeviation: number | null }) =>
    `${signed(moments.mean)}${moments.standardDeviation === null ? '' : `（${moments.standardDeviation.toFixed(2)}）`}`;
  const table = {
    headers: ['功能', '功能性 均值（SD）', '缺失性 均值（SD）', '重要性 1–9'],
    rows: numbered.map(({ feature, number }) => [
      `${number} ${feature.name}`,
      withSd(feature.continuous!.functional),
      withSd(feature.continuous!.dysfunctional),
      feature.importance ? feature.importance.mean.toFixed(1) : '未询问',
    ]),
    numericColumns: [1, 2, 3],
  };

  return (
    <div className="kano-chart">
      <LazyMount minHeight={560} testId="kano-continuous-slot" prepare={prepareScatter}>
        <ScatterFigure
          caption="连续型分析（DuMouchel 量表）"
          description={`散点图：横轴缺失性得分，纵轴功能性得分，参考线在 2。${hasImportance ? '点越大，旅客自评越重要。' : ''}编号对应上方列表中的功能。`}
          data={data}
          options={options}
          table={table}
          fileName="KANO-连续型分析"
          height={420}
          testId="kano-continuous"
        />
      </LazyMount>
      <p className="calc-hint">
        每个答案换成分数（功能性：我很喜欢 4、理应如此 2、无所谓 0、能忍受 −1、我很不喜欢 −2；缺失性：我很喜欢 −2、理应如此 −1、无所谓 0、能忍受 2、我很不喜欢 4），再按功能求平均。
        {hasImportance ? '点的大小表示旅客自评的重要性（1–9 的平均）。' : '没有收集重要性，所有点一样大。'}
        参考线 2 是 0–4 的中点；纯基本型回答落在（4，2），正好在横线上，请结合上表判断。
      </p>
    </div>
  );
}
