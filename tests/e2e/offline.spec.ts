/**
 * Offline reading (issue 18), in Chromium against a copy of the built site: after a first
 * visit the service worker lets a reader go on with the network off (visited pages, every
 * tool with its lazy chunks and workers, search, an offline page for the rest), nothing
 * escapes to the network, and a new deployment shows "有新版本，点击刷新" without reloading.
 *
 * Each test serves its own copy of the build from a tiny server defined here rather than the
 * suite's web server, because (1) the update test must change the deployed files under the
 * same origin while the page is open, and (2) the server counts the requests it receives, so
 * "no request escapes" is checked where it matters: a request that reached the server after
 * the browser went offline escaped the worker, whatever the browser's offline emulation does
 * with requests made by a service worker. The copy keeps the build's _headers (its CSP).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';
import { writeOfflineFiles } from '../../src/integrations/offline.mjs';
import { workbookBytes } from '../unit/import/fixtures';
import { distDir } from './site';

const BASE = `/${(process.env['BASE_PATH'] ?? '/course/sub/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const LECTURE_A = 'lectures/1-mindset/experience-value/';
const LECTURE_B = 'lectures/2-cognition/personas/';
const UNVISITED = 'cases/luxury-hotel/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

interface SiteCopy {
  url: (path?: string) => string;
  root: string;
  /** Every request the server received, as `pathname?search`. */
  requests: string[];
  close: () => Promise<void>;
}

/** Copies the build to a temporary folder and serves it under BASE, reading files on every request. */
async function serveCopy(): Promise<SiteCopy> {
  const root = mkdtempSync(join(tmpdir(), 'offline-site-'));
  cpSync(distDir, root, { recursive: true });
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const sitePath = url.pathname.slice(BASE.length);
    let file = sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
    let status = 200;
    let body: Buffer;
    try {
      if (!url.pathname.startsWith(BASE) || file.split('/').includes('..')) throw new Error('outside');
      body = readFileSync(join(root, decodeURIComponent(file)));
    } catch {
      status = 404;
      file = '404.html';
      body = readFileSync(join(root, file));
    }
    response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(rules, `/${sitePath}`) });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '') => `http://127.0.0.1:${port}${BASE}${path}`,
    root,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Opens a page and waits until the worker controls it and has saved it (the footer says so). */
async function openSaved(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 40_000 });
  await expect(page.getByText('本页可离线阅读')).toBeVisible({ timeout: 20_000 });
}

/** Goes offline and returns a check that nothing reached the network afterwards. */
async function goOffline(page: Page, site: SiteCopy): Promise<() => void> {
  const before = site.requests.length;
  const notFromWorker: string[] = [];
  const failed: string[] = [];
  page.on('response', (response) => {
    if (!response.url().startsWith('data:') && !response.fromServiceWorker()) notFromWorker.push(response.url());
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // ERR_ABORTED is the browser cancelling its own request, e.g. the favicon of a page that is
    // left before it arrives: not a failure to serve offline (those are ERR_FAILED or
    // ERR_INTERNET_DISCONNECTED), and anything that did go out is in `escaped` anyway.
    if (!error.includes('ERR_ABORTED')) failed.push(`${request.url()} ${error}`);
  });
  await page.context().setOffline(true);
  return () => {
    // Except the browser's own check for a new sw.js on navigation, which by design never goes
    // through the worker (and on a real offline phone simply fails).
    const escaped = site.requests.slice(before).filter((path) => path !== `${BASE}sw.js`);
    expect(escaped, 'requests that reached the server while offline').toEqual([]);
    expect(notFromWorker, 'responses not served by the worker').toEqual([]);
    expect(failed, 'failed requests').toEqual([]);
  };
}

test.describe('offline after the first visit', () => {
  let site: SiteCopy;
  test.beforeEach(async () => {
    site = await serveCopy();
  });
  test.afterEach(async () => {
    await site.close();
  });

  test('a first visit installs the worker only once the page has settled, not while the tool hydrates', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(site.url('tools/nps/'), { waitUntil: 'load' });
    await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
    // Loaded, hydrated and idle: a worker registered at the first idle moment would be installing by now.
    await page.waitForTimeout(2_500);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
    expect(site.requests.filter((path) => path === `${BASE}sw.js`)).toEqual([]);
    // …and it does come, so the page is saved without any action.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 40_000 });
    await expect(page.getByText('本页可离线阅读')).toBeVisible({ timeout: 20_000 });
  });

  test('visited pages reload offline, search works, an unvisited page shows the offline page', async ({ page }) => {
    test.setTimeout(90_000);
    await openSaved(page, site.url());
    await openSaved(page, site.url(LECTURE_A));
    await openSaved(page, site.url(LECTURE_B));
    const lectureBTitle = await page.locator('h1#_top').textContent();
    const nothingEscaped = await goOffline(page, site);

    await page.reload();
    await expect(page.locator('h1#_top')).toHaveText(lectureBTitle ?? '');
    await page.goto(site.url(LECTURE_A));
    await expect(page.locator('h1#_top')).toHaveText('二、体验价值');
    await page.goto(site.url());

    // Search: Pagefind's script, WASM, index and fragments come from the worker's cache.
    await page.getByRole('button', { name: /搜索/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill('荧光笔');
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', new RegExp(`${BASE}overview/$`));
    await page.keyboard.press('Escape');

    // A page never opened: the offline page, listing what is saved.
    await page.goto(site.url(UNVISITED));
    await expect(page.locator('h1#_top')).toHaveText('当前离线');
    const saved = page.locator('[data-offline-list] a');
    await expect(saved.filter({ hasText: '二、体验价值' })).toHaveAttribute('href', site.url(LECTURE_A));
    await expect(saved.filter({ hasText: lectureBTitle ?? '' })).toHaveCount(1);
    nothingEscaped();
  });

  test('tool pages work offline: NPS from pasted data, then an Excel file through SheetJS', async ({ page }) => {
    test.setTimeout(90_000);
    await openSaved(page, site.url());
    const nothingEscaped = await goOffline(page, site);
    // Never opened before: the worker precached every tool page with its chunks and workers.
    await page.goto(site.url('tools/nps/'));
    await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
    // Scores 10 10 9 8 7 3: promoters 3, detractors 1, n = 6 → NPS = 100 × (3 − 1)/6 = 33.3 (hand-worked).
    await page.getByTestId('nps-raw-input').fill(['10', '10', '9', '8', '7', '3'].join('\n'));
    await expect(page.getByTestId('nps-score')).toHaveText('33.3');
    // chart.js is a lazy chunk: the chart draws, so it came from the cache.
    await expect(page.getByTestId('nps-chart-distribution').getByRole('button', { name: '下载 PNG' })).toBeEnabled();

    // An .xlsx import loads SheetJS inside the import worker, also from the cache.
    await page.getByTestId('nps-mode-table').check();
    // Scores 10 9 6 8 10: promoters 3, detractors 1, n = 5 → NPS = 100 × (3 − 1)/5 = 40 (hand-worked).
    const rows = [['得分'], ['10'], ['9'], ['6'], ['8'], ['10']];
    await page.getByLabel(/选择文件或拖到这里/).setInputFiles({
      name: '离线测试.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(workbookBytes({ 调查: rows })),
    });
    // A column headed only 得分 with values 6–10 is not clearly a 0–10 item, so the page asks.
    await page.getByRole('region', { name: '请确认推荐意愿得分列' }).getByRole('button', { name: '用这一列' }).click();
    await expect(page.getByTestId('nps-score')).toHaveText(/^40(\.0)?$/);
    await expect(page.getByTestId('nps-n')).toHaveText('n = 5');

    for (const tool of ['tools/kano/', 'tools/servqual/']) {
      await page.goto(site.url(tool));
      await expect(page.locator('[data-restored="true"]').first()).toBeVisible();
    }
    nothingEscaped();
  });

  test('下载全部内容以离线阅读 saves every page, with progress and the total size', async ({ page }) => {
    test.setTimeout(90_000);
    await openSaved(page, site.url());
    const button = page.getByRole('button', { name: /下载全部内容以离线阅读（共 [\d.]+ MB）/ });
    await expect(button).toBeEnabled();
    // The size the button states is the build's: every file the worker would save, in MB.
    const manifestFile = readdirSync(site.root).find((name) => /^sw-manifest\.\w+\.json$/.test(name))!;
    const { entries } = JSON.parse(readFileSync(join(site.root, manifestFile), 'utf8')) as { entries: { size: number }[] };
    const totalMb = (entries.reduce((sum, entry) => sum + entry.size, 0) / 1024 / 1024).toFixed(1);
    await expect(button).toHaveText(`下载全部内容以离线阅读（共 ${totalMb} MB）`);
    await button.click();
    await expect(page.getByRole('button', { name: `已下载全部内容（${totalMb} MB）` })).toBeDisabled({ timeout: 60_000 });

    const nothingEscaped = await goOffline(page, site);
    // A case page never opened: saved by the download, so the page itself, not the offline page.
    await page.goto(site.url(UNVISITED));
    await expect(page.locator('h1#_top')).not.toHaveText('当前离线');
    await expect(page.getByText('本页可离线阅读')).toBeVisible();
    nothingEscaped();
  });

  test('installable: Chromium finds no installability error in the manifest', async ({ page }) => {
    await openSaved(page, site.url());
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are off-the-record profiles, where Chromium never offers to install;
    // every other criterion (manifest fields, icons, start_url in scope, a fetch handler) is checked.
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ start_url: BASE, scope: BASE, short_name: '极致服务' });
  });

  test('a new deployment shows the update notice and never reloads by itself', async ({ page }) => {
    test.setTimeout(90_000);
    await openSaved(page, site.url());
    await page.evaluate(() => Object.assign(window, { offlineTestMarker: 'first version' }));
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });

    // Deploy a changed build to the same address: one page's text changes, and the offline
    // files are regenerated by the build's own function (new precache manifest, new sw.js).
    const home = join(site.root, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', '</h1><p data-new-version>本次更新带来的新段落</p>'));
    writeOfflineFiles({ dir: site.root, base: BASE, template: readFileSync('src/sw/sw.js', 'utf8') });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const notice = page.getByRole('button', { name: '有新版本，点击刷新' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    // Some time for a reload that should not come.
    await page.waitForTimeout(1500);
    expect(navigations).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { offlineTestMarker?: string }).offlineTestMarker)).toBe('first version');
    await expect(page.locator('[data-new-version]')).toHaveCount(0);

    // The reader's click: the new version takes over and the page shows the new text.
    await notice.click();
    await expect(page.locator('[data-new-version]')).toHaveText('本次更新带来的新段落', { timeout: 20_000 });
    expect(navigations).toBe(1);
  });
});
