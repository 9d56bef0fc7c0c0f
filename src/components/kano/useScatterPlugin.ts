/** True once the KANO scatter plugin is registered on chart.js (which loads chart.js on demand). */
import { useEffect, useState } from 'react';
import { registerKanoScatterPlugin } from './kanoScatterPlugin';

export function useScatterPlugin(): 'loading' | 'ready' | 'failed' {
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let cancelled = false;
    registerKanoScatterPlugin().then(
      () => !cancelled && setStatus('ready'),
      () => !cancelled && setStatus('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return status;
}
