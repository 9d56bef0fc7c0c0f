/**
 * 自测 on a lecture page (issue 19): the self-check follows the text, answers reveal from the
 * keyboard, progress ("已完成 n/m") survives a reload, a corrupted stored value does not break
 * the page, answers still reveal without JavaScript, and axe finds nothing with answers open.
 */
import { expect, test } from '@playwright/test';
import { selfChecks } from '../../src/data/selfChecks';
import { axeViolations, watchPage } from './site';

const pageId = 'lectures/1-mindset/loyalty-nps';
const path = `${pageId}/`;
const total = selfChecks[pageId]!.length;
const storageKey = `self-check:${pageId}`;

test('the self-check follows the page text and answers reveal from the keyboard', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto(path);
  const check = page.locator('section.self-check');
  await expect(check.getByRole('heading', { level: 2, name: '自测' })).toBeVisible();
  await expect(check.locator('.self-check-item')).toHaveCount(total);
  // After the page's own text, before the footer.
  const order = await page.evaluate(() => {
    const section = document.querySelector('section.self-check')!;
    const references = [...document.querySelectorAll('.sl-markdown-content h2')].filter((heading) => !section.contains(heading));
    const footer = document.querySelector('footer');
    return {
      afterText: references.every((heading) => heading.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING),
      beforeFooter: footer ? Boolean(section.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING) : true,
    };
  });
  expect(order).toEqual({ afterText: true, beforeFooter: true });
  await expect(check.getByText(`已完成 0/${total}`)).toBeVisible();

  // Question 1: choose an option with the keyboard (focus the first radio, arrow to the next).
  const first = check.locator('.self-check-item').nth(0);
  await first.locator('input[type="radio"]').first().focus();
  await page.keyboard.press('Space');
  await expect(first.locator('[data-feedback]')).toHaveText(/答对了|还不对/);
  await expect(check.getByText(`已完成 1/${total}`)).toBeVisible();

  // Question 2: open its answer with Enter on the summary.
  const second = check.locator('.self-check-item').nth(1);
  const answer = second.locator('.self-check-answer-body');
  await expect(answer).toBeHidden();
  await second.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(answer).toBeVisible();
  await expect(answer).toContainText('答案：');
  await expect(answer).toContainText('解析：');
  await expect(check.getByText(`已完成 2/${total}`)).toBeVisible();

  expect(await axeViolations(page), 'axe violations with an answer open').toEqual([]);

  // Progress survives a reload.
  await page.reload();
  await expect(check.getByText(`已完成 2/${total}`)).toBeVisible();
  await expect(check.locator('.self-check-item.is-done')).toHaveCount(2);

  // Clearing resets the count and the stored value.
  await check.getByRole('button', { name: '清除本页自测进度' }).click();
  await expect(check.getByText(`已完成 0/${total}`)).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
  expect(watch.consoleErrors).toEqual([]);
});

test('a corrupted stored value does not break the page', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  for (const corrupted of ['{not json', '{"done":"all"}', '{"done":[99,-1,1.5,"0"]}']) {
    await page.goto(path);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey, corrupted]);
    await page.reload();
    const check = page.locator('section.self-check');
    await expect(check.getByText(`已完成 0/${total}`)).toBeVisible();
    await check.locator('.self-check-item').nth(2).locator('summary').click();
    await expect(check.getByText(`已完成 1/${total}`)).toBeVisible();
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey))!)).toEqual({ done: [2] });
    await page.evaluate((key) => localStorage.removeItem(key), storageKey);
  }
  expect(watch.consoleErrors).toEqual([]);
});

test('without JavaScript the answers still reveal', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await page.goto(path);
  const check = page.locator('section.self-check');
  await expect(check.locator('.self-check-item')).toHaveCount(total);
  await expect(check.locator('[data-progress]')).toBeHidden();
  const answer = check.locator('.self-check-answer-body').first();
  await expect(answer).toBeHidden();
  await check.locator('summary').first().click();
  await expect(answer).toBeVisible();
  await context.close();
});

test('axe finds nothing in the dark theme with every answer open and an option chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const check = page.locator('section.self-check');
  await check.locator('.self-check-item').first().locator('input[type="radio"]').first().check();
  for (const details of await check.locator('details').all()) await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
  await expect(check.locator('.self-check-answer-body').last()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
