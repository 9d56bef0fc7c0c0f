import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, createSiteServer, MAX_TARGET_LENGTH, normaliseBase, parseTarget, usableRange } from '../../../scripts/site-server.mjs';
import { BASE, decodedBody, makeFixture, parseResponse, rawExchange, request, startServer, type RunningServer } from './site-fixture';

describe('normaliseBase gives one leading and one trailing slash', () => {
  it.each([
    [undefined, '/'],
    ['/', '/'],
    ['', '/'],
    ['course/sub', '/course/sub/'],
    ['/course/sub/', '/course/sub/'],
    ['//course//', '/course/'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('parseTarget decodes each segment once and places it under the base', () => {
  const base = ['course', 'sub'];
  it.each([
    ['/course/sub/', { kind: 'site', names: [], trailingSlash: true, search: '' }],
    ['/course/sub/a%20b/c?x=1#frag', { kind: 'site', names: ['a b', 'c'], trailingSlash: false, search: '?x=1' }],
    ['/course/sub/%252e%252e', { kind: 'site', names: ['%2e%2e'], trailingSlash: false, search: '' }],
    ['/course/sub//x', { kind: 'site', names: ['', 'x'], trailingSlash: false, search: '' }],
    ['/course/%73ub/', { kind: 'site', names: [], trailingSlash: true, search: '' }],
    ['/course/sub', { kind: 'base-without-slash', search: '' }],
    ['/course/sub?a=1', { kind: 'base-without-slash', search: '?a=1' }],
    ['/course/subway/', { kind: 'outside' }],
    ['/course/', { kind: 'outside' }],
    ['/', { kind: 'outside' }],
    ['/course/sub/%E0%A4%A', { kind: 'bad' }],
    ['/course/sub/%', { kind: 'bad' }],
    ['/course/sub/%00', { kind: 'bad' }],
    ['/course/sub/..', { kind: 'bad' }],
    ['/course/sub/%2e%2e/x', { kind: 'bad' }],
    ['/course/sub/.', { kind: 'bad' }],
    ['/course/sub/a%2fb', { kind: 'bad' }],
    ['/course/sub/a%5cb', { kind: 'bad' }],
    ['/course/sub/a\\b', { kind: 'bad' }],
    ['*', { kind: 'bad' }],
    ['http://evil/course/sub/', { kind: 'bad' }],
  ])('%s', (target, expected) => {
    expect(parseTarget(target, base)).toEqual(expected);
  });

  it('under the root base, every origin-form path is on the site', () => {
    expect(parseTarget('/', [])).toEqual({ kind: 'site', names: [], trailingSlash: true, search: '' });
    expect(parseTarget('/a/', [])).toEqual({ kind: 'site', names: ['a'], trailingSlash: true, search: '' });
  });
});

describe('usableRange passes on only the single ranges sirv handles correctly', () => {
  it.each([
    ['bytes=0-99', 'bytes=0-99'],
    ['bytes=100-', 'bytes=100-'],
    ['BYTES=1-2', 'bytes=1-2'],
    ['bytes=7-7', 'bytes=7-7'],
    // 2^53 - 1 = 9007199254740991: the largest end a Node file stream accepts.
    ['bytes=0-99999999999999999999', 'bytes=0-9007199254740991'],
    ['bytes=99999999999999999999-', 'bytes=99999999999999999999-'],
    ['bytes=0-0', undefined],
    ['bytes=5-2', undefined],
    ['bytes=-10', undefined],
    ['bytes=0-1,5-6', undefined],
    ['items=0-5', undefined],
    ['bytes=a-b', undefined],
    ['bytes = 0-5', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (header, expected) => {
    expect(usableRange(header)).toBe(expected);
  });
});

describe('acceptsGzip reads Accept-Encoding with its weights (RFC 9110 §12.5.3)', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br, zstd', true],
    ['GZIP', true],
    ['x-gzip', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['gzip;q=0.000', false],
    ['gzip;q=0, *', false],
    ['*;q=0', false],
    ['identity', false],
    ['br', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('createSiteServer', () => {
  it('refuses, at start-up, a _headers file with a header Node could not send', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-server-headers-'));
    try {
      writeFileSync(join(dir, 'index.html'), 'home');
      writeFileSync(join(dir, '_headers'), '/*\n  X-Fine: yes\n  Bad Name: no\n');
      expect(() => createSiteServer({ dir, base: '/' })).toThrow(/_headers line 3/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('serve.mjs answers every request with the right status and headers', () => {
  const fixture = makeFixture();
  const appJs = fixture.files['_astro/app.js']!;
  const home = fixture.files['index.html']!;
  const csp = "default-src 'self'";
  let server: RunningServer;

  beforeAll(async () => {
    // Starting a Node process can take seconds on a loaded 2-CPU runner; 30 s still catches one that never starts.
    server = await startServer(fixture.dist);
  }, 30_000);
  afterAll(async () => {
    await server.stop();
    fixture.cleanup();
  });

  interface Case {
    raw: string;
    status: number;
    /** Exact value, pattern, or null for "absent". */
    headers?: Record<string, string | RegExp | null>;
    /** Text the (decoded) body must contain, or the exact bytes. */
    body?: string | Buffer;
  }
  const get = (target: string, headers: Record<string, string> = {}) => request('GET', target, headers);
  // `${BASE}` + 8,180 characters = exactly MAX_TARGET_LENGTH (8,192) characters.
  const targetOfLength = (length: number) => `${BASE}${'a'.repeat(length - BASE.length)}`;

  const cases: Record<string, Case> = {
    // Serving the site
    'home page': { raw: get(BASE), status: 200, headers: { 'content-security-policy': csp, 'content-type': /^text\/html/, 'cache-control': null }, body: 'HOME-PAGE' },
    'sub-page': { raw: get(`${BASE}lecture/`), status: 200, headers: { 'content-security-policy': csp }, body: 'LECTURE-PAGE' },
    'index.html by name': { raw: get(`${BASE}lecture/index.html`), status: 200, body: 'LECTURE-PAGE' },
    'percent-encoded letter (%6c = l)': { raw: get(`${BASE}%6cecture/`), status: 200, body: 'LECTURE-PAGE' },
    'base without its slash': { raw: get('/course/sub'), status: 301, headers: { location: BASE } },
    'base without its slash, query kept': { raw: get('/course/sub?a=1'), status: 301, headers: { location: `${BASE}?a=1` } },
    'directory without its slash, query kept': { raw: get(`${BASE}lecture?x=1&y=2`), status: 301, headers: { location: `${BASE}lecture/?x=1&y=2`, 'content-security-policy': csp } },
    'outside the base': { raw: get('/other/'), status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not under the base path /course/sub/' },
    'a longer name starting like the base': { raw: get('/course/subway/'), status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } },
    'missing page': { raw: get(`${BASE}nope/`), status: 404, headers: { 'content-security-policy': csp, 'content-type': /^text\/html/ }, body: 'NOT-FOUND-PAGE' },
    // The /_astro/* rule says "immutable for a year": right for a hashed file, wrong for its absence.
    'missing asset': { raw: get(`${BASE}_astro/nope.js`), status: 404, headers: { 'content-security-policy': csp, 'cache-control': null }, body: 'NOT-FOUND-PAGE' },
    'a file with a trailing slash': { raw: get(`${BASE}_astro/app.js/`), status: 404, body: 'NOT-FOUND-PAGE' },
    'script': {
      raw: get(`${BASE}_astro/app.js`),
      status: 200,
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable', 'content-security-policy': csp, vary: 'Accept-Encoding', 'content-encoding': null, 'content-length': String(appJs.length) },
      body: appJs,
    },
    'script, gzip accepted': {
      raw: get(`${BASE}_astro/app.js`, { 'Accept-Encoding': 'gzip, deflate, br' }),
      status: 200,
      headers: { 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-length': null, 'cache-control': /immutable/ },
      body: appJs,
    },
    'script, gzip refused (q=0)': { raw: get(`${BASE}_astro/app.js`, { 'Accept-Encoding': 'gzip;q=0' }), status: 200, headers: { 'content-encoding': null } },
    'style sheet, gzip accepted': { raw: get(`${BASE}_astro/style.css`, { 'Accept-Encoding': 'gzip' }), status: 200, headers: { 'content-type': 'text/css; charset=utf-8', 'content-encoding': 'gzip' } },
    'page, gzip accepted': { raw: get(BASE, { 'Accept-Encoding': 'gzip' }), status: 200, headers: { 'content-encoding': 'gzip', 'content-security-policy': csp }, body: 'HOME-PAGE' },
    '404 page, gzip accepted': { raw: get(`${BASE}nope`, { 'Accept-Encoding': 'gzip' }), status: 404, headers: { 'content-encoding': 'gzip' }, body: 'NOT-FOUND-PAGE' },
    'binary file is not compressed': { raw: request('HEAD', `${BASE}big.bin`, { 'Accept-Encoding': 'gzip' }), status: 200, headers: { 'content-encoding': null, 'content-length': String(5 * 1024 * 1024) } },
    'empty file': { raw: get(`${BASE}empty.txt`), status: 200, headers: { 'content-length': '0', 'content-type': 'text/plain; charset=utf-8' } },
    'HEAD: headers, no body': { raw: request('HEAD', BASE), status: 200, headers: { 'content-length': String(home.length), 'content-security-policy': csp }, body: Buffer.alloc(0) },
    'HTTP/1.0 without Host': { raw: `GET ${BASE} HTTP/1.0\r\n\r\n`, status: 200, body: 'HOME-PAGE' },
    // Node itself requires Host on HTTP/1.1 (RFC 9112 §3.2).
    'HTTP/1.1 without Host': { raw: `GET ${BASE} HTTP/1.1\r\nConnection: close\r\n\r\n`, status: 400 },

    // Malformed and hostile targets
    'malformed percent-encoding (issue 11)': { raw: get(`${BASE}%E0%A4%A`), status: 400, headers: { 'content-security-policy': csp } },
    'lone %': { raw: get(`${BASE}%`), status: 400 },
    'non-hex escape': { raw: get(`${BASE}%zz`), status: 400 },
    'overlong UTF-8 dots (%c0%ae)': { raw: get(`${BASE}%c0%ae%c0%ae/secret.txt`), status: 400 },
    'encoded NUL': { raw: get(`${BASE}index.html%00.js`), status: 400 },
    // Node's parser rejects a raw NUL; the clientError handler answers.
    'raw NUL': { raw: get(`${BASE}a\0b`), status: 400 },
    '.. segments': { raw: get(`${BASE}../secret.txt`), status: 400 },
    '.. segments from a sub-page': { raw: get(`${BASE}lecture/../../secret.txt`), status: 400 },
    '.. into the sibling dist-evil': { raw: get(`${BASE}../dist-evil/secret.txt`), status: 400 },
    '. segment': { raw: get(`${BASE}./index.html`), status: 400 },
    '%2e%2e/': { raw: get(`${BASE}%2e%2e/secret.txt`), status: 400 },
    '%2e%2e%2f': { raw: get(`${BASE}%2e%2e%2fsecret.txt`), status: 400 },
    'upper-case %2E%2E%2F twice': { raw: get(`${BASE}%2E%2E%2F%2E%2E%2Fsecret.txt`), status: 400 },
    '..%5c': { raw: get(`${BASE}..%5csecret.txt`), status: 400 },
    '%5c..%5c': { raw: get(`${BASE}%5c..%5csecret.txt`), status: 400 },
    'raw backslashes': { raw: get(`${BASE}..\\secret.txt`), status: 400 },
    'encoded slash (absolute path)': { raw: get(`${BASE}%2fetc%2fpasswd`), status: 400 },
    'double-encoded dots are a literal name': { raw: get(`${BASE}%252e%252e/secret.txt`), status: 404, body: 'NOT-FOUND-PAGE' },
    'empty segment (//)': { raw: get(`${BASE}/secret.txt`), status: 404, body: 'NOT-FOUND-PAGE' },
    'absolute-form target': { raw: get(`http://evil.example${BASE}`), status: 400 },
    'asterisk-form target with GET': { raw: get('*'), status: 400 },
    'target without a leading slash': { raw: get('course/sub/'), status: 400 },

    // Files the host keeps to itself
    '_headers': { raw: get(`${BASE}_headers`), status: 404, body: 'NOT-FOUND-PAGE' },
    '.git/HEAD': { raw: get(`${BASE}.git/HEAD`), status: 404, body: 'NOT-FOUND-PAGE' },
    '%2egit/HEAD': { raw: get(`${BASE}%2egit/HEAD`), status: 404 },
    '.env': { raw: get(`${BASE}.env`), status: 404 },
    'dotfile in a sub-folder': { raw: get(`${BASE}lecture/.secret`), status: 404 },

    // Length limits: MAX_TARGET_LENGTH is 8 KiB; Node's header limit is 16 KiB.
    'target of exactly 8,192 characters': { raw: get(targetOfLength(MAX_TARGET_LENGTH)), status: 404, body: 'NOT-FOUND-PAGE' },
    'target of 8,193 characters': { raw: get(targetOfLength(MAX_TARGET_LENGTH + 1)), status: 414 },
    'target of 20,000 characters (over Node’s header limit)': { raw: get(targetOfLength(20_000)), status: 431 },
    'a 20,000-character header': { raw: get(BASE, { 'X-Junk': 'j'.repeat(20_000) }), status: 431 },

    // Methods
    ...Object.fromEntries(
      ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'].map((method) => [
        method,
        { raw: request(method, BASE), status: 405, headers: { allow: 'GET, HEAD', 'content-security-policy': csp } },
      ]),
    ),
    'OPTIONS *': { raw: request('OPTIONS', '*'), status: 405, headers: { allow: 'GET, HEAD' } },
    CONNECT: { raw: 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n', status: 405, headers: { allow: 'GET, HEAD' } },
    // Methods Node's parser does not know never reach the handler.
    'unknown method BREW': { raw: request('BREW', BASE), status: 400 },

    // Range (RFC 9110 §14)
    'bytes=0-99': {
      raw: get(`${BASE}_astro/app.js`, { Range: 'bytes=0-99', 'Accept-Encoding': 'gzip' }),
      status: 206,
      headers: { 'content-range': `bytes 0-99/${appJs.length}`, 'content-length': '100', 'content-encoding': null, 'content-security-policy': csp },
      body: appJs.subarray(0, 100),
    },
    'bytes=100- (to the end)': {
      raw: get(`${BASE}_astro/app.js`, { Range: 'bytes=100-' }),
      status: 206,
      headers: { 'content-range': `bytes 100-${appJs.length - 1}/${appJs.length}` },
      body: appJs.subarray(100),
    },
    'end past the file, and past 2^53': {
      raw: get(`${BASE}_astro/app.js`, { Range: 'bytes=0-99999999999999999999' }),
      status: 206,
      headers: { 'content-range': `bytes 0-${appJs.length - 1}/${appJs.length}` },
      body: appJs,
    },
    'start at the file size: unsatisfiable': { raw: get(`${BASE}_astro/app.js`, { Range: `bytes=${appJs.length}-` }), status: 416, headers: { 'content-range': `bytes */${appJs.length}`, 'cache-control': null } },
    'start past 2^53: unsatisfiable': { raw: get(`${BASE}_astro/app.js`, { Range: 'bytes=99999999999999999999-' }), status: 416 },
    'bytes=5-2 is invalid: whole file': { raw: get(`${BASE}_astro/app.js`, { Range: 'bytes=5-2' }), status: 200, body: appJs },
    'suffix range: ignored': { raw: get(`${BASE}_astro/app.js`, { Range: 'bytes=-10' }), status: 200, body: appJs },
    'bytes=0-0: ignored': { raw: get(`${BASE}_astro/app.js`, { Range: 'bytes=0-0' }), status: 200, body: appJs },
    'two ranges: ignored': { raw: get(`${BASE}_astro/app.js`, { Range: 'bytes=0-1,5-6' }), status: 200, body: appJs },
    'other unit: ignored': { raw: get(`${BASE}_astro/app.js`, { Range: 'items=0-5' }), status: 200 },
    'with If-Range: whole file': { raw: get(`${BASE}_astro/app.js`, { Range: 'bytes=0-99', 'If-Range': 'W/"x"' }), status: 200, body: appJs },
    'HEAD ignores Range': { raw: request('HEAD', `${BASE}_astro/app.js`, { Range: 'bytes=0-99' }), status: 200, headers: { 'content-length': String(appJs.length), 'content-range': null } },
    'Range on a missing file: the 404 page': { raw: get(`${BASE}nope.js`, { Range: 'bytes=0-9' }), status: 404, body: 'NOT-FOUND-PAGE' },
  };

  it.each(Object.entries(cases))('%s', async (_name, { raw, status, headers = {}, body }) => {
    const exchange = await rawExchange(server.port, raw);
    const response = parseResponse(exchange.bytes);
    expect(response?.status).toBe(status);
    for (const [name, expected] of Object.entries(headers)) {
      const actual = response?.headers[name];
      if (expected === null) expect(actual, name).toBeUndefined();
      else if (expected instanceof RegExp) expect(actual, name).toMatch(expected);
      else expect(actual, name).toBe(expected);
    }
    const decoded = decodedBody(response!);
    if (typeof body === 'string') expect(decoded.toString()).toContain(body);
    else if (body) expect(decoded.equals(body)).toBe(true);
    expect(exchange.bytes.includes(fixture.marker)).toBe(false);
    expect(decoded.includes(fixture.marker)).toBe(false);
  });

  it('HEAD sends the same headers as GET', async () => {
    const names = ['content-type', 'content-length', 'content-encoding', 'etag', 'last-modified', 'vary', 'cache-control', 'content-security-policy'];
    for (const [path, extra] of [[`${BASE}_astro/app.js`, {}], [`${BASE}_astro/app.js`, { 'Accept-Encoding': 'gzip' }], [`${BASE}nope/`, {}]] as const) {
      const viaGet = parseResponse((await rawExchange(server.port, request('GET', path, extra))).bytes)!;
      const viaHead = parseResponse((await rawExchange(server.port, request('HEAD', path, extra))).bytes)!;
      expect(viaHead.status).toBe(viaGet.status);
      for (const name of names) expect(viaHead.headers[name], `${path} ${name}`).toBe(viaGet.headers[name]);
      expect(viaHead.body.length).toBe(0);
    }
  });

  it('gzips a 5 MB script on the fly and it unzips to the very same bytes', async () => {
    const response = parseResponse((await rawExchange(server.port, request('GET', `${BASE}_astro/big.js`, { 'Accept-Encoding': 'gzip' }))).bytes)!;
    expect(response.headers['content-encoding']).toBe('gzip');
    // The file is one 82-byte line repeated: it compresses by far more than half.
    expect(response.body.length).toBeLessThan(fixture.files['_astro/big.js']!.length / 2);
    expect(gunzipSync(response.body).equals(fixture.files['_astro/big.js']!)).toBe(true);
  });

  it('answers a matching If-None-Match with 304 and keeps the page headers', async () => {
    const first = parseResponse((await rawExchange(server.port, request('GET', BASE))).bytes)!;
    const etag = first.headers['etag']!;
    expect(etag).toMatch(/^W\/"/);
    const second = parseResponse((await rawExchange(server.port, request('GET', BASE, { 'If-None-Match': etag }))).bytes)!;
    expect(second.status).toBe(304);
    expect(second.headers['content-security-policy']).toBe(csp);
    // The 404 page is never "not modified".
    const missing = parseResponse((await rawExchange(server.port, request('GET', `${BASE}nope/`, { 'If-None-Match': etag }))).bytes)!;
    expect(missing.status).toBe(404);
  });

  it('answers several requests on one kept-alive connection', async () => {
    const keepAlive = (target: string) => `GET ${target} HTTP/1.1\r\nHost: localhost\r\n\r\n`;
    const exchange = await rawExchange(server.port, keepAlive(BASE) + keepAlive(`${BASE}%E0`) + request('GET', `${BASE}lecture/`), 1_000);
    const text = exchange.bytes.toString('latin1');
    expect(text.match(/^HTTP\/1\.1 \d{3}/gm)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 400']);
    // After a 400 the server closes the connection, so the third request is never read.
    expect(exchange.ending).toBe('server');
  });

  it('finishes a response before answering garbage pipelined after it', async () => {
    // Node's parser rejects the second "request" while the first file is still being read;
    // the 400 must follow the complete 200, not replace it.
    const exchange = await rawExchange(server.port, `GET ${BASE}_astro/app.js HTTP/1.1\r\nHost: localhost\r\n\r\nNOT HTTP AT ALL\r\n\r\n`, 1_000);
    const text = exchange.bytes.toString('latin1');
    expect(text.match(/^HTTP\/1\.1 \d{3}/gm)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 400']);
    const first = parseResponse(exchange.bytes)!;
    expect(first.body.equals(appJs)).toBe(true);
    expect(exchange.ending).toBe('server');
  });

  it('is still running, and wrote nothing to stderr', () => {
    expect(server.child.exitCode).toBeNull();
    expect(server.stderr()).toBe('');
  });
});
