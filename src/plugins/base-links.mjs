import { defineHastPlugin } from 'satteri';

/**
 * A Markdown (hast) plugin that prefixes root-relative links and images with the site's
 * base path, so course text can say `/tools/nps/` and still work when the site is hosted
 * under `/some/sub-path/`. Starlight already does this for its own navigation.
 *
 * @param {string} base the configured base, e.g. `/` or `/course/`
 */
export function baseLinksPlugin(base) {
  const prefix = base.replace(/\/$/, '');
  /** @param {unknown} value */
  const needsPrefix = (value) =>
    typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(`${prefix}/`);
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        if (prefix === '') return;
        const key = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[key];
        if (needsPrefix(value)) ctx.setProperty(node, key, `${prefix}${value}`);
      },
    },
  });
}
