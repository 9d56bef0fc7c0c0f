/**
 * Helpers shared by the end-to-end specs: the built site's pages, and a page wrapper that
 * records console errors and every request so a test can assert the privacy rule
 * ("zero requests to any host other than the site's own").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Locator, type Page, type Response, type TestInfo } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

export const distDir = process.env.E2E_DIST ?? 'dist';

/** Site-relative paths of every built page, e.g. `''`, `lectures/1-mindset/`. */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === '_astro' || entry.name === 'pagefind' ? [] : walk(path);
      return entry.name === 'index.html' ? [relative(distDir, dir).split(sep).join('/')] : [];
    });
  return walk(distDir)
    .map((dir) => (dir === '' ? '' : `${dir}/`))
    .sort();
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  failedResponses: string[];
}

/** Starts recording console errors, requests to other hosts and failed same-origin responses. */
export function watchPage(page: Page, siteOrigin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [], failedResponses: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== siteOrigin) watch.foreignRequests.push(url);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watch.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  return watch;
}

/** How far the page is wider than the window, in CSS pixels (0 or less: no sideways scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A tool's 方法说明 page: no axe violations, and it is text only (no React island). */
export async function expectMethodPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.locator('astro-island').count()).toBe(0);
}

/** axe-core with the WCAG 2.x A/AA rule sets; returns violations in a readable form. */
/**
 * 教学示例数据 when the example's code cannot be fetched (offline, a replaced deploy): the page
 * says so, the button can be pressed again, and no results appear. `open` loads the tool page
 * (after the route is set); `resultMark` is an element only results have.
 */
export async function expectExampleFetchFailure(page: Page, open: () => Promise<void>, resultMark: string): Promise<void> {
  await page.route('**/_astro/exampleData*.js', (route) => route.abort());
  await open();
  const example = page.getByRole('button', { name: '教学示例数据' });
  await example.click();
  await expect(page.getByText('示例数据未能加载，请检查网络后刷新页面再试。')).toBeVisible();
  await expect(example).toBeEnabled();
  await expect(page.getByTestId(resultMark)).toHaveCount(0);
}

export async function axeViolations(page: Page, options: { include?: string } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (options.include) builder = builder.include(options.include);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(' | ')}`,
  );
}

/** Writes a full-page screenshot to artifacts/screens/<project>/<name>.png (git-ignored). */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = `artifacts/screens/${testInfo.project.name}/${name.replace(/[^\w-]+/g, '_') || 'home'}.png`;
  await page.screenshot({ path: file, fullPage: true });
}

/** Reads a downloaded answer template (.xlsx): its sheet names and the header row of its first sheet. */
export async function readTemplateWorkbook(path: string): Promise<{ sheetNames: string[]; headerRow: unknown[] }> {
  const XLSX = await import('@e965/xlsx');
  const workbook = XLSX.read(readFileSync(path));
  const first = workbook.Sheets[workbook.SheetNames[0]!]!;
  return { sheetNames: workbook.SheetNames, headerRow: XLSX.utils.sheet_to_json<unknown[]>(first, { header: 1 })[0] ?? [] };
}

/** Chooses a CSV file on a file input, written as Excel saves "CSV UTF-8": BOM and CRLF line ends. */
export async function chooseCsv(input: Locator, name: string, rows: string[][]): Promise<void> {
  await input.setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`, 'utf8'),
  });
}

/** Reads a downloaded CSV (UTF-8 with BOM) into rows; for the templates and exports, which have no quoted fields. */
export function readDownloadedCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return text.split(/\r?\n/).filter((line) => line !== '').map((line) => line.split(','));
}

/**
 * Gzipped bytes of every script a page loads, with their addresses: until the network is idle and,
 * given the island's test id, until it has restored its state. Block the service worker in the
 * calling test (`test.use({ serviceWorkers: 'block' })`), or it would serve or prefetch scripts.
 */
export async function gzippedScripts(page: Page, path: string, testId?: string): Promise<{ total: number; urls: string[]; workerUrls: string[] }> {
  const bodies = new Map<string, Buffer>();
  const onResponse = async (response: Response) => {
    if (response.request().resourceType() === 'script') bodies.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
  };
  page.on('response', onResponse);
  await page.goto(path, { waitUntil: 'networkidle' });
  if (testId) await expect(page.getByTestId(testId)).toHaveAttribute('data-restored', 'true');
  // Wait until the page is idle, on every page alike, or a difference between two pages would
  // depend on timing. (The print QR encoder and the search UI wait for the reader: neither loads here.)
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  await page.waitForTimeout(1000);
  page.off('response', onResponse);
  let total = 0;
  const urls: string[] = [];
  const workerUrls: string[] = [];
  for (const [url, body] of bodies) {
    if (WORKER_THREAD.test(url)) {
      workerUrls.push(url);
      continue;
    }
    urls.push(url);
    total += gzipSync(body, { level: 9 }).length;
  }
  return { total, urls, workerUrls };
}

/**
 * Scripts that run in a tool's survey worker, off the page's main thread: the worker's entry and
 * papaparse, which only the workers import. The worker starts once the page is idle (see
 * useSurveyWorker), so these are fetched before a file is chosen but are not the page's JS.
 */
const WORKER_THREAD = /\.worker[.-]|(^|\/)papaparse[.-]/i;

/** `gzippedScripts(…).total`. */
export async function gzippedScriptBytes(page: Page, path: string, testId?: string): Promise<number> {
  return (await gzippedScripts(page, path, testId)).total;
}

/**
 * The most JS a tool page may ship over a text page, in KB gz. The issues' budget is 100. On React
 * the tools used 88–99 of it, 71 of that React DOM's client; since the islands run on Preact
 * (preact/compat, 2026-12-03) they use 31–41 (NPS 31.4, customer value 31.2, poll scan 31.4,
 * Market Damage 35.7, KANO 40.3). The limit is held at 60 so that the saving cannot drain away
 * unseen (a second runtime, say, or a library that should load on demand), with room for growth.
 */
export const TOOL_SCRIPT_LIMIT_KB = 60;

/**
 * A tool page's JS once the island has restored: at most TOOL_SCRIPT_LIMIT_KB gz more than a text
 * page, and none of the libraries that load on demand (chart.js, SheetJS). The survey worker and its
 * CSV reader start when the page is idle, off the main thread, and are not counted.
 */
export async function expectToolScriptBudget(page: Page, path: string, testId: string, name: string): Promise<void> {
  const text = await gzippedScripts(page, 'overview/');
  const tool = await gzippedScripts(page, path, testId);
  const extraKb = (tool.total - text.total) / 1024;
  console.log(`JS gz: text page ${(text.total / 1024).toFixed(1)} KB, ${name} page ${(tool.total / 1024).toFixed(1)} KB, difference ${extraKb.toFixed(1)} KB`);
  console.log(`${name} page scripts: ${tool.urls.filter((url) => !text.urls.includes(url)).map((url) => url.split('/').pop()).join(', ')}`);
  expect(extraKb).toBeLessThanOrEqual(TOOL_SCRIPT_LIMIT_KB);
  if (tool.workerUrls.length > 0) console.log(`${name} worker, started at idle (not counted): ${tool.workerUrls.map((url) => url.split('/').pop()).join(', ')}`);
  expect(tool.urls.filter((url) => /(^|\/)(chart|xlsx)[.-]/i.test(url))).toEqual([]);
}

/**
 * The views a loaded file shows (mapping, results) are not fetched by a page left alone (JS
 * budget), and are fetched as soon as the reader reaches for the import, before any file is
 * chosen: a press of 选择文件 (which opens the browser's file dialog) or the keyboard focus on it.
 * @param chunk the file name of one such view's chunk, e.g. /^ResultsView\./
 */
export async function expectViewsFetchedOnReach(page: Page, path: string, testId: string, chunk: RegExp, reach: 'press' | 'focus'): Promise<void> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url().split('/').pop() ?? '');
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await expect(page.getByTestId(testId)).toHaveAttribute('data-restored', 'true');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  await page.waitForTimeout(500);
  const fetched = () => scripts.filter((name) => chunk.test(name));
  expect(fetched()).toEqual([]);
  if (reach === 'press') {
    const chooser = page.waitForEvent('filechooser');
    await page.locator('.survey-import__file-label').click();
    await chooser;
  } else {
    await page.locator('.survey-import__file').focus();
  }
  await expect.poll(fetched).not.toEqual([]);
}

/**
 * Source text only a component runtime carries: React DOM's names and error pages, the prop name
 * both renderers handle (dangerouslySetInnerHTML), and Preact's expression for the style names
 * that take no unit.
 */
export const RUNTIME_SIGNATURE = /react-dom|__SECRET_INTERNALS|reactjs\.org\/docs\/error-decoder|react\.dev\/errors|dangerouslySetInnerHTML|acit\|ex\(\?:s\|g\|n\|p\|\$\)/;

/**
 * Presses a builder's 打印问卷 button and returns what the page held when printing started (the
 * print dialog fires `beforeprint`, headless Chromium's too): the print flag on the root element,
 * and the rows and text of the print-only copy (`data-testid="print-copy"`), after checking that
 * the copy was not part of the page before (it is drawn only for printing).
 */
export async function questionnaireAtPrint(page: Page, flag: string): Promise<{ flag: string | null; rows: number; text: string }> {
  await expect(page.getByTestId('print-copy')).toHaveCount(0);
  await page.evaluate((key) => {
    addEventListener('beforeprint', () => {
      const copy = document.querySelector('[data-testid="print-copy"]');
      (window as unknown as { atPrint: unknown }).atPrint = { flag: document.documentElement.dataset[key] ?? null, rows: copy?.querySelectorAll('tr').length ?? 0, text: copy?.textContent ?? '' };
    }, { once: true });
  }, flag);
  await page.getByRole('button', { name: '打印问卷' }).click();
  // The print starts once the printed copy's code has arrived and rendered: on a busy machine that
  // is after the click returns (seen under load: atPrint still unset when read at once).
  const atPrint = await page.waitForFunction(() => (window as unknown as { atPrint?: unknown }).atPrint);
  return (await atPrint.jsonValue()) as { flag: string | null; rows: number; text: string };
}

/**
 * Counts, from before the page's first script, how often an element with this data-testid leaves
 * the document (itself or inside a removed subtree). A tool's server-rendered results that
 * hydration leaves alone (src/components/shared/StaticUntilLive.tsx) are never removed until the
 * state changes; a re-render replaces them.
 */
export async function countRemovals(page: Page, testId: string): Promise<() => Promise<number>> {
  await page.addInitScript((id) => {
    const counter = window as unknown as { __testRemovals: number };
    counter.__testRemovals = 0;
    const selector = `[data-testid="${id}"]`;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node instanceof Element && (node.matches(selector) || node.querySelector(selector))) counter.__testRemovals += 1;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  }, testId);
  return () => page.evaluate(() => (window as unknown as { __testRemovals: number }).__testRemovals);
}
