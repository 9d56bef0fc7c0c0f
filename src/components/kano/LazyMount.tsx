/**
 * Renders its children only once the placeholder comes near the viewport (or before printing),
 * so that chart.js is fetched and charts are drawn only when someone scrolls to them, and a large
 * import does not build every chart and segment table in one long main-thread task.
 *
 * Printing: the browser lays the page out right after `beforeprint` (Chromium's `page.pdf()`
 * fires it too, then switches to print media; measured), so the children render synchronously
 * in that event (flushSync), and `prepare` (fetching chart.js) has run when the page was idle:
 * a chart then draws in the same task and the paper holds the chart, not the placeholder.
 * `data-print-ready` says the preparation has finished.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

const MOUNT_ALL = 'kano:mount-all';

/** Asks every LazyMount on the page to render now (used before printing). */
export function mountAllLazy(): void {
  window.dispatchEvent(new Event(MOUNT_ALL));
}

function whenIdle(run: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = requestIdleCallback(run, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 2000);
  return () => clearTimeout(handle);
}

export function LazyMount({
  minHeight,
  testId,
  placeholder = '图表将在滚动到这里时绘制。',
  prepare,
  children,
}: {
  minHeight: number;
  testId?: string;
  placeholder?: string;
  /** What the children need before they can render synchronously (run when the page is idle). */
  prepare?: () => Promise<unknown>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (visible) return;
    const show = () => setVisible(true);
    const showNow = () => flushSync(show);
    window.addEventListener(MOUNT_ALL, show);
    window.addEventListener('beforeprint', showNow);
    const element = ref.current;
    let observer: IntersectionObserver | null = null;
    if (element && 'IntersectionObserver' in window) {
      observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && show(), { rootMargin: '300px 0px' });
      observer.observe(element);
    } else {
      show();
    }
    return () => {
      window.removeEventListener(MOUNT_ALL, show);
      window.removeEventListener('beforeprint', showNow);
      observer?.disconnect();
    };
  }, [visible]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let cancelled = false;
    const ready = () => !cancelled && (element.dataset['printReady'] = 'true');
    if (!prepare) {
      ready();
      return;
    }
    const cancelIdle = whenIdle(() => void prepare().then(ready, () => undefined));
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [prepare]);

  return (
    <div ref={ref} data-testid={testId} data-lazy-mount="" style={visible ? undefined : { minHeight }}>
      {visible ? children : <p className="calc-hint">{placeholder}</p>}
    </div>
  );
}
