/**
 * The KANO and SERVQUAL part of the import corpus on the built site (issue 12): for each generated
 * file the page shows the mapping it chose with its reasons, or asks and keeps the previous result
 * until the person confirms; a file that is not SERVQUAL never changes the questionnaire. Also the
 * NPS page finds a group column whose values only change after row 20 (grouping is judged over all
 * rows). Files: tests/unit/import/fixtures/corpusKanoServqual.ts (generated, never downloaded);
 * the expected figures are worked by hand there and in tests/unit/import/kanoServqualCorpus.test.ts.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { CorpusFile } from '../unit/import/fixtures/corpus';
import { idealMinimum, koreanKano, koreanServqual, wjxKano } from '../unit/import/fixtures/corpusKanoServqual';

async function choose(input: Locator, file: CorpusFile): Promise<void> {
  await input.setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.bytes) });
}

async function axeOn(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

async function shoot(locator: Locator, name: string): Promise<void> {
  mkdirSync('artifacts/screens', { recursive: true });
  await locator.screenshot({ path: `artifacts/screens/${name}.png` });
}

// ——— KANO ———

async function openKano(page: Page): Promise<void> {
  await page.goto('tools/kano/');
  await expect(page.getByTestId('kano-calculator')).toHaveAttribute('data-restored', 'true');
}

const kanoInput = (page: Page) => page.locator('.kano-import input[type="file"]');

/** The example's results first (300 respondents), then the Korean file: the page asks. */
async function kanoAsking(page: Page): Promise<Locator> {
  await openKano(page);
  await page.getByRole('button', { name: '教学示例数据' }).click();
  await expect(page.getByTestId('kano-results').getByText(/300 位受访者/)).toBeVisible();
  await choose(kanoInput(page), koreanKano());
  const question = page.getByTestId('kano-column-choice');
  await expect(question).toHaveAttribute('data-status', 'ask', { timeout: 30_000 });
  return question;
}

test.describe('import corpus on the KANO page', () => {
  test('Korean CP949, codes and no direction in the headers: asks, keeps the previous result, computes once confirmed', async ({ page }) => {
    // The example, a file read and an analysis on a shared 2-CPU machine: more than the default minute.
    test.setTimeout(120_000);
    const question = await kanoAsking(page);
    await expect(question).toContainText('表头没有写明');
    await expect(question).toContainText('请确认顺序');
    await expect(question).toContainText('와이파이 기능적');
    // Nothing computed: the example's results stay.
    await expect(page.getByTestId('kano-results').getByText(/300 位受访者/)).toBeVisible();
    await question.getByRole('button', { name: '按此对应计算' }).click();
    const results = page.getByTestId('kano-results');
    await expect(results.getByText('数据来源：korean-kano-cp949.csv · 8 位受访者 · 2 项功能')).toBeVisible();
    // Hand-worked: 와이파이 O 5, A 3 → 期望型; 조식 M 6, I 2 → 基本型.
    const table = results.getByRole('table', { name: '各功能的 KANO 归类（全部受访者）' });
    await expect(table.getByRole('row', { name: /功能 1/ })).toContainText('期望型（O）');
    await expect(table.getByRole('row', { name: /功能 2/ })).toContainText('基本型（M）');
    await expect(page.getByTestId('kano-column-choice')).toHaveAttribute('data-status', 'chosen');
  });

  test('axe on the KANO question, and screenshots at 1280 and 390 px', async ({ page }) => {
    test.setTimeout(120_000);
    const question = await kanoAsking(page);
    expect(await axeOn(page, '.kano-import')).toEqual([]);
    await shoot(question, 'kano-1280-column-question');
    await page.setViewportSize({ width: 390, height: 844 });
    // The layout follows the new width a frame or two later (resize observers): poll, do not read once.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(question, 'kano-390-column-question');
  });

  test('问卷星 .xlsx with meta columns and KANO pairs: chosen at once with reasons, group from 出行类型', async ({ page }) => {
    test.setTimeout(120_000);
    await openKano(page);
    await choose(kanoInput(page), wjxKano());
    const choice = page.getByTestId('kano-column-choice');
    // SheetJS is fetched on the first workbook: allow for a slow first read.
    await expect(choice).toHaveAttribute('data-status', 'chosen', { timeout: 30_000 });
    await expect(page.getByTestId('kano-group-note')).toContainText('1、您的出行类型');
    const results = page.getByTestId('kano-results');
    await expect(results.getByText('数据来源：wjx-kano.xlsx · 12 位受访者 · 2 项功能')).toBeVisible();
    // Hand-worked: 接机 O 6, A 4, I 2 → 期望型; 延迟退房 M 7, I 5 → 基本型.
    const table = results.getByRole('table', { name: '各功能的 KANO 归类（全部受访者）' });
    await expect(table.getByRole('row', { name: /免费接机服务/ })).toContainText('期望型（O）');
    await expect(table.getByRole('row', { name: /延迟退房/ })).toContainText('基本型（M）');
    await choice.getByText('为什么这样对应').click();
    await expect(choice).toContainText('两列表头都写着“免费接机服务”，一正一反');
  });

  for (const [name, file] of [['Korean SERVQUAL', koreanServqual], ['理想/最低 survey', idealMinimum]] as const) {
    test(`${name}: no KANO pair, nothing computed, the hint to map by hand`, async ({ page }) => {
      await openKano(page);
      await choose(kanoInput(page), file());
      await expect(page.locator('.kano-import .kano-status')).toContainText('没有从表头认出', { timeout: 30_000 });
      await expect(page.getByTestId('kano-column-choice')).toHaveCount(0);
      await expect(page.getByTestId('kano-results')).toHaveCount(0);
    });
  }
});

// ——— SERVQUAL ———

async function openServqual(page: Page): Promise<void> {
  await page.goto('tools/servqual/');
  await expect(page.getByTestId('servqual-calculator')).toHaveAttribute('data-restored', 'true');
}

const servqualInput = (page: Page) => page.locator('.servqual-import input[type="file"]');

async function servqualAsking(page: Page): Promise<Locator> {
  await openServqual(page);
  await page.getByTestId('servqual-example').click();
  await expect(page.getByTestId('servqual-results').getByTestId('servqual-source')).toContainText('160 位受访者', { timeout: 30_000 });
  await choose(servqualInput(page), koreanServqual());
  const question = page.getByTestId('servqual-column-choice');
  await expect(question).toHaveAttribute('data-status', 'ask', { timeout: 30_000 });
  return question;
}

test.describe('import corpus on the SERVQUAL page', () => {
  test('Korean CP949, no header word it knows: asks (column order), keeps the previous result, gap −1.50 once confirmed', async ({ page }) => {
    test.setTimeout(120_000);
    const question = await servqualAsking(page);
    await expect(question).toContainText('按列的顺序');
    await expect(question).toContainText('문항1 기대');
    await expect(page.getByTestId('servqual-results').getByTestId('servqual-source')).toContainText('160 位受访者');
    await expect(page.getByTestId('servqual-format-two-column')).toBeChecked();
    await question.getByRole('button', { name: '按此对应计算' }).click();
    const results = page.getByTestId('servqual-results');
    await expect(results.getByTestId('servqual-source')).toContainText('8 位受访者，22 个题目，1–7 分');
    // Hand-worked: P mean 5 − E mean 6.5 = −1.5 on every item.
    await expect(results.getByTestId('servqual-unweighted')).toHaveText('−1.50');
  });

  test('axe on the SERVQUAL question, and screenshots at 1280 and 390 px', async ({ page }) => {
    test.setTimeout(120_000);
    const question = await servqualAsking(page);
    expect(await axeOn(page, '.servqual-import')).toEqual([]);
    await shoot(question, 'servqual-1280-column-question');
    await page.setViewportSize({ width: 390, height: 844 });
    // The layout follows the new width a frame or two later (resize observers): poll, do not read once.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(question, 'servqual-390-column-question');
  });

  for (const [name, file] of [['理想/最低 survey', idealMinimum], ['问卷星 KANO .xlsx', wjxKano], ['Korean KANO', koreanKano]] as const) {
    test(`${name}: no mapping, no suggestion, the format stays (also after a reload), the previous result stays`, async ({ page }) => {
      test.setTimeout(120_000);
      await openServqual(page);
      await page.getByTestId('servqual-example').click();
      await expect(page.getByTestId('servqual-results').getByTestId('servqual-source')).toContainText('160 位受访者', { timeout: 30_000 });
      await choose(servqualInput(page), file());
      await expect(page.getByTestId('servqual-mapping')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId('servqual-suggestion')).toHaveCount(0);
      await expect(page.getByTestId('servqual-column-choice')).toHaveCount(0);
      await expect(page.getByTestId('servqual-format-two-column')).toBeChecked();
      await expect(page.getByTestId('servqual-results').getByTestId('servqual-source')).toContainText('160 位受访者');
      await page.reload();
      await expect(page.getByTestId('servqual-calculator')).toHaveAttribute('data-restored', 'true');
      await expect(page.getByTestId('servqual-format-two-column')).toBeChecked();
    });
  }
});

// ——— NPS: a file sorted by group ———

test('NPS: a file sorted by group (the store changes only after row 20) still gets the group column', async ({ page }) => {
  const scores = [10, 9, 8, 7, 6, 10, 3, 9, 5, 10];
  const rows = Array.from({ length: 40 }, (_, index) => `${index < 20 ? '城东店' : '城西店'},${scores[index % 10]}`);
  await page.goto('tools/nps/');
  await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
  await page.getByTestId('nps-mode-table').check();
  await page.getByLabel(/选择文件或拖到这里/).setInputFiles({ name: 'sorted.csv', mimeType: 'text/csv', buffer: Buffer.from(`门店,推荐可能性（0-10）\r\n${rows.join('\r\n')}\r\n`, 'utf8') });
  await expect(page.getByTestId('nps-score-choice')).toHaveAttribute('data-status', 'chosen', { timeout: 30_000 });
  await expect(page.getByLabel('分组列（可选）')).toHaveValue('0');
  // Hand-worked over the 40 scores (the 10 above four times): promoters 5, detractors 3 per 10 → NPS 20.0.
  await expect(page.getByTestId('nps-score')).toHaveText('20.0');
});
