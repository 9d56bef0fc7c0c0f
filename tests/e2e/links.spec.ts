/**
 * Links are the same at every width, so this runs once (projector project): every internal
 * link and asset any page references resolves inside the base path, and unknown paths get
 * the site's own Chinese 404 page.
 */
import { expect, test } from '@playwright/test';
import { builtPages, watchPage } from './site';

const pages = builtPages();

test('every internal link and asset referenced by any page resolves', async ({ page, request, baseURL }) => {
  // One test visits every built page (about 80), then fetches every target. On a busy 2-CPU machine
  // that takes longer than the default 60 s (2.3 min measured beside a loaded full run), so it gets
  // 6 minutes. The links are in the served HTML: each visit waits for the DOM, not for images.
  test.setTimeout(360_000);
  const base = new URL(baseURL!);
  const targets = new Map<string, string>();
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const urls = await page.$$eval('a[href], link[href], script[src], img[src]', (elements) =>
      elements.map((element) => (element as HTMLAnchorElement).href || (element as HTMLImageElement).src),
    );
    for (const url of urls) {
      const parsed = new URL(url);
      if (parsed.origin !== base.origin) continue;
      parsed.hash = '';
      if (!targets.has(parsed.href)) targets.set(parsed.href, path);
    }
  }
  const broken: string[] = [];
  for (const [url, foundOn] of targets) {
    const response = await request.get(url);
    if (response.status() !== 200) broken.push(`${response.status()} ${url} (linked from /${foundOn})`);
    expect(new URL(url).pathname.startsWith(base.pathname), `${url} escapes the base path`).toBe(true);
  }
  expect(broken).toEqual([]);
  expect(targets.size).toBeGreaterThan(pages.length);
});

test('an unknown path gets the site\'s 404 page, in Chinese, with a way back', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await page.getByRole('link', { name: '回到课程首页' }).click();
  await expect(page).toHaveURL(baseURL!);
  expect(watch.foreignRequests).toEqual([]);
});

/**
 * Pages outside the reading order: the service worker's offline fallback (shown only when a page
 * is not cached) and each lecture's 讲义合集 (a print document, linked from every page of its
 * lecture, checked below).
 */
const utilityPage = (path: string) => path === 'offline/' || /^lectures\/[^/]+\/handout\/$/.test(path);

test('the sidebar reaches every page of the site', async ({ page, baseURL }) => {
  await page.goto('overview/');
  const sidebarLinks = await page.$$eval('#starlight__sidebar a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  const basePath = new URL(baseURL!).pathname;
  const missing = pages.filter((path) => !utilityPage(path) && !sidebarLinks.includes(`${basePath}${path}`));
  expect(missing).toEqual([]);
});

test('each lecture page links to its 讲义合集', async ({ page, baseURL }) => {
  const basePath = new URL(baseURL!).pathname;
  const handouts = pages.filter((path) => /^lectures\/[^/]+\/handout\/$/.test(path));
  expect(handouts.length).toBe(4);
  for (const handout of handouts) {
    const lecture = handout.replace(/handout\/$/, '');
    await page.goto(lecture);
    const links = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
    expect(links, `/${lecture} links to its handout`).toContain(`${basePath}${handout}`);
  }
});
