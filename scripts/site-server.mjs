// @ts-check
/**
 * The request handling behind scripts/serve.mjs: serves a built site (dist/) the way a static
 * host does (under BASE_PATH, with the headers from dist/_headers, directory index.html, the
 * site's 404 page, gzip for text), and stays up whatever a phone on a classroom network sends.
 *
 * Every request is handled synchronously up to the point where a file stream takes over, so
 * there is no promise that could reject unobserved; each rule below gives a status, not a throw.
 *
 * 1. A request target longer than 8 KiB gets 414 URI Too Long. (Issue 11 asked for 413, but
 *    413 Content Too Large is about bodies; RFC 9110 §15.5.15 gives 414 for an over-long
 *    target.) Above Node's own 16 KiB header limit the parser gives up first and the
 *    `clientError` handler answers 431, as Node itself would.
 * 2. Any method but GET and HEAD gets 405 with `Allow: GET, HEAD` (CONNECT too, through the
 *    `connect` event). Methods Node's parser does not know (`BREW`, `get`) never reach the
 *    handler: they get 400 from `clientError`.
 * 3. The target must be origin-form (`/…`); `*` and `http://host/…` get 400.
 * 4. The path is split on `/` and each segment is percent-decoded on its own, once. Malformed
 *    encoding, NUL, an encoded `/` or `\`, a raw `\` and `.`/`..` segments get 400. Because
 *    decoding happens once, `%252e%252e` is the literal name `%2e%2e` (404), never `..`.
 * 5. Outside BASE_PATH → 404 (plain text); BASE_PATH without its slash → 301 to it; a
 *    directory without its slash → 301 to the slash form, query kept, as static hosts do.
 * 6. Dotfiles (except `.well-known`, which sirv keeps too) and the host's own files
 *    (`_headers`, `_redirects`) → the 404 page.
 * 7. sirv serves the file, or dist/404.html with status 404 when there is none.
 *
 * Why no URL can reach a file outside dist/: sirv 3 runs here in its production mode, which
 * lists dist/ once at start-up (without dotfiles) and answers only from that list, so a URL
 * is never joined onto a file-system path. The checks above give the right status; they are
 * not the only wall. The price: files added to dist/ after start-up are not served until a
 * restart (`npm start` builds before it serves, and the e2e and audit runs start it afresh).
 *
 * Compression: sirv only serves files precompressed on disk (`app.js.gz`), which the build
 * does not write, and dist/ should stay exactly what the build made. Precompressing into a
 * temporary folder at start-up would cost start time on every e2e run and leave a folder to
 * clean up. So text is gzipped on the fly: sirv 3.0.2's `send()` ends every file response
 * with `createReadStream(file).pipe(res)`; the server catches that pipe (the stream `pipe`
 * event), unpipes the file stream and reconnects it with `stream.pipeline`, through gzip when
 * the client accepts it. pipeline also destroys the file stream when the client goes away,
 * which a bare pipe does not (one open file descriptor per aborted download). Headers are
 * adjusted by a `writeHead` wrapper that exists only while sirv's synchronous call runs. The
 * unit tests check gzip, Range and aborted downloads, so a sirv upgrade that changes `send()`
 * fails a test rather than a classroom.
 *
 * Range: sirv's own parsing serves the whole file for `bytes=0-0`, the first N bytes for the
 * suffix range `bytes=-N`, treats any unit as bytes, and throws synchronously (a crash) for
 * `bytes=5-2` or an end past 2^53. So the header is checked first: a single `bytes=first-` or
 * `bytes=first-last` range (first ≤ last, last > 0) is passed on; anything else is dropped and
 * the whole file is sent with 200, which RFC 9110 §14.2 allows ("A server MAY ignore the Range
 * header field"). Range is ignored for HEAD (§14.2 defines it for GET only) and whenever
 * If-Range is present (a full 200 is always a correct answer to If-Range). A Range response is
 * never compressed: the bytes are those of the file.
 */
import { createServer, STATUS_CODES } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

/** Longest request target answered normally, in characters (8 KiB, as nginx's default buffer). */
export const MAX_TARGET_LENGTH = 8 * 1024;

const ALLOW = 'GET, HEAD';

/** Content types worth gzipping; images other than SVG and pagefind's fragments are already compressed. */
const COMPRESSIBLE = /text|javascript|json|svg|xml|wasm/;

/** Configuration files of Netlify and Cloudflare Pages, which those hosts never publish. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/** Stream errors that only mean the client went away: nothing to report. */
const DISCONNECTS = new Set(['ERR_STREAM_PREMATURE_CLOSE', 'ECONNRESET', 'EPIPE', 'ERR_STREAM_DESTROYED']);

/**
 * `BASE_PATH` as the site is built with it: one leading and one trailing slash.
 * @param {string} [basePath]
 * @example normaliseBase('course/sub') // '/course/sub/'
 */
export function normaliseBase(basePath = '/') {
  return `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/**
 * @typedef {{ kind: 'bad' }
 *   | { kind: 'outside' }
 *   | { kind: 'base-without-slash', search: string }
 *   | { kind: 'site', names: string[], trailingSlash: boolean, search: string }} Target
 */

/**
 * Reads a request target: origin-form only, each path segment percent-decoded once and
 * checked, then placed relative to the base path.
 * @param {string} rawTarget the request target as received (`req.url`)
 * @param {string[]} baseNames the base path's segments, e.g. `['course', 'sub']`
 * @returns {Target}
 * @example parseTarget('/course/sub/a%20b/?x=1', ['course', 'sub'])
 * // { kind: 'site', names: ['a b'], trailingSlash: true, search: '?x=1' }
 */
export function parseTarget(rawTarget, baseNames) {
  if (!rawTarget.startsWith('/')) return { kind: 'bad' };
  const pathEnd = rawTarget.search(/[?#]/);
  const rawPath = pathEnd === -1 ? rawTarget : rawTarget.slice(0, pathEnd);
  // A fragment has no business in a request target; drop it rather than pass it on in a redirect.
  const search = pathEnd === -1 ? '' : (rawTarget.slice(pathEnd).split('#')[0] ?? '');
  /** @type {string[]} */
  const names = [];
  for (const segment of rawPath.slice(1).split('/')) {
    let name;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return { kind: 'bad' };
    }
    if (name === '.' || name === '..' || /[\0/\\]/.test(name)) return { kind: 'bad' };
    // NFC, as sirv keys its file listing: a name typed on one phone matches the same name built on another system.
    names.push(name.normalize());
  }
  const trailingSlash = names.at(-1) === '';
  if (trailingSlash) names.pop();
  if (!baseNames.every((name, index) => names[index] === name)) return { kind: 'outside' };
  if (names.length === baseNames.length && !trailingSlash) return { kind: 'base-without-slash', search };
  return { kind: 'site', names: names.slice(baseNames.length), trailingSlash, search };
}

/**
 * The Range header to hand to sirv, or undefined to send the whole file (see the file's doc
 * comment for why only these forms pass).
 * @param {string | undefined} header
 * @returns {string | undefined}
 * @example usableRange('bytes=0-99') // 'bytes=0-99'
 * @example usableRange('bytes=-500') // undefined
 */
export function usableRange(header) {
  const match = /^bytes=(\d+)-(\d*)$/i.exec(header?.trim() ?? '');
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (last === '') return `bytes=${first}-`;
  if (Number(last) === 0 || Number(last) < Number(first)) return undefined;
  // Node's file streams refuse an end past 2^53 - 1 (by throwing); no file is that long anyway.
  return `bytes=${first}-${Number.isSafeInteger(Number(last)) ? last : Number.MAX_SAFE_INTEGER}`;
}

/**
 * Whether an Accept-Encoding header allows gzip (RFC 9110 §12.5.3: `gzip;q=0` refuses it,
 * `*` covers it unless gzip is named).
 * @param {string | undefined} header
 * @example acceptsGzip('gzip, deflate, br') // true
 * @example acceptsGzip('gzip;q=0, *') // false
 */
export function acceptsGzip(header) {
  /** @type {number | undefined} */ let gzip;
  /** @type {number | undefined} */ let any;
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...parameters] = part.split(';').map((text) => text.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = quality === undefined ? 1 : Number(quality.slice(2)) || 0;
    if (coding === 'gzip' || coding === 'x-gzip') gzip = weight;
    else if (coding === '*') any = weight;
  }
  return (gzip ?? any ?? 0) > 0;
}

/**
 * Percent-encodes anything outside printable ASCII, so a client's text can go into a
 * Location header or a log line without Node refusing it or a terminal interpreting it.
 * @param {string} text
 */
function printable(text) {
  return text.replace(/[^\x21-\x7e]/g, (character) =>
    [...Buffer.from(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/**
 * Text types get an explicit charset (the course's UI strings are Chinese); a file type sirv
 * does not know (pagefind's fragments) is plain bytes.
 * @param {string} type
 */
function withCharset(type) {
  if (type === '') return 'application/octet-stream';
  return /^text\/|javascript|json/.test(type) && !/charset=/i.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Site-relative directories that have an index.html ('' for the root), as sirv's start-up
 * listing sees them, so redirects agree with what sirv can serve.
 * @param {string} root
 */
function indexedDirectories(root) {
  const directories = new Set();
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = entry.split(sep).join('/').normalize();
    if (path === 'index.html') directories.add('');
    else if (path.endsWith('/index.html')) directories.add(path.slice(0, -'/index.html'.length));
  }
  return directories;
}

/**
 * Creates the HTTP server (not yet listening) for a built site.
 * @param {{ dir: string, base?: string, quiet?: boolean }} options
 *   dir: the built site; base: BASE_PATH it was built with; quiet: no log line per non-2xx response
 * @returns {import('node:http').Server}
 */
export function createSiteServer({ dir, base = '/', quiet = false }) {
  const root = resolve(dir);
  const basePath = normaliseBase(base);
  const baseNames = basePath.split('/').filter(Boolean);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const directories = indexedDirectories(root);
  const files = sirv(root, { etag: true, extensions: ['html'] });
  /**
   * Per connection: responses still being written, and the answer to a malformed request that
   * came after them (pipelined), which must wait its turn rather than cut into them.
   * @type {WeakMap<import('node:stream').Duplex, { responding: number, whenIdle?: () => void }>}
   */
  const connections = new WeakMap();

  /**
   * Sets the `_headers` rules for a site path. Their caching rules describe files, so the
   * callers drop Cache-Control from redirects and errors (a missing /_astro/ file must not be
   * cached for a year).
   * @param {import('node:http').ServerResponse} res
   * @param {string} sitePath
   */
  function applyRules(res, sitePath) {
    for (const [name, value] of Object.entries(headersFor(rules, sitePath))) res.setHeader(name, value);
  }

  /**
   * A short plain-text response of the server's own (not a file).
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {Record<string, string>} [headers]
   * @param {string} [message]
   */
  function answer(req, res, status, headers = {}, message = `${status} ${STATUS_CODES[status]}`) {
    const body = `${message}\n`;
    applyRules(res, '/');
    res.removeHeader('cache-control');
    // After a malformed request, the rest of what the client sent cannot be trusted to frame the next one.
    if (status === 400 || status === 414) res.setHeader('connection', 'close');
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * A permanent redirect (to the slash form of a directory or of the base path).
   * @param {import('node:http').ServerResponse} res
   * @param {string} sitePath
   * @param {string} location
   */
  function redirect(res, sitePath, location) {
    applyRules(res, sitePath);
    res.removeHeader('cache-control');
    res.writeHead(301, { location, 'content-length': 0 }).end();
  }

  /**
   * Lets sirv answer with the file at `siteUrl`, if it has one. Returns false (having written
   * nothing) when it has not. sirv works synchronously up to the file stream, so the
   * writeHead wrapper and the pipe listener are gone again when this returns.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} siteUrl decoded path inside dist/, e.g. `/lecture/index.html`
   * @param {boolean} notFound send it with status 404 (the 404 page)
   */
  function sendFile(req, res, siteUrl, notFound) {
    req.url = siteUrl;
    let compress = false;
    const writeHead = res.writeHead;
    /** @param {number} statusCode @param {Record<string, string | number>} [headers] */
    const adjustedWriteHead = (statusCode, headers) => {
      if (!headers || (statusCode !== 200 && statusCode !== 206)) {
        // 304 (ETag matched) keeps the caching headers; 416 (range past the end) does not.
        if (statusCode >= 400) res.removeHeader('cache-control');
        return writeHead.call(res, statusCode, headers);
      }
      /** @type {Record<string, string | number>} */
      const head = { ...headers, 'Content-Type': withCharset(String(headers['Content-Type'] ?? '')) };
      if (COMPRESSIBLE.test(String(head['Content-Type']))) {
        head['Vary'] = 'Accept-Encoding';
        compress = statusCode === 200 && !head['Content-Encoding'] && acceptsGzip(req.headers['accept-encoding']);
      }
      if (compress) {
        delete head['Content-Length'];
        head['Content-Encoding'] = 'gzip';
      }
      if (notFound) res.removeHeader('cache-control');
      return writeHead.call(res, notFound ? 404 : statusCode, head);
    };
    /** @param {import('node:stream').Readable} source sirv's file stream */
    const onPipe = (source) => {
      source.unpipe(res);
      if (req.method === 'HEAD') {
        source.destroy();
        res.end();
        return;
      }
      pipeline(compress ? [source, createGzip(), res] : [source, res], (error) => {
        const code = /** @type {NodeJS.ErrnoException | null | undefined} */ (error)?.code;
        if (error && !(code && DISCONNECTS.has(code))) console.error(`✗ ${siteUrl}: ${error.message}`);
      });
    };
    let found = true;
    Object.assign(res, { writeHead: adjustedWriteHead });
    res.once('pipe', onPipe);
    try {
      files(req, res, () => {
        found = false;
      });
    } finally {
      // Back to the prototype's writeHead.
      Reflect.deleteProperty(res, 'writeHead');
      res.off('pipe', onPipe);
    }
    return found;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Extract<Target, { kind: 'site' }>} target
   */
  function serveSite(req, res, { names, trailingSlash, search }) {
    const relative = names.join('/');
    const sitePath = `/${relative}${trailingSlash && relative ? '/' : ''}`;
    const hidden =
      names.some((name, index) => name === '' || (name.startsWith('.') && !(index === 0 && name === '.well-known'))) ||
      (names.length === 1 && HOST_FILES.has(relative)) ||
      // sirv would decode `%` again and cut at `?`/`#`; a build never has such names.
      /[%?#]/.test(relative);
    if (!hidden && !trailingSlash && relative !== '' && directories.has(relative)) {
      return redirect(res, sitePath, `${basePath}${names.map(encodeURIComponent).join('/')}/${printable(search)}`);
    }
    const range = req.method === 'GET' && !req.headers['if-range'] ? usableRange(req.headers.range) : undefined;
    if (range) req.headers.range = range;
    else delete req.headers.range;
    applyRules(res, sitePath);
    if (!hidden && !trailingSlash && sendFile(req, res, `/${relative}`, false)) return;
    if (!hidden && trailingSlash && directories.has(relative) && sendFile(req, res, `${relative ? `/${relative}` : ''}/index.html`, false)) return;
    // The 404 page is a page, not a slice of one, and never "not modified".
    delete req.headers.range;
    delete req.headers['if-none-match'];
    if (!sendFile(req, res, '/404.html', true)) answer(req, res, 404);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  function handle(req, res) {
    const rawTarget = req.url ?? '';
    if (!quiet) {
      res.once('finish', () => {
        if (res.statusCode >= 300 && res.statusCode !== 304) console.log(`${res.statusCode} ${printable(rawTarget.slice(0, 200))}`);
      });
    }
    if (rawTarget.length > MAX_TARGET_LENGTH) return answer(req, res, 414);
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(req, res, 405, { allow: ALLOW });
    const target = parseTarget(rawTarget, baseNames);
    switch (target.kind) {
      case 'bad':
        return answer(req, res, 400);
      case 'outside':
        return answer(req, res, 404, {}, `Not under the base path ${basePath}`);
      case 'base-without-slash':
        return redirect(res, '/', `${basePath}${printable(target.search)}`);
      case 'site':
        return serveSite(req, res, target);
    }
  }

  const server = createServer((req, res) => {
    const connection = connections.get(req.socket) ?? { responding: 0 };
    connections.set(req.socket, connection);
    connection.responding += 1;
    res.once('close', () => {
      connection.responding -= 1;
      if (connection.responding === 0) connection.whenIdle?.();
    });
    try {
      handle(req, res);
    } catch (error) {
      // Every known cause is handled above; this keeps an unknown one to a 500 and a log line.
      console.error(`✗ ${printable((req.url ?? '').slice(0, 200))}:`, error);
      if (res.headersSent) res.destroy();
      else answer(req, res, 500);
    }
  });

  // Node calls this for what its parser rejects (bad request line, bad header, header block
  // over 16 KiB, unknown method) and for socket errors before a request; without a listener
  // it answers by itself, but then nothing here says what happened or guards the socket.
  server.on('clientError', (error, socket) => {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (!socket.writable || code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const refuse = () => {
      if (socket.writable) socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
      else socket.destroy();
    };
    const connection = connections.get(socket);
    if (connection && connection.responding > 0) connection.whenIdle = refuse;
    else refuse();
  });

  // CONNECT never reaches the request handler; once Node hands over the socket it no longer
  // listens for the socket's errors either, so this listener must.
  server.on('connect', (_req, socket) => {
    socket.on('error', () => socket.destroy());
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOW}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });

  return server;
}
