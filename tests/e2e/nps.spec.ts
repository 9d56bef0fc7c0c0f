/**
 * The NPS calculator in a real browser (built site, sub-path, production CSP): input → result,
 * share links (round trip, tampered, truncated), persistence across reloads, keyboard-only use,
 * exports, axe, screenshots at phone and projector width, and the page's JS budget.
 * File import through the worker is covered by tests/e2e/import.spec.ts on this same page.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeShareState } from '../../src/lib/share';
import { axeViolations, expectToolScriptBudget, watchPage } from './site';

const NPS_PATH = 'tools/nps/';

/** Opens the calculator and waits until the island has hydrated and read localStorage. */
async function openCalculator(page: Page, path = NPS_PATH): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
}

/** The issue's example as raw answers: 250 tens, 675 eights, 75 zeros (n = 1000). */
function issueExampleScores(): string {
  return [...Array<string>(250).fill('10'), ...Array<string>(675).fill('8'), ...Array<string>(75).fill('0')].join('\n');
}

test.describe('NPS calculator', () => {
  test('paste → NPS, interval, categories and a reading', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await openCalculator(page);
    await expect(page.getByTestId('nps-message')).toBeVisible();
    await page.getByTestId('nps-raw-input').fill(issueExampleScores());
    // Hand-worked: 100 × (250 − 75)/1000 = 17.5; adjusted Wald (Rocks 2016) 14.09 … 20.81.
    await expect(page.getByTestId('nps-score')).toHaveText('17.5');
    await expect(page.getByTestId('nps-ci')).toContainText('14.1 至 20.8');
    await expect(page.getByTestId('nps-n')).toHaveText('n = 1,000');
    await expect(page.getByTestId('nps-promoters')).toContainText('25.0%');
    await expect(page.getByTestId('nps-detractors')).toContainText('75 人');
    await expect(page.getByTestId('nps-reading')).toContainText('精度较高');
    // The charts load chart.js on demand and draw.
    await expect(page.getByTestId('nps-chart-distribution').getByRole('button', { name: '下载 PNG' })).toBeEnabled();
    await expect(page.getByTestId('nps-live')).toContainText('NPS 17.5');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('rejected pasted values are listed with their line; valid ones still count', async ({ page }) => {
    await openCalculator(page);
    await page.getByTestId('nps-raw-input').fill('10\n11\n9\nabc\n3');
    await expect(page.getByTestId('nps-score')).toHaveText('33.3');
    await expect(page.getByText('第 2 行「分数」：“11”，超出 0–10')).toBeVisible();
    await expect(page.getByText('第 4 行「分数」：“abc”，非数字')).toBeVisible();
  });

  test('counts per score; n = 0 gives a message, not a number; a bad box is named', async ({ page }) => {
    await openCalculator(page);
    await page.getByTestId('nps-mode-counts').check();
    await expect(page.getByTestId('nps-message')).toContainText('n = 0');
    await expect(page.getByTestId('nps-score')).toHaveCount(0);
    await page.getByLabel('10 分', { exact: true }).fill('18');
    await page.getByLabel('8 分', { exact: true }).fill('12');
    await page.getByLabel('0 分', { exact: true }).fill('10');
    // The method page's worked example: NPS 20.0, adjusted Wald −5.5 … 42.7.
    await expect(page.getByTestId('nps-score')).toHaveText('20.0');
    await expect(page.getByTestId('nps-ci')).toContainText('−5.5 至 42.7');
    await page.getByLabel('3 分', { exact: true }).fill('2.5');
    await expect(page.getByTestId('nps-message')).toContainText('「3 分」的人数“2.5”无法使用（小数）');
    await expect(page.getByLabel('3 分', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  });

  test('example data: segments sorted by NPS and a two-group comparison', async ({ page }) => {
    await openCalculator(page);
    await page.getByRole('button', { name: '教学示例数据' }).click();
    await expect(page.getByTestId('nps-score')).toHaveText('18.3');
    const rows = page.getByTestId('nps-segments').locator('tbody tr th');
    await expect(rows).toHaveText(['城东店', '机场店', '城西店']);
    // Adjusted Wald (Rocks 2016): 城东店 (62.75 − 23.75)/123 = 0.3171, 城西店 (33.75 − 32.75)/98 = 0.0102,
    // estimate 30.7 points; the raw 32.5 − 1.1 = 31.4 is only the note.
    await expect(page.getByTestId('nps-compare-difference')).toHaveText('+30.7 分');
    await expect(page.getByTestId('nps-compare-verdict')).toContainText('不包含 0');
    await page.getByTestId('nps-compare-b').selectOption('机场店');
    await expect(page.getByTestId('nps-compare-verdict')).toContainText('包含 0');
  });

  test('a table pasted into the shared import: columns detected, NPS and segments computed in the worker', async ({ page }) => {
    await openCalculator(page);
    await page.getByTestId('nps-mode-table').check();
    const rows = ['序号\t提交答卷时间\t门店\t3、您有多大可能向朋友推荐我们？'];
    const answers: [string, string][] = [['城东店', '10'], ['城东店', '9'], ['城西店', '3'], ['城西店', '(跳过)'], ['城东店', '8'], ['城西店', '11'], ['城西店', '10'], ['城西店', '0']];
    answers.forEach(([store, score], index) => rows.push(`${index + 1}\t2024/5/${index + 1}\t${store}\t${score}`));
    await page.getByText('从 Excel / WPS 粘贴表格').click();
    await page.getByLabel('在表格软件中选中含表头的区域，复制后粘贴到这里：').fill(rows.join('\n'));
    await page.getByRole('button', { name: '读取粘贴的表格' }).click();
    // A column holding both 0 and 11 is not clearly a 0–10 item, so the page asks; the user picks it.
    await expect(page.getByLabel('推荐意愿得分列（0–10）')).toHaveValue('');
    await page.getByLabel('推荐意愿得分列（0–10）').selectOption('3');
    await expect(page.getByLabel('分组列（可选）')).toHaveValue('2');
    // The column has a 0, so the 11 is a stray value, not an option number 1–11.
    // Valid: 10, 9, 3, 8, 10, 0 → 3 promoters, 2 detractors of 6 → (3 − 2) / 6 = 16.7.
    await expect(page.getByTestId('nps-score')).toHaveText('16.7');
    await expect(page.getByTestId('nps-segments').locator('tbody tr th')).toHaveText([/^城东店/, /^城西店/]);
    await expect(page.getByText('第 7 行「3、您有多大可能向朋友推荐我们？」：“11”，超出 0–10')).toBeVisible();
    await expect(page.getByTestId('nps-table-source')).toContainText('粘贴的表格');
    // Choosing no segment column drops the segment table, keeps the NPS.
    await page.getByLabel('分组列（可选）').selectOption('');
    await expect(page.getByTestId('nps-segments')).toHaveCount(0);
    await expect(page.getByTestId('nps-score')).toHaveText('16.7');
    // The import result (counts only) survives a reload.
    await page.reload();
    await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('nps-score')).toHaveText('16.7');
  });

  test('share link round trip; tampered and truncated links give a message and the default state', async ({ page, context }) => {
    await openCalculator(page);
    await page.getByRole('button', { name: '教学示例数据' }).click();
    await page.getByRole('button', { name: '复制分享链接' }).click();
    const url = await page.getByTestId('nps-share-url').inputValue();
    expect(url).toMatch(/#share=1\.[\w-]+\.[0-9a-z]+$/);

    // A fresh browser profile (no localStorage) opens the link and sees the same result.
    const other = await context.browser()!.newContext({ locale: 'zh-CN' });
    const visitor = await other.newPage();
    await visitor.goto(url);
    await expect(visitor.getByTestId('nps-score')).toHaveText('18.3');
    await expect(visitor.getByTestId('nps-segments').locator('tbody tr')).toHaveCount(3);
    await expect(visitor.getByTestId('nps-link-message')).toContainText('已载入分享链接中的数据：300 份回答，3 个分组');
    expect(new URL(visitor.url()).hash).toBe('');

    // Tampered: one character of the payload changed, opened in a fresh page load.
    const [prefix, payload, check] = url.split('#share=')[1]!.split('.') as [string, string, string];
    const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
    await visitor.goto('about:blank');
    await visitor.goto(`${url.split('#')[0]}#share=${prefix}.${flipped}.${check}`);
    await expect(visitor.getByTestId('nps-link-message')).toContainText('分享链接无效（链接被截断或改动过）');
    await expect(visitor.getByTestId('nps-score')).toHaveCount(0);
    await expect(visitor.getByTestId('nps-raw-input')).toHaveValue('');
    expect(new URL(visitor.url()).hash).toBe('');

    // Truncated (as when a chat app cuts a long link), pasted into the open tab: only the hash changes.
    await visitor.getByRole('button', { name: '教学示例数据' }).click();
    await expect(visitor.getByTestId('nps-score')).toHaveText('18.3');
    await visitor.goto(url.slice(0, url.length - 12));
    await expect(visitor.getByTestId('nps-link-message')).toContainText('分享链接无效');
    await expect(visitor.getByTestId('nps-score')).toHaveCount(0);

    // A well-formed link (valid checksum) whose counts make no sense: the NPS validator refuses it.
    await visitor.goto('about:blank');
    await visitor.goto(`${url.split('#')[0]}#${encodeShareState({ c: [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] }, 'nps')}`);
    await expect(visitor.getByTestId('nps-link-message')).toContainText('各分数的人数应为 11 个非负整数');
    await expect(visitor.getByTestId('nps-score')).toHaveCount(0);
    await other.close();
  });

  test('a link and stored inputs saved before the tool kernel still open to the same numbers', async ({ page, browser }) => {
    // Saved from the page before issue 13 with the example data: 300 answers, NPS (131 − 76) / 300 = 18.3.
    const saved = JSON.parse(readFileSync('tests/unit/fixtures/legacy/nps.json', 'utf8')) as { hash: string; storage: Record<string, string> };
    await openCalculator(page, `${NPS_PATH}${saved.hash}`);
    await expect(page.getByTestId('nps-score')).toHaveText('18.3');
    await expect(page.getByTestId('nps-link-message')).toContainText('已载入分享链接中的数据：300 份回答，3 个分组');
    const other = await browser.newContext({ baseURL: test.info().project.use.baseURL! });
    const visitor = await other.newPage();
    await visitor.addInitScript((entries) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, saved.storage);
    await openCalculator(visitor);
    await expect(visitor.getByTestId('nps-score')).toHaveText('18.3');
    await expect(visitor.getByTestId('nps-table-source')).toContainText('教学示例数据（虚构）');
    await other.close();
  });

  test('a worker answer that arrives after 重置 never lands (the answer is held back 1.5 s)', async ({ page }) => {
    await page.addInitScript(() => {
      const add = Worker.prototype.addEventListener;
      Worker.prototype.addEventListener = function (this: Worker, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
        if (type !== 'message') return add.call(this, type, listener, options);
        const late = (event: Event) => {
          const deliver = () => (typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event));
          if ((event as MessageEvent<{ type?: string }>).data?.type === 'result') setTimeout(deliver, 1500);
          else deliver();
        };
        return add.call(this, type, late, options);
      };
    });
    await openCalculator(page);
    await page.getByTestId('nps-mode-table').check();
    await page.getByText('从 Excel / WPS 粘贴表格').click();
    await page.getByLabel('在表格软件中选中含表头的区域，复制后粘贴到这里：').fill('门店\t推荐\n城东店\t10\n城西店\t3\n城东店\t9');
    await page.getByRole('button', { name: '读取粘贴的表格' }).click();
    await expect(page.getByLabel('推荐意愿得分列（0–10）')).toHaveValue('1');
    await page.getByRole('button', { name: '重置' }).click();
    await page.waitForTimeout(2500);
    await expect(page.getByTestId('nps-score')).toHaveCount(0);
    await expect(page.getByTestId('nps-mode-raw')).toBeChecked();
    // Without a reset the same held-back answer is shown: 2 promoters, 1 detractor of 3 → 33.3.
    await page.getByTestId('nps-mode-table').check();
    await page.getByText('从 Excel / WPS 粘贴表格').click();
    await page.getByLabel('在表格软件中选中含表头的区域，复制后粘贴到这里：').fill('门店\t推荐\n城东店\t10\n城西店\t3\n城东店\t9');
    await page.getByRole('button', { name: '读取粘贴的表格' }).click();
    await expect(page.getByTestId('nps-score')).toHaveText('33.3', { timeout: 10_000 });
  });

  test('reload keeps the inputs; 重置 clears them', async ({ page }) => {
    await openCalculator(page);
    await page.getByTestId('nps-raw-input').fill('10\n9\n8\n2');
    await expect(page.getByTestId('nps-score')).toHaveText('25.0');
    await page.reload();
    await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('nps-raw-input')).toHaveValue('10\n9\n8\n2');
    await expect(page.getByTestId('nps-score')).toHaveText('25.0');
    await page.getByRole('button', { name: '重置' }).click();
    await expect(page.getByTestId('nps-raw-input')).toHaveValue('');
    await page.reload();
    await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('nps-score')).toHaveCount(0);
  });

  test('corrupt localStorage falls back to the default state', async ({ page }) => {
    await openCalculator(page);
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.includes('nps')) localStorage.setItem(key, '{"mode":"raw","rawText":5');
      localStorage.setItem('jzfw:nps:inputs:v1', JSON.stringify({ mode: 'counts', countBoxes: 'oops' }));
    });
    await page.reload();
    await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('nps-raw-input')).toHaveValue('');
  });

  test('keyboard only: choose counts, type them, read the result, load the example', async ({ page }) => {
    await openCalculator(page);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent ?? '');
    await page.getByTestId('nps-example').focus();
    // Tab order: 教学示例数据 → 重置 → 方法说明 → input mode radios.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('nps-reset');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('nps-mode-raw');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('nps-mode-counts');
    await expect(page.getByTestId('nps-mode-counts')).toBeChecked();
    for (let score = 0; score <= 10; score += 1) {
      await page.keyboard.press('Tab');
      expect(await focused()).toBe(`nps-count-${score}`);
      if (score === 0) await page.keyboard.type('1');
      if (score === 10) await page.keyboard.type('3');
    }
    await expect(page.getByTestId('nps-score')).toHaveText('50.0');
    // The focus ring is visible (3px outline).
    const outline = await page.getByTestId('nps-count-10').evaluate((element) => getComputedStyle(element).outlineWidth);
    expect(outline).toBe('3px');
    await page.getByTestId('nps-example').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('nps-score')).toHaveText('18.3');
    await page.getByTestId('nps-compare-a').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('nps-compare-a')).not.toHaveValue('城东店');
  });

  test('exports: results CSV (UTF-8 with BOM) and chart PNG', async ({ page }) => {
    await openCalculator(page);
    await page.getByRole('button', { name: '教学示例数据' }).click();
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载结果 CSV' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe('NPS-结果.csv');
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText).toContain('NPS,18.33\r\n');
    expect(csvText).toContain('城东店,120,51.67,19.17,32.5,');

    const pngButton = page.getByTestId('nps-chart-distribution').getByRole('button', { name: '下载 PNG' });
    await expect(pngButton).toBeEnabled();
    const pngDownload = page.waitForEvent('download');
    await pngButton.click();
    const png = await pngDownload;
    expect(png.suggestedFilename()).toBe('NPS-分数分布.png');
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  test('print layout hides the controls and keeps the results', async ({ page }) => {
    await openCalculator(page);
    await page.getByRole('button', { name: '教学示例数据' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('nps-score')).toBeVisible();
    await expect(page.getByTestId('nps-segments')).toBeVisible();
    await expect(page.getByRole('button', { name: '教学示例数据' })).toBeHidden();
    await expect(page.getByRole('heading', { name: '输入数据' })).toBeHidden();
    await expect(page.getByRole('heading', { name: '样本量规划' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  });

  test('sample-size planner', async ({ page }) => {
    await openCalculator(page);
    const planner = page.getByRole('region', { name: '样本量规划' });
    await planner.getByLabel('预计推荐者比例（%）').fill('25');
    await planner.getByLabel('预计贬损者比例（%）').fill('7.5');
    await planner.getByLabel('目标误差范围 ±（分）').fill('5');
    // Hand-worked: 1.96² × (0.325 − 0.175²) / 0.05² = 452.3 → 453.
    await expect(page.getByTestId('nps-planner-n')).toHaveText('453');
    await planner.getByLabel('预计贬损者比例（%）').fill('80');
    await expect(planner.getByText('推荐者与贬损者的比例相加不能超过 100%')).toBeVisible();
  });

  // One page state per test: several axe passes in one 60 s budget do not hold on a busy machine.
  test('axe: the empty calculator', async ({ page }) => {
    await openCalculator(page);
    expect(await axeViolations(page), 'empty calculator').toEqual([]);
  });

  /** The example data computed, with the composition chart's table open. */
  async function showExampleWithTable(page: Page): Promise<void> {
    await openCalculator(page);
    await page.getByRole('button', { name: '教学示例数据' }).click();
    await expect(page.getByTestId('nps-chart-mix').getByRole('button', { name: '下载 PNG' })).toBeEnabled();
    await page.getByTestId('nps-chart-mix').locator('summary').click();
  }

  test('axe: example results with a chart table open', async ({ page }) => {
    await showExampleWithTable(page);
    expect(await axeViolations(page), 'with example results').toEqual([]);
  });

  test('axe: the import panel, with example results on the page', async ({ page }) => {
    await showExampleWithTable(page);
    await page.getByTestId('nps-mode-table').check();
    expect(await axeViolations(page), 'import panel').toEqual([]);
  });

  test('axe: dark theme with results', async ({ page }) => {
    // Starlight keeps the theme choice in localStorage.
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    await openCalculator(page);
    await page.getByTestId('nps-mode-raw').check();
    await page.getByTestId('nps-raw-input').fill('10 9 8 7 3');
    await expect(page.getByTestId('nps-chart-mix').getByRole('button', { name: '下载 PNG' })).toBeEnabled();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page), 'dark theme').toEqual([]);
  });

  test('axe: the method page, which needs no client JS', async ({ page }) => {
    await page.goto(`${NPS_PATH}method/`);
    expect(await axeViolations(page), 'method page').toEqual([]);
    expect(await page.locator('astro-island').count()).toBe(0);
  });

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    test(`fits ${width} px; screenshots`, async ({ page }) => {
      // Four captures, three of them full-page: slow when the CPUs are busy.
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await openCalculator(page);
      await page.screenshot({ path: `artifacts/screens/nps-${width}-empty.png`, fullPage: true });
      await page.getByRole('button', { name: '教学示例数据' }).click();
      await expect(page.getByTestId('nps-chart-distribution').getByRole('button', { name: '下载 PNG' })).toBeEnabled();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
      const fontSize = await page.getByTestId('nps-score').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      // Sized by its block (24cqi): at 1280 px the block is about 384 px wide, so about 92 px; "−100.0" (3.9 em) still fits.
      expect(fontSize).toBeGreaterThanOrEqual(width < 600 ? 60 : 85);
      await page.screenshot({ path: `artifacts/screens/nps-${width}-results.png`, fullPage: true });
      await page.getByTestId('nps-mode-counts').check();
      await page.screenshot({ path: `artifacts/screens/nps-${width}-counts.png`, fullPage: false });
      await page.goto(`${NPS_PATH}method/`);
      await page.screenshot({ path: `artifacts/screens/nps-${width}-method.png`, fullPage: true });
    });
  }

  test('JS before a file is chosen: within the JS guard over a text page; chart.js and SheetJS not loaded (the worker starts at idle)', async ({ page }) => {
    await expectToolScriptBudget(page, NPS_PATH, 'nps-calculator', 'NPS');
  });
});

/** The number of line boxes the headline's text occupies (2 when "−100.0" wraps into "−10" / "0.0"). */
async function headlineLines(page: Page): Promise<number> {
  return page.getByTestId('nps-score').evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getClientRects().length;
  });
}

test.describe('NPS headline, failed imports and the two-group comparison', () => {
  for (const width of [320, 390, 1280, 1920]) {
    test(`"−100.0" stays on one line at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openCalculator(page);
      // Three detractors: NPS = 100 × (0 − 3)/3 = −100.0, the widest headline there is.
      await page.getByTestId('nps-raw-input').fill('0\n0\n0');
      await expect(page.getByTestId('nps-score')).toHaveText('−100.0');
      expect(await headlineLines(page)).toBe(1);
      const overflow = await page.getByTestId('nps-score').evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('a failed import keeps the previous result', async ({ page }) => {
    await openCalculator(page);
    await page.getByRole('button', { name: '教学示例数据' }).click();
    await expect(page.getByTestId('nps-score')).toHaveText('18.3');
    // A file whose 推荐 column holds no 0–10 score at all: the analysis fails.
    await page.getByLabel(/选择文件或拖到这里/).setInputFiles({ name: '坏文件.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF推荐意愿\r\n很好\r\n一般\r\n', 'utf8') });
    // Whether the page asks for the column or tries this one, choosing it makes the analysis fail.
    await page.getByRole('combobox', { name: '推荐意愿得分列（0–10）' }).selectOption('0');
    await expect(page.getByTestId('nps-import-error')).toContainText('推荐意愿');
    await expect(page.getByTestId('nps-score')).toHaveText('18.3');
    await expect(page.getByTestId('nps-table-source')).toContainText('教学示例数据');
    await expect(page.getByTestId('nps-segments').locator('tbody tr th')).toHaveText(['城东店', '机场店', '城西店']);
  });

  test('a file with no score column at all keeps the previous result', async ({ page }) => {
    await openCalculator(page);
    await page.getByRole('button', { name: '教学示例数据' }).click();
    await expect(page.getByTestId('nps-score')).toHaveText('18.3');
    await page.getByLabel(/选择文件或拖到这里/).setInputFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF姓名,城市\r\n张三,北京\r\n李四,上海\r\n', 'utf8') });
    await expect(page.getByTestId('nps-import-error')).toBeVisible();
    await expect(page.getByTestId('nps-score')).toHaveText('18.3');
    await expect(page.getByTestId('nps-table-source')).toContainText('教学示例数据');
  });

  test('the comparison shows one method: its estimate, SE, interval, z and p, and the raw difference as a note', async ({ page }) => {
    await openCalculator(page);
    await page.getByRole('button', { name: '教学示例数据' }).click();
    const comparison = page.getByTestId('nps-comparison');
    // 城东店 62/35/23 vs 城西店 33/30/32, Rocks (2016) adjustment (ñ = 123 and 98):
    // NPS̃ 39/123 = 0.31707 and 1/98 = 0.01020 → 30.69; Var̃ = (p̃₊ + p̃₋ − NPS̃²)/ñ = 0.0049001 and 0.0069231,
    // SE = 100·√0.0118233 = 10.87; z = 2.82; p = 0.0048; 95% CI 30.69 ± 1.96·10.87 = 9.38 … 52.00.
    await expect(comparison.getByTestId('nps-compare-method')).toContainText('调整 Wald 法（Rocks 2016）');
    await expect(comparison.getByTestId('nps-compare-difference')).toHaveText('+30.7 分');
    await expect(comparison.getByTestId('nps-compare-se')).toHaveText('10.9 分');
    await expect(comparison.getByTestId('nps-compare-ci')).toHaveText('9.4 至 52.0');
    await expect(comparison.getByTestId('nps-compare-z')).toHaveText('2.82');
    await expect(comparison.getByTestId('nps-compare-p')).toHaveText('0.005');
    // Raw: 32.5 − 1.1 = 31.4, only as a note.
    await expect(comparison.getByTestId('nps-compare-raw')).toContainText('+31.4 分');
  });

  test('the CSV export includes the comparison', async ({ page }, testInfo) => {
    await openCalculator(page);
    await page.getByRole('button', { name: '教学示例数据' }).click();
    await expect(page.getByTestId('nps-comparison')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('nps-export-csv').click()]);
    const path = testInfo.outputPath('nps.csv');
    await download.saveAs(path);
    const rows = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.split(','));
    const start = rows.findIndex((row) => row[0] === '两组比较');
    expect(start).toBeGreaterThan(0);
    // The same hand-worked figures as above, two decimals (z three, p four).
    expect(rows.slice(start, start + 9)).toEqual([
      ['两组比较', '城东店 − 城西店'],
      ['方法', '调整 Wald 法（Rocks 2016）'],
      ['差值（A − B，调整后）', '30.69'],
      ['标准误 SE', '10.87'],
      ['95% 置信区间下限', '9.38'],
      ['95% 置信区间上限', '52'],
      ['z', '2.822'],
      ['双侧 p', '0.0048'],
      ['注：两组 NPS 直接相减', '31.45'],
    ]);
  });

  for (const [width, height] of [[390, 844], [1280, 800]] as const) {
    test(`screenshot of the comparison at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openCalculator(page);
      await page.getByRole('button', { name: '教学示例数据' }).click();
      await page.getByTestId('nps-comparison').scrollIntoViewIfNeeded();
      await page.getByTestId('nps-comparison').screenshot({ path: `artifacts/screens/nps-${width}-comparison.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
