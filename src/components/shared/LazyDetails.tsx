/**
 * A <details> whose content is rendered only once it has been opened: SERVQUAL's item editor and
 * column mapping, and the questionnaire previews, hold hundreds of inputs, options and cells that
 * a closed panel does not need (nor the page's hydration).
 */
import { useState, type ReactNode } from 'react';

export function LazyDetails({ summary, children, className = 'calc-details', initiallyOpen = false, testId }: { summary: ReactNode; children: ReactNode; className?: string; initiallyOpen?: boolean; testId?: string }) {
  const [opened, setOpened] = useState(initiallyOpen);
  return (
    <details className={className} open={initiallyOpen || undefined} onToggle={(event) => event.currentTarget.open && setOpened(true)} data-testid={testId}>
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
