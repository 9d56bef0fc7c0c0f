/**
 * Pagefind search works for Chinese: a word that appears only in one page's body (not in
 * any title or in another page) finds that page, under the sub-path, with no foreign request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, distDir, watchPage } from './site';

const QUERY = '荧光笔';
const TARGET = 'overview/';

// The service worker precaches the search files once a page is idle; these tests are about the page.
test.use({ serviceWorkers: 'block' });

test(`searching “${QUERY}” finds the page whose body contains it`, async ({ page, baseURL }) => {
  // Precondition, checked rather than assumed: the word is in that page's body only.
  const pagesWithWord = builtPages().filter((path) => {
    const main = readFileSync(join(distDir, path, 'index.html'), 'utf8').split('<main')[1] ?? '';
    return main.includes(QUERY);
  });
  expect(pagesWithWord).toEqual([TARGET]);
  const targetHtml = readFileSync(join(distDir, TARGET, 'index.html'), 'utf8');
  expect(targetHtml.match(/<title>(.*?)<\/title>/)?.[1]).not.toContain(QUERY);

  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('');
  await page.getByRole('button', { name: /搜索/ }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(QUERY);
  const firstResult = dialog.locator('.pagefind-ui__result-link').first();
  await expect(firstResult).toBeVisible();
  await expect(firstResult).toHaveAttribute('href', new RegExp(`${new URL(baseURL!).pathname}${TARGET}$`));
  expect(watch.foreignRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('the search UI loads when a reader reaches for it, and Ctrl+K puts the cursor in the box', async ({ page }) => {
  const uiRequests: string[] = [];
  page.on('request', (request) => {
    if (/ui-core|pagefind/.test(request.url())) uiRequests.push(request.url());
  });
  await page.goto('', { waitUntil: 'networkidle' });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  await page.waitForTimeout(500);
  // Not on load, so that a phone reading one page does not download the search for nothing.
  expect(uiRequests).toEqual([]);

  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog').getByRole('textbox');
  await expect(box).toBeFocused();
  expect(uiRequests.some((url) => url.includes('ui-core'))).toBe(true);
  await page.keyboard.type(QUERY);
  await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible();
});
