/** The shared ChartFigure as a scatter, once the shared scatter-labels plugin (reading lines, labels) is registered. */
import { ChartFigure, type ChartFigureProps } from '../shared/ChartFigure';
import { registerScatterLabelsPlugin } from '../shared/scatterLabelsPlugin';
import { useChartRegistration } from '../shared/useChartRegistration';

export function ScatterFigure(props: Omit<ChartFigureProps<'scatter'>, 'type'>) {
  const plugin = useChartRegistration(registerScatterLabelsPlugin);
  if (plugin === 'loading') return <p className="calc-hint">图表加载中…</p>;
  return <ChartFigure type="scatter" {...props} />;
}
