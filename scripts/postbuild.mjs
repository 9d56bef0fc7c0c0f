#!/usr/bin/env node
/**
 * After `astro build`: fills the Content-Security-Policy in dist/_headers with the SHA-256
 * hashes of every inline <script> the build emitted. A hash (not 'unsafe-inline') keeps the
 * policy strict while Starlight's theme script and Astro's island loader still run.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** OUT_DIR lets several builds live side by side (e.g. dist-a/ for one change's e2e run). */
const dist = join(process.cwd(), process.env.OUT_DIR || 'dist');
const headersPath = join(dist, '_headers');

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const inlineScript = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const hashes = new Set();
for (const file of htmlFiles(dist)) {
  for (const [, attributes, body] of readFileSync(file, 'utf8').matchAll(inlineScript)) {
    if (/type=["']?application\/(ld\+)?json/.test(attributes) || body === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
}

if (!existsSync(headersPath)) throw new Error('dist/_headers is missing: public/_headers should have been copied by the build');
const template = readFileSync(headersPath, 'utf8');
if (!template.includes('INLINE_SCRIPT_HASHES')) throw new Error('dist/_headers has no INLINE_SCRIPT_HASHES placeholder');
writeFileSync(headersPath, template.replaceAll('INLINE_SCRIPT_HASHES', [...hashes].sort().join(' ')));
console.log(`  _headers: CSP allows ${hashes.size} inline script hash(es)`);
