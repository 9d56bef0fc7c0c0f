/**
 * Extra chart.js parts the SERVQUAL charts need on top of what the shared ChartFigure registers
 * for a scatter chart: the line element (the radar's polygons are scatter datasets drawn with
 * `showLine`) and the KANO tool's scatter plugin (reading lines, quadrant names in the corners,
 * numbered point labels) — imported, not copied; it belongs in src/components/shared.
 * Registered on the same chart.js module that ChartFigure loads, so nothing extra is downloaded.
 */
import { useEffect, useState } from 'react';
import { registerKanoScatterPlugin } from '../kano/kanoScatterPlugin';

let registration: Promise<void> | null = null;

export function registerServqualChartParts(): Promise<void> {
  registration ??= Promise.all([
    registerKanoScatterPlugin(),
    import('chart.js').then(({ Chart, LineElement }) => {
      Chart.register(LineElement);
    }),
  ]).then(() => undefined);
  return registration;
}

/** 'ready' once the parts are registered; charts that need them render after that. */
export function useServqualChartParts(): 'loading' | 'ready' | 'failed' {
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let cancelled = false;
    registerServqualChartParts().then(
      () => !cancelled && setStatus('ready'),
      () => !cancelled && setStatus('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return status;
}
