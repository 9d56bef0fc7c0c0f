/**
 * The customer-value tool in a real browser (built site, sub-path, production CSP): examples →
 * numbers, the course material's doubling table, share links (round trip, tampered),
 * persistence, keyboard-only use, exports, axe, screenshots at phone and projector width, and
 * the page's JS against the NPS page. Expected figures are worked in tests/unit/customerValue/.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeShareState } from '../../src/lib/share';
import { axeViolations, countRemovals, expectMethodPage, expectToolScriptBudget, horizontalOverflow, TOOL_SCRIPT_LIMIT_KB, watchPage } from './site';

const PATH = 'tools/customer-value/';

async function openTool(page: Page, path = PATH): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('cv-tool')).toHaveAttribute('data-restored', 'true');
}

test.describe('customer-value tool', () => {
  test('hotel example: CLV, +5 points, the referral tables', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await openTool(page);
    // 900 × 1.1 ÷ (1.1 − 0.5) = 1,650 元; at 55 %: 990 ÷ 0.55 = 1,800 元, +150 元.
    await expect(page.getByTestId('cv-clv')).toHaveText('1,650 元');
    await expect(page.getByTestId('cv-uplift')).toHaveText('150 元');
    await expect(page.getByTestId('cv-summary')).toContainText('9.1%');
    // √0.5 × 1.1 per half year; 0.5 × 1.21 = 0.605 a year.
    await expect(page.getByTestId('cv-referral-text')).toContainText('0.61 倍');
    await page.getByText('课程资料所述的倍增表').click();
    const course = page.getByTestId('cv-course-table');
    await expect(course.locator('tbody tr').last()).toContainText('5,120');
    await expect(course.locator('tbody tr').first()).toContainText('1 万元');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('hydration keeps the served results; a change redraws them and keeps an opened table open', async ({ page }) => {
    const removals = await countRemovals(page, 'cv-clv');
    await openTool(page);
    await expect(page.getByTestId('cv-clv')).toHaveText('1,650 元');
    expect(await removals()).toBe(0);
    await page.getByText('课程资料所述的倍增表').click();
    await expect(page.getByTestId('cv-course-table')).toBeVisible();
    await page.getByTestId('cv-field-retention').fill('55');
    await expect(page.getByTestId('cv-clv')).toHaveText('1,800 元');
    expect(await removals()).toBe(1);
    // 0.55 × (1 + 1 × 0.1)² = 0.6655 a year.
    await expect(page.getByTestId('cv-referral-text')).toContainText('0.67 倍');
    await expect(page.getByTestId('cv-course-table')).toBeVisible();
    await expect(page.getByTestId('cv-course-table').locator('tbody tr').last()).toContainText('5,120');
    await page.getByTestId('cv-reset').click();
    await expect(page.getByTestId('cv-clv')).toHaveText('1,650 元');
    await expect(page.getByTestId('cv-own-table')).toBeVisible();
  });

  test('the airport example over ten years', async ({ page }) => {
    await openTool(page);
    await page.getByTestId('cv-example-airport').click();
    // 800 × (1 − (0.7/1.1)¹⁰) ÷ (1 − 0.7/1.1) = 2,176.04 元; at 75 %: +283.66 元.
    await expect(page.getByTestId('cv-clv')).toHaveText('2,176 元');
    await expect(page.getByTestId('cv-uplift')).toHaveText('284 元');
    await expect(page.getByTestId('cv-example-source')).toContainText('虚构');
  });

  test('out-of-range input names the field', async ({ page }) => {
    await openTool(page);
    await page.getByTestId('cv-field-retention').fill('95');
    await expect(page.getByTestId('cv-error')).toContainText('「留存率 r」应在 0–90% 之间');
    await expect(page.getByTestId('cv-field-retention')).toHaveAttribute('aria-invalid', 'true');
  });

  test('share link round trip, and inputs survive a reload', async ({ page }) => {
    await openTool(page);
    await page.getByTestId('cv-field-retention').fill('55');
    await expect(page.getByTestId('cv-clv')).toHaveText('1,800 元');
    await page.reload();
    await expect(page.getByTestId('cv-tool')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('cv-field-retention')).toHaveValue('55');
    await page.getByTestId('cv-share').click();
    const url = await page.getByTestId('cv-share-url').inputValue();
    await page.evaluate(() => localStorage.clear());
    await page.goto('about:blank');
    await page.goto(url);
    await expect(page.getByTestId('cv-tool')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('cv-clv')).toHaveText('1,800 元');
  });

  test('a tampered link gives a message and the defaults', async ({ page }) => {
    const good = encodeShareState({ v: 1, s: { values: {}, example: 'x' } }, 'customer-value');
    await openTool(page, `${PATH}#${good.slice(0, -2)}xx`);
    await expect(page.getByTestId('cv-message')).toContainText('分享链接无效');
    await expect(page.getByTestId('cv-clv')).toHaveText('1,650 元');
  });

  test('keyboard only: an example button, then a field', async ({ page }) => {
    await openTool(page);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    await page.getByTestId('cv-tool').getByRole('link', { name: '方法说明' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('cv-example-hotel');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('cv-example-airport');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('cv-clv')).toHaveText('2,176 元');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('cv-field-annualValue');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('4000');
    // Twice the annual value: 2 × 2,176.04 = 4,352 元.
    await expect(page.getByTestId('cv-clv')).toHaveText('4,352 元');
  });

  test('CSV and PNG downloads', async ({ page }) => {
    await openTool(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cv-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain('终身价值（元）,1650');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cv-png').click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
  });

  test('axe: no violations on the tool', async ({ page }) => {
    await openTool(page);
    await page.getByText('课程资料所述的倍增表').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe: no violations on the method page, and it ships no island', async ({ page }) => {
    await expectMethodPage(page, `${PATH}method/`);
  });

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    test(`fits ${width} px; screenshot`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openTool(page);
      const overflow = await horizontalOverflow(page);
      expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
      await page.getByTestId('cv-clv').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `artifacts/screens/customer-value-${width}-results.png` });
      await page.getByTestId('cv-chart').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `artifacts/screens/customer-value-${width}-chart.png` });
    });
  }

  test.describe('JS budget', () => {
  // A service worker (offline reading) would serve or prefetch scripts and blur the count.
  test.use({ serviceWorkers: 'block' });
  test(`ships at most ${TOOL_SCRIPT_LIMIT_KB} KB (gzip) more JS than a text page, and no chart or Excel library`, async ({ page }) => {
    await expectToolScriptBudget(page, PATH, 'cv-tool', 'customer-value');
  });
  });
});
