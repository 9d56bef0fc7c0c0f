/** The shared ChartFigure as a scatter, once the shared scatter-labels plugin (reading lines, labels) is registered. */
import { ChartFigure, preloadChart, type ChartFigureProps } from '../shared/ChartFigure';
import { registerScatterLabelsPlugin } from '../shared/scatterLabelsPlugin';
import { prepareRegistration, useChartRegistration } from '../shared/useChartRegistration';

/** Everything a scatter needs before it can be drawn synchronously (LazyMount's `prepare`). */
export function prepareScatter(): Promise<unknown> {
  return Promise.all([preloadChart('scatter'), prepareRegistration(registerScatterLabelsPlugin)]);
}

export function ScatterFigure(props: Omit<ChartFigureProps<'scatter'>, 'type'>) {
  const plugin = useChartRegistration(registerScatterLabelsPlugin);
  if (plugin === 'loading') return <p className="calc-hint">图表加载中…</p>;
  return <ChartFigure type="scatter" {...props} />;
}
