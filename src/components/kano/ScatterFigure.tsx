/** The shared ChartFigure as a scatter, once the KANO scatter plugin (reading lines, labels) is registered. */
import { ChartFigure, type ChartFigureProps } from '../shared/ChartFigure';
import { useScatterPlugin } from './useScatterPlugin';

export function ScatterFigure(props: Omit<ChartFigureProps<'scatter'>, 'type'>) {
  const plugin = useScatterPlugin();
  if (plugin === 'loading') return <p className="kano-hint">图表加载中…</p>;
  return <ChartFigure type="scatter" {...props} />;
}
