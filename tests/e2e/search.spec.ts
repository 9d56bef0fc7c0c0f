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
