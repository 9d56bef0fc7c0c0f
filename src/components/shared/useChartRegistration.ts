/**
 * Status of registering extra parts (plugins, elements) on the chart.js module that ChartFigure
 * loads on demand: charts that need those parts render once this is 'ready'.
 *
 *   const status = useChartRegistration(registerScatterLabelsPlugin);
 */
import { useEffect, useState } from 'react';

/** Registrations that have finished: a chart mounted later (as printing starts) renders at once. */
const done = new WeakSet<() => Promise<void>>();

/** Runs a registration ahead of drawing (e.g. when the page is idle) and remembers that it finished. */
export function prepareRegistration(register: () => Promise<void>): Promise<void> {
  return register().then(() => {
    done.add(register);
  });
}

/** @param register idempotent: returns the same promise on every call */
export function useChartRegistration(register: () => Promise<void>): 'loading' | 'ready' | 'failed' {
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>(() => (done.has(register) ? 'ready' : 'loading'));
  useEffect(() => {
    let cancelled = false;
    prepareRegistration(register).then(
      () => !cancelled && setStatus('ready'),
      () => !cancelled && setStatus('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, [register]);
  return status;
}
