/**
 * A site-internal path with the configured base prepended, for links built in components
 * (Markdown prose is handled by the rehype-base-links plugin). `withBase('/tools/nps/')`
 * gives `/tools/nps/` at the root and `/course/tools/nps/` under BASE_PATH=/course/.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.replace(/\/$/, '');
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${prefix}${path}`;
}
