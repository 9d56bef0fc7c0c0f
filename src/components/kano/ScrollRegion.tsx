/** A horizontally scrollable box for wide tables on a phone; focusable so keyboard users can scroll it. */
import type { ReactNode } from 'react';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="calc-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
