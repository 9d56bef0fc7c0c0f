/**
 * The import corpus on the NPS page (built site, sub-path): for each generated export, the page
 * chooses the expected column and shows the hand-worked NPS with its warning, or asks and keeps
 * the previous result. The files come from tests/unit/import/fixtures/corpus.ts (generated, never
 * downloaded); the expected NPS figures are worked there and in tests/unit/import/corpus.test.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { big5, cp949, likertOnly, shiftJis, windows1252, wjx2016Options, wjx2016Text, wjx2023, type CorpusFile } from '../unit/import/fixtures/corpus';

async function openImport(page: Page): Promise<void> {
  await page.goto('tools/nps/');
  await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
  await page.getByTestId('nps-mode-table').check();
  await expect(page.getByLabel(/选择文件或拖到这里/)).toBeVisible();
}

async function choose(page: Page, file: CorpusFile): Promise<void> {
  await page.getByLabel(/选择文件或拖到这里/).setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.bytes) });
}

/** [file, score column header part, NPS shown, a warning, the encoding shown (delimited files)] */
const CHOSEN: [string, () => CorpusFile, string, string, string, string | null][] = [
  ['问卷星 2016 .xls 选项文本', wjx2016Text, '推荐本酒店', '9.1', '只有 11 份回答', null],
  ['问卷星 2016 .xls 选项序号', wjx2016Options, '推荐本酒店', '9.1', '按选项序号 1–11 读取', null],
  ['问卷星 2023 .xlsx', wjx2023, '推荐我们的可能性', '8.3', '只有 12 份回答', null],
  ['韩文 CP949 CSV', cp949, '추천 가능성', '20.0', '只有 10 份回答', 'EUC-KR/CP949'],
  ['繁体 Big5 CSV', big5, '推薦意願', '25.0', '只有 8 份回答', 'Big5'],
  ['日文 Shift_JIS CSV', shiftJis, 'おすすめ度', '20.0', '只有 10 份回答', 'Shift_JIS'],
  ['西欧 windows-1252 CSV', windows1252, 'Weiterempfehlung', '20.0', '只有 10 份回答', 'Windows-1252'],
];

test.describe('import corpus on the NPS page', () => {
  for (const [name, file, header, score, warning, encoding] of CHOSEN) {
    test(`${name}: the 0–10 column is chosen, NPS ${score}, with its warning`, async ({ page }) => {
      await openImport(page);
      await choose(page, file());
      // SheetJS is fetched on the first workbook and the machine is shared: allow for a slow first read.
      await expect(page.getByTestId('nps-table-source')).toContainText(header, { timeout: 30_000 });
      await expect(page.getByTestId('nps-score')).toHaveText(score);
      await expect(page.getByTestId('nps-warnings')).toContainText(warning);
      await expect(page.getByTestId('nps-score-choice')).toHaveAttribute('data-status', 'chosen');
      if (encoding) await expect(page.locator('.survey-import').getByRole('status')).toContainText(encoding);
    });
  }

  test('option numbers: the switch is on with a notice, and turning it off changes the reading', async ({ page }) => {
    await openImport(page);
    await choose(page, wjx2016Options());
    const toggle = page.getByLabel('数值是选项序号 1–11（每个值减 1 得到 0–10 分）');
    await expect(toggle).toBeChecked();
    await expect(page.getByTestId('nps-option-switch')).toContainText('已自动换算');
    await toggle.uncheck();
    // Read as plain numbers the two 11s are rejected and 9/10 shift up: the page says the column may be option numbers.
    await expect(page.getByTestId('nps-warnings')).toContainText('有 2 个 11');
  });

  test('a Likert-only file: the page asks, keeps the example result, and the question passes axe', async ({ page }) => {
    // Two file reads, the example and an axe run on a shared 2-CPU machine: more than the default minute.
    test.setTimeout(150_000);
    await openImport(page);
    await page.getByTestId('nps-example').click();
    await expect(page.getByTestId('nps-score')).toHaveText('18.3');
    await page.getByTestId('nps-mode-table').check();
    await choose(page, likertOnly());
    const question = page.getByTestId('nps-score-choice');
    await expect(question).toHaveAttribute('data-status', 'ask');
    await expect(question).toContainText('最大值只有 5');
    // Nothing computed: the example's NPS stays until a column is chosen.
    await expect(page.getByTestId('nps-score')).toHaveText('18.3');
    // axe on the import panel that holds the new question (the whole page with charts is covered by nps.spec.ts).
    const axe = await new AxeBuilder({ page }).include('.survey-import').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await question.getByRole('button', { name: '用这一列' }).first().click();
    await expect(page.getByTestId('nps-score')).toHaveText('−100.0');
    await expect(page.getByTestId('nps-warnings')).toContainText('所有分数都不超过 5');
    await expect(page.getByTestId('nps-reading')).not.toContainText('精度较高');
  });
});
