/**
 * A <details> whose content is rendered only once it has been opened: SERVQUAL's item editor and
 * column mapping, and the questionnaire previews, hold hundreds of inputs, options and cells that
 * a closed panel does not need (nor the page's hydration).
 */
import { useState, type ReactNode } from 'react';

/** `children` may be a function, called only once the panel has been opened (for content that is costly to compute, not just to draw). */
export function LazyDetails({ summary, children, className = 'calc-details', initiallyOpen = false, testId }: { summary: ReactNode; children: ReactNode | (() => ReactNode); className?: string; initiallyOpen?: boolean; testId?: string }) {
  const [opened, setOpened] = useState(initiallyOpen);
  return (
    <details className={className} open={initiallyOpen || undefined} onToggle={(event) => event.currentTarget.open && setOpened(true)} data-testid={testId}>
      <summary>{summary}</summary>
      {opened && (typeof children === 'function' ? children() : children)}
    </details>
  );
}
