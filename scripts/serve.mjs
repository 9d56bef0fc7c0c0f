#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way a static host does: under BASE_PATH, with the
 * headers from dist/_headers (so the Content-Security-Policy is exercised in every e2e
 * test), directory index.html, and the site's 404 page.
 *
 * Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--quiet]
 * HOST=0.0.0.0 makes it reachable from other devices (e.g. participants' phones in class).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile, headersFor } from './headers-file.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const port = Number(option('port', '4321'));
const dir = resolve(option('dir', 'dist'));
const quiet = args.includes('--quiet');
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.webmanifest': 'application/manifest+json',
};

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`✗ ${dir} has no index.html: build the site first (npm run build).`);
  process.exit(1);
}
const headerRules = existsSync(join(dir, '_headers')) ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];

async function resolveFile(urlPath) {
  const relative = normalize(decodeURIComponent(urlPath.slice(base.length - 1))).replace(/^([/\\])+/, '');
  const candidate = join(dir, relative);
  if (candidate !== dir && !candidate.startsWith(dir + sep)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if (existsSync(index)) return index;
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === base.slice(0, -1)) {
    response.writeHead(301, { location: base }).end();
    return;
  }
  if (!url.pathname.startsWith(base)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not under the base path ${base}`);
    return;
  }
  // A directory without its trailing slash is redirected, as static hosts do.
  if (!url.pathname.endsWith('/') && extname(url.pathname) === '' && existsSync(join(dir, url.pathname.slice(base.length), 'index.html'))) {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  let file = await resolveFile(url.pathname);
  let status = 200;
  if (!file) {
    status = 404;
    file = join(dir, '404.html');
  }
  const headers = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    ...headersFor(headerRules, `/${url.pathname.slice(base.length)}`),
  };
  let body = await readFile(file);
  // Static hosts compress text; so does this server, so that size and speed figures are real.
  if (/text|javascript|json|svg|xml|wasm/.test(headers['content-type']) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
    headers['vary'] = 'accept-encoding';
  }
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
  if (!quiet && status !== 200) console.log(`${status} ${url.pathname}`);
});

const host = process.env.HOST ?? '127.0.0.1';
server.listen(port, host, () => {
  console.log(`\n  Site ready: http://localhost:${port}${base}\n  (Ctrl+C to stop)\n`);
});
