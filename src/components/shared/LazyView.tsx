/**
 * A view that is fetched only when it is needed (a survey tool's results: tables, charts and
 * their maths), so that a tool page ships its first screen and nothing more (JS budget:
 * TOOL_SCRIPT_LIMIT_KB in tests/e2e/site.ts).
 *
 * `lazyView(load)` returns a component that takes the view's props. Once the chunk is here it
 * renders the view at once (a Suspense reveal waits a render for nothing, and React, the islands'
 * runtime before Preact, throttled it by about 300 ms); before that, a `lazy` wrapper that needs a <Suspense>
 * around it. Its `prefetch()` starts the download early (e.g. when a file starts loading, so the
 * chunk arrives while the worker reads).
 */
import { createElement, lazy, type ComponentType } from 'react';

/** Anything whose code can be fetched ahead of use (a lazy view). */
export interface Prefetchable {
  prefetch(): Promise<unknown>;
}

export type LazyViewComponent<Props extends object> = ComponentType<Props> & Prefetchable;

export function lazyView<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyViewComponent<Props> {
  let loaded: ComponentType<Props> | null = null;
  let pending: Promise<ComponentType<Props>> | null = null;
  // A failed fetch (offline, a replaced deploy) is forgotten, so the next prefetch (the next file) tries again.
  const prefetch = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  const Lazy = lazy(() => prefetch().then((component) => ({ default: component })));
  const LazyView = (props: Props) => createElement(loaded ?? Lazy, props);
  return Object.assign(LazyView, { prefetch });
}
