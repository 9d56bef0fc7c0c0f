/**
 * Status of registering extra parts (plugins, elements) on the chart.js module that ChartFigure
 * loads on demand: charts that need those parts render once this is 'ready'.
 *
 *   const status = useChartRegistration(registerScatterLabelsPlugin);
 */
import { useEffect, useState } from 'react';

/** @param register idempotent: returns the same promise on every call */
export function useChartRegistration(register: () => Promise<void>): 'loading' | 'ready' | 'failed' {
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let cancelled = false;
    register().then(
      () => !cancelled && setStatus('ready'),
      () => !cancelled && setStatus('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, [register]);
  return status;
}
