/**
 * Crawls every page of the built site (served under a sub-path with the production CSP):
 * HTTP 200, no console error, no request to another host, no broken internal link or asset,
 * axe finds nothing, and a screenshot for a person to look at.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, builtPages, screenshot, watchPage } from './site';

const pages = builtPages();

test('the build has the pages the sidebar promises', () => {
  for (const required of ['', 'overview/', 'tools/', 'glossary/', 'trainer/', 'cases/', 'reading/', 'lectures/1-mindset/']) {
    expect(pages).toContain(required);
  }
});

for (const path of pages) {
  test(`page /${path}`, async ({ page, baseURL }, testInfo) => {
    const siteOrigin = new URL(baseURL!).origin;
    const watch = watchPage(page, siteOrigin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    expect(await axeViolations(page), 'axe violations').toEqual([]);
    await screenshot(page, testInfo, path);

    expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
    expect(watch.failedResponses, 'failed responses (broken assets)').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
  });
}
