#!/usr/bin/env node
// @ts-check
/**
 * Serves the built site (dist/) the way a static host does: under BASE_PATH, with the
 * headers from dist/_headers (so the Content-Security-Policy is exercised in every e2e
 * test), directory index.html, the site's 404 page and gzip for text. The request handling,
 * and what it does with malformed requests, is in ./site-server.mjs.
 *
 * Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--quiet]
 * HOST=0.0.0.0 makes it reachable from other devices (e.g. participants' phones in class).
 * --port 0 picks a free port; the "Site ready" line shows which.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { createSiteServer, normaliseBase } from './site-server.mjs';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? '') : fallback;
};
const portText = option('port', '4321');
const port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
const dir = resolve(option('dir', 'dist'));
const quiet = args.includes('--quiet');
const base = normaliseBase(process.env['BASE_PATH']);
const host = process.env['HOST'] ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`✗ --port must be a whole number from 0 to 65535 (got "${portText}").`);
  process.exit(1);
}
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`✗ ${dir} has no index.html: build the site first (npm run build).`);
  process.exit(1);
}

const server = createSiteServer({ dir, base, quiet });
server.on('error', (error) => {
  console.error(`✗ Cannot serve on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const lines = [`  Site ready: http://localhost:${actualPort}${base}`];
  // On a classroom network the trainer needs the address the phones can reach.
  if (host === '0.0.0.0' || host === '::') {
    for (const info of Object.values(networkInterfaces()).flatMap((list) => list ?? [])) {
      if (info.family === 'IPv4' && !info.internal) lines.push(`  On this network: http://${info.address}:${actualPort}${base}`);
    }
  }
  console.log(`\n${lines.join('\n')}\n  (Ctrl+C to stop)\n`);
});
