/**
 * Renders its children only once the placeholder comes near the viewport (or before printing),
 * so that chart.js is fetched and charts are drawn only when someone scrolls to them, and a large
 * import does not build every chart and segment table in one long main-thread task.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

const MOUNT_ALL = 'kano:mount-all';

/** Asks every LazyMount on the page to render now (used before printing). */
export function mountAllLazy(): void {
  window.dispatchEvent(new Event(MOUNT_ALL));
}

export function LazyMount({ minHeight, testId, placeholder = '图表将在滚动到这里时绘制。', children }: { minHeight: number; testId?: string; placeholder?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (visible) return;
    const show = () => setVisible(true);
    window.addEventListener(MOUNT_ALL, show);
    window.addEventListener('beforeprint', show);
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
      window.removeEventListener('beforeprint', show);
      observer?.disconnect();
    };
  }, [visible]);

  return (
    <div ref={ref} data-testid={testId} style={visible ? undefined : { minHeight }}>
      {visible ? children : <p className="calc-hint">{placeholder}</p>}
    </div>
  );
}
