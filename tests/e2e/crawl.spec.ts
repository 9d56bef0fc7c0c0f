/**
 * Crawls every page of the built site (served under a sub-path with the production CSP):
 * HTTP 200, no console error, no request to another host, no broken internal link or asset,
 * axe finds nothing; and, in a test of its own, a screenshot for a person to look at.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, builtPages, screenshot, watchPage } from './site';

const pages = builtPages();

test('the build has the pages the sidebar promises', () => {
  for (const required of ['', 'overview/', 'tools/', 'glossary/', 'trainer/', 'cases/', 'reading/', 'lectures/1-mindset/']) {
    expect(pages).toContain(required);
  }
});

// Two tests a page: the checks, and a full-page screenshot. A long page (the glossary) can take
// many seconds for each on a busy machine; apart, each fits its own budget.
// The 讲义合集 pages hold a whole lecture and the glossary every term. On a loaded 2-CPU machine
// their checks took 20–35 s (axe over the whole page) and once passed 60 s twice in a row while
// other suites ran too, so they get three times the usual time (test.slow). So does the 双图
// studio's page, whose editor is a large DOM: its checks took 39.9 s in a loaded run (run 11).
const LONG_PAGE = /(^|\/)handout\/$|^glossary\/$|^tools\/journey\/$/;

for (const path of pages) {
  test(`page /${path}`, async ({ page, baseURL }) => {
    if (LONG_PAGE.test(path)) test.slow();
    const siteOrigin = new URL(baseURL!).origin;
    const watch = watchPage(page, siteOrigin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    expect(await axeViolations(page), 'axe violations').toEqual([]);

    expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
    expect(watch.failedResponses, 'failed responses (broken assets)').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
  });

  test(`screenshot /${path}`, async ({ page }, testInfo) => {
    if (LONG_PAGE.test(path)) test.slow();
    await page.goto(path, { waitUntil: 'networkidle' });
    await screenshot(page, testInfo, path);
  });
}
