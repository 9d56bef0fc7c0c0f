#!/usr/bin/env node
/**
 * Lighthouse (mobile preset) on one page of each type of the built site, served under its
 * sub-path by scripts/serve.mjs with the production headers, in the system Chromium.
 * Prints a table; with --assert, exits non-zero when any category scores below 95.
 *
 * Usage (after a build): node scripts/audit.mjs [--assert]   (npm run audit builds first)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const FLOOR = 95;
const assert = process.argv.includes('--assert');
const port = Number(process.env.AUDIT_PORT ?? 4330);
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const dist = process.env.E2E_DIST ?? 'dist';

/** One page per page type: home (splash), a lecture page with diagrams, a case, and each calculator that exists. */
const candidates = [
  ['首页', ''],
  ['讲义页', 'lectures/1-mindset/experience-value/'],
  ['案例页', 'cases/luxury-hotel/'],
  ['NPS 工具页', 'tools/nps/'],
  ['KANO 工具页', 'tools/kano/'],
  ['SERVQUAL 工具页', 'tools/servqual/'],
];
const pages = candidates.filter(([, path]) => existsSync(`${dist}/${path}index.html`));

const server = spawn(process.execPath, ['scripts/serve.mjs', '--quiet', '--port', String(port), '--dir', dist], {
  env: { ...process.env, BASE_PATH: base },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const rows = [];
try {
  for (const [label, path] of pages) {
    const url = `http://localhost:${port}${base}${path}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'html', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const scores = Object.fromEntries(
      Object.entries(result.lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
    );
    const failing = Object.values(result.lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
      .map((audit) => audit.id);
    mkdirSync('artifacts/lighthouse', { recursive: true });
    writeFileSync(`artifacts/lighthouse/${path.replace(/\W+/g, '_') || 'home'}.html`, String(result.report));
    rows.push({ label, path: `/${path}`, ...scores, failing: failing.slice(0, 6).join(' ') });
  }
} finally {
  chrome.kill();
  server.kill();
}

console.table(rows);
const belowFloor = rows.flatMap((row) =>
  ['performance', 'accessibility', 'best-practices', 'seo'].filter((id) => row[id] < FLOOR).map((id) => `${row.path} ${id} ${row[id]}`),
);
if (belowFloor.length > 0) {
  console.error(`Lighthouse scores below ${FLOOR}: ${belowFloor.join('; ')}`);
  if (assert) process.exit(1);
} else {
  console.log(`Lighthouse: every category ≥ ${FLOOR} on ${rows.length} page(s).`);
}
