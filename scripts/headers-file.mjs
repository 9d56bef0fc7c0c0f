// @ts-check
/**
 * A small reader for the `_headers` file format of Netlify and Cloudflare Pages: a path
 * pattern on its own line (`*` matches any run of characters), then indented `Name: value`
 * lines. Used by the local server so tests see the same headers as the real hosts send.
 */
import { validateHeaderName, validateHeaderValue } from 'node:http';

/** @typedef {{ pattern: RegExp, headers: Record<string, string> }} HeaderRule */

/**
 * Parses the file once, at start-up. A name or value Node would refuse to send is reported
 * here, with its line number, rather than as an exception on every request later.
 * @param {string} text
 * @returns {HeaderRule[]}
 * @throws {Error} when a header line has an invalid name or value
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const source = line.trim().split('*').map(escapeRegExp).join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      return;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (separator <= 0 || !rule) return;
    const name = line.slice(0, separator).trim().toLowerCase();
    const value = line.slice(separator + 1).trim();
    try {
      validateHeaderName(name);
      validateHeaderValue(name, value);
    } catch (error) {
      throw new Error(`_headers line ${index + 1}: ${/** @type {Error} */ (error).message}`);
    }
    rule.headers[name] = value;
  });
  return rules;
}

/**
 * Headers that apply to a site-relative path; later rules add to earlier ones.
 * @param {HeaderRule[]} rules
 * @param {string} path e.g. `/_astro/app.js`
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  return Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers));
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
