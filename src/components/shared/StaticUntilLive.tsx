/**
 * Server-rendered output that hydration leaves alone until it has to change.
 *
 * A tool's results for its default inputs are already in the page's HTML. Hydrating them means
 * walking a few hundred elements in the page's longest task, only to attach nothing (they have no
 * handlers). Until `live`, this renders its wrapper with an empty `dangerouslySetInnerHTML`, and
 * Preact's hydration keeps the existing children of such an element untouched (preact/src/diff/
 * index.js: "During hydration, props are not diffed at all (including dangerouslySetInnerHTML)";
 * the innerHTML is only written when not hydrating). Once `live`, the children are rendered for
 * real, replacing the server copy, and stay so.
 *
 * `live` must come from the island root and latch (./useLatch.ts): true as soon as the state
 * differs from the server-rendered one, or something needs the real elements (a ref), and never
 * false again. A wrapper first mounted after hydration with `live` false would render empty.
 * On the server, the children always render.
 */
import type { ReactNode } from 'react';

const SERVER = typeof document === 'undefined';
const KEEP_SERVER_HTML = { __html: '' };

export interface StaticUntilLiveProps {
  live: boolean;
  className?: string;
  children: ReactNode;
}

export function StaticUntilLive({ live, className, children }: StaticUntilLiveProps) {
  if (live || SERVER) return <div className={className}>{children}</div>;
  return <div className={className} dangerouslySetInnerHTML={KEEP_SERVER_HTML} />;
}
