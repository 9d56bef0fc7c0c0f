import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/headers-file.mjs';

// The shape of public/_headers: a site-wide rule, then narrower ones that add caching.
const file = [
  '# comment lines and blank lines are skipped',
  '/*',
  "  Content-Security-Policy: default-src 'self'",
  '  X-Content-Type-Options: nosniff',
  '',
  '/_astro/*',
  '  Cache-Control: public, max-age=31536000, immutable',
  '',
  '/pagefind/*',
  '  Cache-Control: public, max-age=3600',
  '/exact.html',
  '  X-Exact: yes',
].join('\r\n');

describe('headersFor applies every matching _headers rule, later ones adding to earlier ones', () => {
  const rules = parseHeadersFile(file);
  const siteWide = { 'content-security-policy': "default-src 'self'", 'x-content-type-options': 'nosniff' };
  it.each([
    ['/', siteWide],
    ['/lectures/1-mindset/', siteWide],
    ['/_astro/app.js', { ...siteWide, 'cache-control': 'public, max-age=31536000, immutable' }],
    ['/pagefind/pagefind.js', { ...siteWide, 'cache-control': 'public, max-age=3600' }],
    ['/exact.html', { ...siteWide, 'x-exact': 'yes' }],
    // `.` in a pattern is a dot, not "any character".
    ['/exactXhtml', siteWide],
    ['/sub/_astro/app.js', siteWide],
  ])('%s', (path, expected) => {
    expect(headersFor(rules, path)).toEqual(expected);
  });

  it('matches nothing without rules', () => {
    expect(headersFor([], '/')).toEqual({});
  });
});

describe('parseHeadersFile refuses headers Node could not send, naming the line', () => {
  it.each([
    ['/*\n  Bad Name: x', /_headers line 2/],
    ['/*\n  X-Ok: fine\n  X-Bad: new\u0001line', /_headers line 3/],
  ])('%j', (text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });

  it('ignores header lines before any path and lines without a colon', () => {
    expect(parseHeadersFile('  X-Orphan: 1\n/*\n  no colon here\n  X-Ok: 1')).toEqual([{ pattern: /^\/.*$/, headers: { 'x-ok': '1' } }]);
  });
});
