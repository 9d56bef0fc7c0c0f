/**
 * A small reader for the `_headers` file format of Netlify and Cloudflare Pages: a path
 * pattern on its own line (`*` matches any run of characters), then indented `Name: value`
 * lines. Used by the local server so tests see the same headers as the real hosts send.
 */

/** @param {string} text @returns {{ pattern: RegExp, headers: Record<string, string> }[]} */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map(escapeRegExp).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (separator > 0 && rule) rule.headers[line.slice(0, separator).trim().toLowerCase()] = line.slice(separator + 1).trim();
  }
  return rules;
}

/** Headers that apply to a site-relative path; later rules add to earlier ones. */
export function headersFor(rules, path) {
  return Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers));
}

function escapeRegExp(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
