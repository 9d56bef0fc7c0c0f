/**
 * The Market Damage tool in a real browser (built site, sub-path, production CSP): presets →
 * numbers, scenario B → ROI, share links (round trip, tampered), persistence, keyboard-only use,
 * exports, axe, screenshots at phone and projector width, and the page's JS against the NPS page.
 * Expected figures are the lecture's worked example and the hand-worked airport scenario in
 * tests/unit/marketDamage/.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeShareState } from '../../src/lib/share';
import { axeViolations, countRemovals, expectMethodPage, expectToolScriptBudget, horizontalOverflow, TOOL_SCRIPT_LIMIT_KB, watchPage } from './site';

const PATH = 'tools/market-damage/';

async function openTool(page: Page, path = PATH): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('md-tool')).toHaveAttribute('data-restored', 'true');
}

test.describe('Market Damage tool', () => {
  test('opens on the lecture’s worked example; presets give their numbers', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await openTool(page);
    // (1,560 + 156) = 1,716 customers; × 1,500 = 2,574,000 元 (experience-value.mdx).
    await expect(page.getByTestId('md-lost')).toHaveText('1,716');
    await expect(page.getByTestId('md-revenue')).toHaveText('2,574,000 元');
    await expect(page.getByTestId('md-big')).toContainText('8.58%');
    await expect(page.getByTestId('md-summary')).toContainText('1,560 位顾客');
    await expect(page.getByTestId('md-table').locator('tr[data-row="lost"]')).toContainText('1,360');
    await page.getByTestId('md-preset').selectOption('airport');
    await expect(page.getByTestId('md-revenue')).toHaveText('11,272,000 元');
    await expect(page.getByTestId('md-iceberg')).toContainText('50 位');
    await expect(page.getByTestId('md-preset-source')).toContainText('虚构');
    await page.getByTestId('md-preset').selectOption('tarpSmall');
    await expect(page.getByTestId('md-preset-source')).toContainText('二手资料');
    await expect(page.getByTestId('md-field-silent')).toHaveValue('37');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('hydration keeps the served results; a change redraws them and is saved; 恢复默认 brings the defaults back and saves nothing', async ({ page }) => {
    const removals = await countRemovals(page, 'md-lost');
    const saved = () => page.evaluate(() => localStorage.getItem('jzfw:tool:market-damage'));
    await openTool(page);
    await expect(page.getByTestId('md-lost')).toHaveText('1,716');
    expect(await removals()).toBe(0);
    // Untouched defaults are not stored (the next visit would read them back for nothing).
    expect(await saved()).toBeNull();
    // Every group is a share of N, so twice the customers lose twice as many: 1,716 × 2 = 3,432.
    await page.getByTestId('md-field-customers').fill('40000');
    await expect(page.getByTestId('md-lost')).toHaveText('3,432');
    expect(await removals()).toBe(1);
    await expect.poll(saved).toContain('"customers":"40000"');
    await page.getByTestId('md-reset').click();
    await expect(page.getByTestId('md-field-customers')).toHaveValue('20000');
    await expect(page.getByTestId('md-lost')).toHaveText('1,716');
    await expect(page.getByTestId('md-chart')).toBeVisible();
    expect(await saved()).toBeNull();
    await page.reload();
    await expect(page.getByTestId('md-tool')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('md-field-customers')).toHaveValue('20000');
  });

  test('scenario B → ROI; no extra cost → a message instead of a ratio', async ({ page }) => {
    await openTool(page);
    // (99,000 − 50,000) ÷ 50,000 = 98 %.
    await expect(page.getByTestId('md-roi')).toHaveText('98%');
    await expect(page.getByTestId('md-saved')).toContainText('330,000 元');
    await expect(page.getByTestId('md-teaching')).toContainText('减少');
    await page.getByTestId('md-field-costPerComplaint').fill('0');
    await page.getByTestId('md-field-costFixed').fill('0');
    await expect(page.getByTestId('md-roi')).toHaveText('—');
    await expect(page.getByTestId('md-roi-text')).toContainText('无从计算');
  });

  test('out-of-range input names the field', async ({ page }) => {
    await openTool(page);
    await page.getByTestId('md-field-problemRate').fill('120');
    await expect(page.getByTestId('md-error')).toContainText('「遇到问题的比例 p」应在 0–100% 之间');
    await expect(page.getByTestId('md-field-problemRate')).toHaveAttribute('aria-invalid', 'true');
  });

  test('share link round trip, and inputs survive a reload', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openTool(page);
    await page.getByTestId('md-field-customers').fill('30000');
    // Everything scales by 1.5: 2,574,000 × 1.5 = 3,861,000 元.
    await expect(page.getByTestId('md-revenue')).toHaveText('3,861,000 元');
    await page.reload();
    await expect(page.getByTestId('md-tool')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('md-field-customers')).toHaveValue('30000');
    await page.getByTestId('md-share').click();
    const url = await page.getByTestId('md-share-url').inputValue();
    expect(url).toContain('#share=');
    await page.evaluate(() => localStorage.clear());
    await page.goto('about:blank');
    await page.goto(url);
    await expect(page.getByTestId('md-tool')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('md-revenue')).toHaveText('3,861,000 元');
    await expect(page.getByTestId('md-message')).toContainText('分享链接');
    expect(page.url()).not.toContain('#share=');
  });

  test('a tampered link gives a message and the defaults', async ({ page }) => {
    const good = encodeShareState({ v: 1, s: { values: {}, wordOfMouthBasis: 'lost', valueBasis: 'annual', preset: 'x' } }, 'market-damage');
    await openTool(page, `${PATH}#${good.slice(0, -2)}xx`);
    await expect(page.getByTestId('md-message')).toContainText('分享链接无效');
    await expect(page.getByTestId('md-message')).toContainText('默认数据');
    await expect(page.getByTestId('md-revenue')).toHaveText('2,574,000 元');
  });

  test('keyboard only: preset, a field, the result', async ({ page }) => {
    await openTool(page);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent ?? '');
    await page.getByTestId('md-tool').getByRole('link', { name: '方法说明' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('md-preset');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('md-revenue')).toHaveText('11,272,000 元');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('md-field-customers');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1000000');
    // Half the airport's customers: 11,272,000 ÷ 2 = 5,636,000 元.
    await expect(page.getByTestId('md-revenue')).toHaveText('5,636,000 元');
    const outline = await page.getByTestId('md-field-customers').evaluate((element) => getComputedStyle(element).outlineWidth);
    expect(outline).toBe('3px');
  });

  test('CSV and PNG downloads', async ({ page }) => {
    await openTool(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('md-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('风险营收（体验损害）,元,2574000,2244000,330000');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('md-png').click()]);
    expect(png.suggestedFilename()).toBe('体验损害模型.png');
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
  });

  test('axe: no violations on the tool', async ({ page }) => {
    await openTool(page);
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
      const size = await page.getByTestId('md-revenue').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(size).toBeGreaterThanOrEqual(30);
      await page.getByTestId('md-big').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `artifacts/screens/market-damage-${width}-results.png` });
      await page.getByTestId('md-chart').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `artifacts/screens/market-damage-${width}-chart.png` });
      await page.getByTestId('md-preset').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `artifacts/screens/market-damage-${width}-inputs.png` });
    });
  }

  test.describe('JS budget', () => {
  // A service worker (offline reading) would serve or prefetch scripts and blur the count.
  test.use({ serviceWorkers: 'block' });
  test(`ships at most ${TOOL_SCRIPT_LIMIT_KB} KB (gzip) more JS than a text page, and no chart or Excel library`, async ({ page }) => {
    await expectToolScriptBudget(page, PATH, 'md-tool', 'Market Damage');
  });
  });
});
