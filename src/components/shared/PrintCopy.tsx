/**
 * A print-only copy (e.g. the questionnaire that 打印问卷 prints) rendered only when it is about to
 * be printed: while the page hydrates it would be hundreds of hidden cells, and the KANO and
 * SERVQUAL pages' load spent most of its main-thread time on them. `printWithFlag(flag, value)`
 * sets the flag on the root element and then calls `print()`, which fires `beforeprint`; the copy
 * renders synchronously in that event (flushSync) and the browser lays the page out for paper
 * right after it (see kano/LazyMount.tsx). Once rendered, it stays.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

export function PrintCopy({ flag, value, className, children }: { flag: string; value: string; className: string; children: ReactNode }) {
  const [rendered, setRendered] = useState(false);
  useEffect(() => {
    if (rendered) return;
    const beforePrint = () => {
      if (document.documentElement.dataset[flag] === value) flushSync(() => setRendered(true));
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [flag, value, rendered]);
  return rendered ? <div className={className} aria-hidden="true" data-testid="print-copy">{children}</div> : null;
}
