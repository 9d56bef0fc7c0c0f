/**
 * Better/Worse quadrant scatter: |Worse| on x (how much lacking the feature hurts), Better on y
 * (how much providing it pleases), reading lines at the means or at 0.5, numbered points with a
 * legend, and the same numbers as a table.
 */
import { useId, useMemo } from 'react';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { KANO_CATEGORIES, categoryLabel, type FeatureSummary } from '../../lib/kano';
import { CATEGORY_COLOURS, CATEGORY_POINT_STYLES } from './categoryStyle';
import { signed } from './format';
import type { LabelledPoint } from '../shared/scatterLabelsPlugin';
import type { ReferenceLines } from '../../lib/kano/state';
import type { KanoCalculatorState } from './useKanoTool';
import { LazyMount } from './LazyMount';
import { prepareScatter, ScatterFigure } from './ScatterFigure';

interface Props {
  features: readonly FeatureSummary[];
  lines: ReferenceLines;
  referenceLines: { x: number; y: number };
  onLinesChange: KanoCalculatorState['setView'];
}

export function CoefficientChart({ features, lines, referenceLines, onLinesChange }: Props) {
  const id = useId();
  const numbered = features.map((feature, index) => ({ feature, number: index + 1 })).filter(({ feature }) => feature.coefficients && feature.classification);

  const data = useMemo((): ChartData<'scatter'> => ({
    datasets: KANO_CATEGORIES.flatMap((category) => {
      const points = numbered.filter(({ feature }) => feature.classification!.category === category);
      if (points.length === 0) return [];
      return [{
        label: categoryLabel(category),
        data: points.map(({ feature, number }): LabelledPoint => ({ x: Math.abs(feature.coefficients!.worse), y: feature.coefficients!.better, label: String(number) })),
        backgroundColor: CATEGORY_COLOURS[category],
        borderColor: CATEGORY_COLOURS[category],
        pointStyle: CATEGORY_POINT_STYLES[category],
        // Points on an axis (|Worse| = 0, Better = 1) are drawn whole, not cut in half by the plot edge.
        clip: false,
        pointRadius: 7,
        pointHoverRadius: 9,
      }];
    }),
    // The numbers: a point's label is its feature's number in the legend below.
  }), [numbered]);

  const names = useMemo(() => new Map(numbered.map(({ feature, number }) => [String(number), feature])), [numbered]);

  const options = useMemo((): ChartOptions<'scatter'> => ({
    scales: {
      x: { min: 0, max: 1, title: { display: true, text: '|Worse|：不提供时的不满程度' } },
      y: { min: 0, max: 1, title: { display: true, text: 'Better：提供时的满意提升' } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { usePointStyle: true } },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'scatter'>) => {
            const point = item.raw as LabelledPoint;
            const feature = names.get(point.label);
            return feature ? `${point.label}. ${feature.name}：Better ${signed(feature.coefficients!.better)}，Worse ${signed(feature.coefficients!.worse)}` : '';
          },
        },
      },
      scatterLabels: {
        enabled: true,
        lines: referenceLines,
        quadrants: { topLeft: '兴奋型 A', topRight: '期望型 O', bottomLeft: '无差异型 I', bottomRight: '基本型 M' },
      },
    },
  }), [names, referenceLines]);

  // Feature first, so that it is the row header; the category as its letter keeps the table narrow on a phone.
  const table = {
    headers: ['功能', '归类', 'Better', 'Worse'],
    rows: numbered.map(({ feature, number }) => [
      `${number} ${feature.name}`,
      feature.classification!.category,
      signed(feature.coefficients!.better),
      signed(feature.coefficients!.worse),
    ]),
    numericColumns: [2, 3],
  };
  const lineText = lines === 'mean' ? `平均值（|Worse| ${signed(referenceLines.x)}，Better ${signed(referenceLines.y)}）` : '0.5';

  return (
    <div className="kano-chart">
      <fieldset className="kano-fieldset kano-fieldset--inline">
        <legend>参考线</legend>
        <div className="kano-check">
          <input id={`${id}-half`} type="radio" name={`${id}-lines`} checked={lines === 'half'} onChange={() => onLinesChange({ lines: 'half' })} />
          <label htmlFor={`${id}-half`}>0.5</label>
        </div>
        <div className="kano-check">
          <input id={`${id}-mean`} type="radio" name={`${id}-lines`} checked={lines === 'mean'} onChange={() => onLinesChange({ lines: 'mean' })} />
          <label htmlFor={`${id}-mean`}>各功能的平均值</label>
        </div>
      </fieldset>
      <LazyMount minHeight={560} testId="kano-better-worse-slot" prepare={prepareScatter}>
        <ScatterFigure
          caption="Better–Worse 象限图"
          description={`散点图：横轴 |Worse|，纵轴 Better，参考线在 ${lineText}。每个点的编号对应下方列表中的功能。`}
          data={data}
          options={options}
          table={table}
          fileName="KANO-Better-Worse"
          height={420}
          testId="kano-better-worse"
        />
      </LazyMount>
      <ol className="kano-legend" aria-label="图中编号对应的功能">
        {numbered.map(({ feature, number }) => (
          <li key={feature.name} value={number}>
            {feature.name}
          </li>
        ))}
      </ol>
      <p className="calc-hint">
        右上：提供了加分、不提供扣分（期望型）；右下：不提供就扣分（基本型）；左上：提供了加分、不提供无所谓（兴奋型）；左下：影响都小（无差异型）。参考线在 {lineText}，只是读图的辅助，归类以上表为准。
      </p>
    </div>
  );
}
