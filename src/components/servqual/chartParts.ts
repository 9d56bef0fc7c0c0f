/**
 * Extra chart.js parts the SERVQUAL charts need on top of what the shared ChartFigure registers
 * for a scatter chart: the line element (the radar's polygons are scatter datasets drawn with
 * `showLine`) and the shared scatter plugin (reading lines, quadrant names in the corners,
 * numbered point labels).
 * Registered on the same chart.js module that ChartFigure loads, so nothing extra is downloaded.
 */
import { registerScatterLabelsPlugin } from '../shared/scatterLabelsPlugin';
import { useChartRegistration } from '../shared/useChartRegistration';

let registration: Promise<void> | null = null;

export function registerServqualChartParts(): Promise<void> {
  registration ??= Promise.all([
    registerScatterLabelsPlugin(),
    import('chart.js').then(({ Chart, LineElement }) => {
      Chart.register(LineElement);
    }),
  ]).then(() => undefined);
  return registration;
}

/** 'ready' once the parts are registered; charts that need them render after that. */
export function useServqualChartParts(): 'loading' | 'ready' | 'failed' {
  return useChartRegistration(registerServqualChartParts);
}
