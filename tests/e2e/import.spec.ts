/**
 * The shared survey import, tested through the NPS calculator page (built site, sub-path,
 * production CSP): GBK CSV and 问卷星-style XLSX → preview → result; rejected values listed
 * with row and reason; a bad file gives a message and keeps the previous result; cancel keeps
 * the page usable; axe; screenshots at phone and projector width.
 * Fixtures are generated here (GBK from a code table, XLSX written by SheetJS), never downloaded.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, screenshot, watchPage } from './site';
import { PNG_BYTES, WJX_HEADERS, csv, encodeGbk, utf8, workbookBytes } from '../unit/import/fixtures';

const NPS_PATH = 'tools/nps/';

async function openImport(page: Page): Promise<void> {
  await page.goto(NPS_PATH);
  await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
  await page.getByTestId('nps-mode-table').check();
  await expect(page.getByLabel(/选择文件或拖到这里/)).toBeVisible();
}

async function chooseFile(page: Page, name: string, bytes: Uint8Array, mimeType = 'text/csv'): Promise<void> {
  await page.getByLabel(/选择文件或拖到这里/).setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

/** Scores 10 9 9 8 7 6 3 10 9 0: 5 promoters, 2 passives, 3 detractors → NPS = 100 × (5 − 3)/10 = 20 (hand-worked). */
const GBK_ROWS = [['得分', '分组'], ...['10', '9', '9', '8', '7', '6', '3', '10', '9', '0'].map((score, index) => [score, index % 2 === 0 ? '华东' : '华南'])];

test.describe('survey import on the NPS page', () => {
  test('a GBK CSV is detected, previewed and computed', async ({ page, baseURL }, testInfo) => {
    // An axe pass and two full-page screenshots of the computed page: 42.6 s with both CPUs busy (loaded run 11).
    test.setTimeout(90_000);
    const watch = watchPage(page, new URL(baseURL!).origin);
    await openImport(page);
    await chooseFile(page, '门店调查.csv', encodeGbk(csv(GBK_ROWS)));
    const panel = page.locator('.survey-import');
    await expect(panel.getByRole('status')).toContainText('10 行数据，2 列');
    await expect(panel.getByRole('status')).toContainText('编码 GBK/GB18030');
    await expect(panel.getByRole('region', { name: /前 10 行预览/ })).toContainText('华东');
    await expect(page.getByLabel('推荐意愿得分列（0–10）')).toHaveValue('0');
    await expect(page.getByLabel('分组列（可选）')).toHaveValue('1');
    await expect(page.getByTestId('nps-score')).toHaveText(/^20(\.0)?$/);
    await expect(page.getByTestId('nps-n')).toHaveText('n = 10');
    await expect(page.getByTestId('nps-segments')).toContainText('华南');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, testInfo, 'import-gbk-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, testInfo, 'import-gbk-390');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('a 问卷星-style XLSX: meta columns skipped, the 推荐 question picked, (空) counted as missing', async ({ page }) => {
    await openImport(page);
    const answers = ['9分', '10', '(空)', '6', '8', '10'];
    const rows = answers.map((answer, index) => [String(index + 1), '2024/5/1 10:00:00', '95秒', '微信', 'N/A', '10.0.0.1', index % 2 ? '华南' : '华东', answer, '5', '4']);
    await chooseFile(page, '问卷星导出.xlsx', workbookBytes({ 问卷数据: [WJX_HEADERS, ...rows] }), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const panel = page.locator('.survey-import');
    await expect(panel.getByRole('status')).toContainText('已识别为问卷星导出');
    await expect(panel.getByRole('status')).toContainText('工作表「问卷数据」');
    await expect(page.getByLabel('推荐意愿得分列（0–10）')).toHaveValue('7');
    // Valid 9 10 6 8 10: 3 promoters, 1 detractor, n = 5 → NPS 40 (hand-worked).
    await expect(page.getByTestId('nps-score')).toHaveText(/^40(\.0)?$/);
    await expect(panel.locator('.survey-import__issues summary')).toContainText('缺失（跳过或未作答）1 个');
  });

  test('rejected values are listed with row and reason; valid rows still count', async ({ page }) => {
    await openImport(page);
    const cells = ['10', '11', 'abc', '9.5', '(跳过)', '9', '-2', '3'];
    await chooseFile(page, 'scores.csv', utf8(csv([['得分', '备注'], ...cells.map((cell) => [cell, '-'])])));
    await page.getByLabel('推荐意愿得分列（0–10）').selectOption('0');
    // Valid 10, 9, 3 → NPS = 100 × (2 − 1)/3 = 33.3 (hand-worked).
    await expect(page.getByTestId('nps-score')).toHaveText('33.3');
    const issues = page.locator('.survey-import__issues');
    await expect(issues.locator('summary')).toContainText('共 5 个值未计入：无效 3 个，缺失（跳过或未作答）2 个');
    await expect(issues).toContainText('第 3 行「得分」：“11”，超出 0–10');
    await expect(issues).toContainText('第 4 行「得分」：“abc”，非数字');
    await expect(issues).toContainText('第 5 行「得分」：“9.5”，小数');
    await expect(issues).toContainText('第 6 行「得分」：“(跳过)”，跳过');
  });

  test('a bad file gives a message and the previous result stays', async ({ page }) => {
    await openImport(page);
    await chooseFile(page, 'good.csv', encodeGbk(csv(GBK_ROWS)));
    await expect(page.getByTestId('nps-score')).toHaveText(/^20(\.0)?$/);
    const alert = page.locator('.survey-import__error');
    for (const [name, bytes, message] of [
      ['照片.csv', PNG_BYTES, '看起来是PNG 图片，不是表格'],
      ['empty.csv', new Uint8Array(0), '是空的（0 字节）'],
      ['header.csv', utf8('得分,分组\n'), '只有表头'],
    ] as const) {
      await chooseFile(page, name, bytes);
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('之前导入的数据和结果仍保留');
      await expect(page.getByTestId('nps-score')).toHaveText(/^20(\.0)?$/);
      await expect(page.locator('.survey-import').getByRole('region', { name: /前 10 行预览/ })).toBeVisible();
    }
  });

  test('a large file shows progress and can be cancelled; the page stays usable', async ({ page }) => {
    await openImport(page);
    await chooseFile(page, 'good.csv', encodeGbk(csv(GBK_ROWS)));
    await expect(page.getByTestId('nps-score')).toHaveText(/^20(\.0)?$/);
    // ~40 MB built in the page (faster than sending it over the wire), chosen through the real input.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.survey-import__file')!;
      const line = '9,华东\n8,华南\n3,华北\n10,华东\n';
      const file = new File(['得分,分组\n', line.repeat(1_200_000)], 'big.csv', { type: 'text/csv' });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const cancel = page.getByRole('button', { name: '取消' });
    await expect(cancel).toBeVisible();
    await expect(page.locator('.survey-import progress')).toBeVisible();
    await cancel.click();
    await expect(page.locator('.survey-import').getByRole('status')).toContainText('已取消导入');
    await expect(page.locator('.survey-import progress')).toHaveCount(0);
    await expect(page.getByTestId('nps-score')).toHaveText(/^20(\.0)?$/);
    // The previous table is still usable: changing the segment column recomputes it.
    await page.getByLabel('分组列（可选）').selectOption('');
    await expect(page.getByTestId('nps-segments')).toHaveCount(0);
    await expect(page.getByTestId('nps-score')).toHaveText(/^20(\.0)?$/);
  });

  test('a file dropped on the drop zone is read; SheetJS is not fetched for a CSV', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(request.url());
    });
    await openImport(page);
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return data;
    }, csv(GBK_ROWS));
    await page.dispatchEvent('.survey-import__drop', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.survey-import__drop', 'drop', { dataTransfer: transfer });
    await expect(page.getByTestId('nps-score')).toHaveText(/^20(\.0)?$/);
    expect(scripts.filter((url) => /xlsx/i.test(url))).toEqual([]);
  });

  test('a file with 1,000 columns is previewed partially and every column can be picked', async ({ page }) => {
    await openImport(page);
    const headers = ['门店', ...Array.from({ length: 998 }, (_, index) => `Q${index + 1}`), '推荐意愿'];
    const rows = Array.from({ length: 200 }, (_, row) => [row % 2 ? '华东' : '华南', ...Array.from({ length: 998 }, (_, column) => String(((row + column) % 5) + 1)), String(row % 11)]);
    await chooseFile(page, 'wide.csv', utf8(csv([headers, ...rows])));
    const panel = page.locator('.survey-import');
    await expect(panel.getByRole('status')).toContainText('200 行数据，1,000 列');
    await expect(panel.locator('caption')).toContainText('仅显示前 40 列，共 1000 列');
    await expect(page.getByLabel('推荐意愿得分列（0–10）')).toHaveValue('999');
    await expect(page.getByTestId('nps-n')).toHaveText('n = 200');
  });

  test('a table pasted from Excel (tab-separated) works by keyboard', async ({ page }) => {
    await openImport(page);
    await page.getByText('从 Excel / WPS 粘贴表格').click();
    const box = page.getByLabel(/在表格软件中选中含表头的区域/);
    await box.fill(GBK_ROWS.map((row) => row.join('\t')).join('\r\n'));
    await box.press('Tab');
    await expect(page.getByRole('button', { name: '读取粘贴的表格' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('nps-score')).toHaveText(/^20(\.0)?$/);
    await expect(page.locator('.survey-import').getByRole('status')).toContainText('粘贴的表格');
  });
});
