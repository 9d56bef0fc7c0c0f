/**
 * The team workbook and the 城镇会议 gallery in a real browser (built site, sub-path): two
 * worksheets filled by keyboard survive a reload, a team file exported in one browser context
 * opens in a fresh one, a bad file gives a message, the gallery opens three team files and
 * presents them, axe on the front page, a worksheet and the gallery, screenshots at 390 and
 * 1280 px, the printed handout, and the worksheet page's JS against a text page.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { emptyWorkbook, EXAMPLES, exportWorkbook, SHEETS, type Workbook } from '../../src/lib/workbook';
import { A4, compact, expectInsidePages, expectSheet, printToPdf } from './pdf';
import { axeViolations, gzippedScriptBytes, horizontalOverflow, TOOL_SCRIPT_LIMIT_KB, watchPage } from './site';

async function open(page: Page, path: string, testId = 'wb-sheet'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId(testId)).toHaveAttribute('data-restored', 'true');
  await expect(page.getByTestId('wb-team-select')).not.toHaveValue('');
}

async function openGallery(page: Page): Promise<void> {
  await page.goto('workbook/gallery/');
  await expect(page.getByTestId('wb-gallery')).toHaveAttribute('data-ready', 'true');
}

function teamFile(id: string, team: string, owner: string): { name: string; mimeType: string; buffer: Buffer } {
  const book: Workbook = { ...emptyWorkbook(id, team, '2027-01-01T00:00:00.000Z'), members: '张敏、刘洋', sheets: { smart: EXAMPLES.smart.answers, plan: { ...EXAMPLES.plan.answers, actions: [{ action: `${team}的第一项行动`, owner, due: '2027-04-30', status: '未开始' }] } } };
  return { name: `${team}.json`, mimeType: 'application/json', buffer: Buffer.from(exportWorkbook(book)) };
}

test.describe('team workbook', () => {
  test('two worksheets filled by keyboard survive a reload; the SMART checker answers as you type', async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await open(page, 'workbook/smart/');
    await page.getByTestId('wb-smart-metric').focus();
    await page.keyboard.type('行李提取投诉数');
    await expect(page.getByTestId('wb-smart-check')).toContainText('缺少基线');
    await page.keyboard.press('Tab');
    await page.keyboard.type('每万名旅客 4 起');
    await page.keyboard.press('Tab');
    await page.keyboard.type('每万名旅客 2 起');
    await page.keyboard.press('Tab');
    await page.keyboard.type('尽快');
    await expect(page.getByTestId('wb-smart-check')).toContainText('期限不明确');
    await expect(page.getByTestId('wb-smart-check')).not.toContainText('缺少基线');
    await open(page, 'workbook/plan/');
    await page.getByTestId('wb-plan-actions-0-action').focus();
    await page.keyboard.type('北门试行分时段预约');
    await page.keyboard.press('Tab');
    await page.keyboard.type('张敏');
    await page.reload();
    await expect(page.getByTestId('wb-sheet')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('wb-plan-actions-0-owner')).toHaveValue('张敏');
    await open(page, 'workbook/smart/');
    await expect(page.getByTestId('wb-smart-deadline')).toHaveValue('尽快');
    await open(page, 'workbook/', 'wb-home');
    await expect(page.getByTestId('wb-progress')).toContainText('完成 0 / 10');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('export → import in a fresh browser context; a bad file gives a message', async ({ page, browser }) => {
    await open(page, 'workbook/', 'wb-home');
    await page.getByTestId('wb-info-team').fill('导出测试组');
    await open(page, 'workbook/smart/');
    await page.getByTestId('wb-load-example').click();
    await expect(page.getByTestId('wb-smart-check')).toContainText('六项都写清楚了');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('wb-export').click()]);
    expect(download.suggestedFilename()).toBe('团队工作册-导出测试组.json');
    const text = readFileSync((await download.path())!, 'utf8');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('wb-png').click()]);
    expect(png.suggestedFilename()).toBe('导出测试组-8-SMART目标.png');
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    await png.saveAs('artifacts/screens/workbook-smart-share.png');

    const fresh = await browser.newContext({ baseURL: page.url() });
    const other = await fresh.newPage();
    await open(other, new URL('../../workbook/', page.url()).href, 'wb-home');
    await other.getByTestId('wb-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"a workbook"}') });
    await expect(other.getByTestId('wb-import-result')).toContainText('“bad.json”不是团队工作册文件');
    await other.getByTestId('wb-import').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(other.getByTestId('wb-import-result')).toContainText('已导入 1 个团队');
    await expect(other.getByTestId('wb-team-select').locator('option:checked')).toHaveText('导出测试组');
    await expect(other.getByTestId('wb-progress')).toContainText('完成 1 / 10');
    await fresh.close();
  });

  test('the gallery opens three team files, compares them and presents them', async ({ page }) => {
    await openGallery(page);
    await page.getByTestId('wb-gallery-input').setInputFiles([teamFile('a', '第一组', '张敏'), teamFile('b', '第二组', '刘洋'), teamFile('c', '第三组', '王芳')]);
    await expect(page.getByTestId('wb-gallery-count')).toContainText('已打开 3 个团队');
    await expect(page.getByTestId('wb-gallery-columns').locator('article')).toHaveCount(3);
    await expect(page.getByTestId('wb-gallery-smart')).toContainText('六项齐全');
    await expect(page.getByTestId('wb-gallery-actions')).toContainText('王芳');
    await page.getByTestId('wb-gallery-sheet').selectOption('plan');
    await page.getByTestId('wb-gallery-present').click();
    await expect(page.getByTestId('wb-present-team')).toHaveText('第一组');
    await expect(page.getByTestId('wb-present-clock')).toHaveText('5:00');
    await page.getByTestId('wb-present-minutes').fill('2');
    await expect(page.getByTestId('wb-present-clock')).toHaveText('2:00');
    await page.getByTestId('wb-present-timer').click();
    await expect(page.getByTestId('wb-present-clock')).not.toHaveText('2:00', { timeout: 3000 });
    await page.getByTestId('wb-present-next').click();
    await expect(page.getByTestId('wb-present-team')).toHaveText('第二组');
    await expect(page.getByTestId('wb-present-clock')).toHaveText('2:00');
    const size = await page.getByTestId('wb-present-team').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(36);
  });

  test('the gallery says it is ready only once hydrated: its server HTML is not ready and its file input disabled', async ({ page }) => {
    // The test above waits for data-ready before choosing files; a server page that already said
    // "true" let files go to an input without a handler while the page hydrated (seen under load).
    const html = await (await page.request.get('workbook/gallery/')).text();
    expect(html).toMatch(/data-testid="wb-gallery"[^>]*data-ready="false"|data-ready="false"[^>]*data-testid="wb-gallery"/);
    expect(html).toMatch(/<input[^>]*disabled[^>]*data-testid="wb-gallery-input"|<input[^>]*data-testid="wb-gallery-input"[^>]*disabled/);
    await openGallery(page);
    await expect(page.getByTestId('wb-gallery-input')).toBeEnabled();
  });

  test('the gallery refuses a bad file with a message', async ({ page }) => {
    await openGallery(page);
    await page.getByTestId('wb-gallery-input').setInputFiles([{ name: '照片.json', mimeType: 'application/json', buffer: Buffer.from('not json') }, teamFile('a', '第一组', '张敏')]);
    await expect(page.getByTestId('wb-gallery-messages')).toContainText('“照片.json”不是团队工作册文件');
    await expect(page.getByTestId('wb-gallery-count')).toContainText('已打开 1 个团队');
  });

  test('axe: no violations on the front page, a worksheet and the gallery with files', async ({ page }) => {
    // Three pages, each hydrated and scanned: allow for a machine busy with other work.
    test.setTimeout(150_000);
    await open(page, 'workbook/', 'wb-home');
    expect(await axeViolations(page)).toEqual([]);
    await open(page, 'workbook/seed/');
    await page.getByTestId('wb-load-example').click();
    await expect(page.getByTestId('wb-scores')).toContainText('86');
    expect(await axeViolations(page)).toEqual([]);
    await openGallery(page);
    await page.getByTestId('wb-gallery-input').setInputFiles([teamFile('a', '第一组', '张敏'), teamFile('b', '第二组', '刘洋')]);
    await expect(page.getByTestId('wb-gallery-count')).toContainText('已打开 2 个团队');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a worksheet prints as a document (PDF)', async ({ page }) => {
    await open(page, 'workbook/plan/');
    await page.getByTestId('wb-load-example').click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.wb-print')).toBeVisible();
    await expect(page.locator('.wb-screen')).toBeHidden();
    const pages = await printToPdf(page, 'workbook-plan');
    console.log(`worksheet 9 PDF: ${pages.length} pages`);
    // One worksheet with the example's few actions: one A4 sheet, the team and the title on it.
    expect(pages).toHaveLength(1);
    expectSheet(pages, A4);
    expect(pages[0]!.text).toContain(compact('行动计划'));
    expect(pages[0]!.text).toContain(compact('团队：第一组'));
    expectInsidePages(pages);
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('worksheet 1 sends its needs to the KANO questionnaire builder', async ({ page }) => {
    await open(page, 'workbook/kano/');
    await page.getByTestId('wb-load-example').click();
    await page.getByTestId('wb-kano-link').click();
    await expect(page).toHaveURL(/tools\/kano\//);
    await expect(page.getByText(/已载入分享链接中的问卷.*4 项功能/)).toBeVisible();
  });

  test('worksheet 2 takes the five SERVQUAL dimensions, weakest first, from a result computed on this device', async ({ page }) => {
    await page.goto('tools/servqual/');
    await expect(page.getByTestId('servqual-calculator')).toHaveAttribute('data-restored', 'true');
    await page.getByRole('button', { name: '教学示例数据' }).click();
    const table = page.getByTestId('servqual-dimension-table');
    await expect(table.locator('tbody tr')).toHaveCount(5);
    // The tool's own table: dimension name and gap (P − E) of each row, weakest first.
    const shown = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({ name: row.querySelector('th')!.textContent!.trim(), gap: row.querySelectorAll('td')[2]!.textContent!.trim() })),
    );
    const weakestFirst = [...shown].sort((a, b) => Number(a.gap.replace('\u2212', '-')) - Number(b.gap.replace('\u2212', '-')));
    await expect.poll(() => page.evaluate(() => localStorage.getItem('jzfw:tool:servqual') ?? '')).toContain('"results":{');

    await open(page, 'workbook/servqual/');
    await page.getByTestId('wb-servqual-dimensions-0-proactive').fill('先写的标准');
    await page.getByTestId('wb-servqual-dimensions-0-dimension').fill(weakestFirst[1]!.name.slice(0, 3));
    await page.getByTestId('wb-handoff-servqual').click();
    await expect(page.getByTestId('wb-handoff-status')).toContainText('差距最大的');
    for (const [index, row] of weakestFirst.entries()) {
      const cell = page.getByTestId(`wb-servqual-dimensions-${index}-dimension`);
      await expect(cell).toHaveValue(new RegExp(`${row.name.slice(0, 3)}.*${row.gap}`));
    }
    // A standard the team wrote for a dimension moves with its dimension.
    await expect(page.getByTestId('wb-servqual-dimensions-1-proactive')).toHaveValue('先写的标准');
    await page.getByTestId('wb-form-servqual').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'artifacts/screens/workbook-1280-servqual-handoff.png', fullPage: true });
    await page.reload();
    await expect(page.getByTestId('wb-sheet')).toHaveAttribute('data-restored', 'true');
    await expect(page.getByTestId('wb-servqual-dimensions-0-dimension')).toHaveValue(new RegExp(weakestFirst[0]!.gap));
  });

  test('worksheet 6 starts from an NPS or a SERVQUAL result on this device; without one it says where to compute it', async ({ page }) => {
    await open(page, 'workbook/gaps/');
    await page.getByTestId('wb-handoff-nps').click();
    await expect(page.getByTestId('wb-handoff-status')).toContainText('还没有 NPS 结果');
    await expect(page.getByTestId('wb-handoff-status').getByRole('link', { name: '打开NPS 计算器' })).toBeVisible();
    await expect(page.getByTestId('wb-gaps-data')).toHaveValue('');

    await page.goto('tools/nps/');
    await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
    await page.getByRole('button', { name: '教学示例数据' }).click();
    const score = (await page.getByTestId('nps-score').textContent())!.trim();
    expect(score).toMatch(/^-?\d/);
    await page.goto('tools/servqual/');
    await expect(page.getByTestId('servqual-calculator')).toHaveAttribute('data-restored', 'true');
    await page.getByRole('button', { name: '教学示例数据' }).click();
    const overall = (await page.getByTestId('servqual-unweighted').textContent())!.trim();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('jzfw:tool:servqual') ?? '')).toContain('"results":{');

    await open(page, 'workbook/gaps/');
    await page.getByTestId('wb-handoff-nps').click();
    await expect(page.getByTestId('wb-gaps-data')).toHaveValue(new RegExp(`^NPS ${score}（`));
    await page.getByTestId('wb-handoff-servqual').click();
    await expect(page.getByTestId('wb-gaps-data')).toHaveValue(new RegExp(`\nSERVQUAL（.*总体差距 ${overall}`));
    // Taking the same result twice does not repeat it.
    await page.getByTestId('wb-handoff-nps').click();
    await expect(page.getByTestId('wb-handoff-status')).toContainText('已带入');
    expect((await page.getByTestId('wb-gaps-data').inputValue()).split('\n')).toHaveLength(2);
  });

  test('the whole workbook prints as a document, one worksheet per sheet of paper', async ({ page }) => {
    await open(page, 'workbook/smart/');
    await page.getByTestId('wb-load-example').click();
    await open(page, 'workbook/', 'wb-home');
    await expect(page.getByTestId('wb-progress')).toContainText('完成 1 / 10');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.wb-print')).toContainText('每万名旅客 2 起以下');
    const pages = await printToPdf(page, 'workbook-whole');
    console.log(`whole workbook PDF: ${pages.length} pages`);
    // Ten worksheets, each starting a new sheet of paper; none here is long enough to need two.
    expect(pages).toHaveLength(10);
    expectSheet(pages, A4);
    expect(pages[7]!.text).toContain(compact('每万名旅客 2 起以下'));
    expectInsidePages(pages);
  });

  test('a full storage gives a message and an offer to export', async ({ page }) => {
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.includes('workbook') && value.includes('写不下')) throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await open(page, 'workbook/smart/');
    await page.getByTestId('wb-smart-metric').fill('写不下');
    await expect(page.getByTestId('wb-message')).toContainText('存储空间已满');
    // A workbook has no share link: the message must not send the team to one.
    await expect(page.getByTestId('wb-message')).not.toContainText('分享链接');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出本组文件', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^团队工作册-.*\.json$/);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).s.sheets.smart.metric).toBe('写不下');
  });

  for (const [width, height] of [[390, 844], [1280, 800]] as const) {
    test(`fits ${width} px; screenshots`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await open(page, 'workbook/', 'wb-home');
      await page.screenshot({ path: `artifacts/screens/workbook-${width}-home.png`, fullPage: true });
      await open(page, 'workbook/peak/');
      await page.getByTestId('wb-load-example').click();
      const overflow = await horizontalOverflow(page);
      expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
      await page.getByTestId('wb-form-peak').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `artifacts/screens/workbook-${width}-peak.png` });
      await page.getByTestId('wb-peak-matrix').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `artifacts/screens/workbook-${width}-matrix.png` });
      await openGallery(page);
      await page.getByTestId('wb-gallery-input').setInputFiles([teamFile('a', '第一组', '张敏'), teamFile('b', '第二组', '刘洋'), teamFile('c', '第三组', '王芳')]);
      await page.getByTestId('wb-gallery-columns').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `artifacts/screens/workbook-${width}-gallery.png` });
      await page.getByTestId('wb-gallery-present').click();
      await page.screenshot({ path: `artifacts/screens/workbook-${width}-present.png` });
    });
  }

  for (const [width, height] of [[390, 844], [1280, 800]] as const) {
    test(`every worksheet table fits ${width} px: no sideways page scroll; a table scrolls only inside its labelled, focusable region`, async ({ page }) => {
      // Ten worksheets, each loaded with its example: a long test on a busy machine.
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height });
      const withTables = SHEETS.filter((sheet) => sheet.fields.some((field) => field.kind === 'table'));
      for (const sheet of withTables) {
        await open(page, `workbook/${sheet.id}/`);
        await page.getByTestId('wb-load-example').click();
        const overflow = await horizontalOverflow(page);
        expect(overflow, `${sheet.id}: horizontal page overflow`).toBeLessThanOrEqual(0);
        const regions = await page.locator('.wb-screen .calc-scroll').evaluateAll((boxes) =>
          boxes.map((box) => ({ form: box.querySelector('.wb-table') !== null, wide: box.scrollWidth > box.clientWidth + 1, role: box.getAttribute('role'), label: box.getAttribute('aria-label') ?? '', focusable: box.tabIndex === 0 })),
        );
        for (const region of regions) {
          expect(region, `${sheet.id}: table region`).toMatchObject({ role: 'region', focusable: true });
          expect(region.label, `${sheet.id}: table region label`).not.toBe('');
          // On a phone the form's rows stack: nothing to scroll sideways (a result table, such as the scorecard's, may scroll in its region).
          if (width === 390 && region.form) expect(region.wide, `${sheet.id}: ${region.label} scrolls sideways at 390 px`).toBe(false);
        }
      }
      await open(page, 'workbook/mot/');
      await page.getByTestId('wb-load-example').click();
      await page.getByTestId('wb-form-mot').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `artifacts/screens/workbook-${width}-mot-table.png` });
    });
  }

  test.describe('JS budget', () => {
    test.use({ serviceWorkers: 'block' });
    test(`a worksheet ships at most ${TOOL_SCRIPT_LIMIT_KB} KB gz more JS than a text page`, async ({ page }) => {
      const text = await gzippedScriptBytes(page, 'overview/');
      const sheet = await gzippedScriptBytes(page, 'workbook/smart/', 'wb-sheet');
      const gallery = await gzippedScriptBytes(page, 'workbook/gallery/');
      console.log(`JS gz: text page ${(text / 1024).toFixed(1)} KB, worksheet ${(sheet / 1024).toFixed(1)} KB, gallery ${(gallery / 1024).toFixed(1)} KB`);
      expect(sheet - text).toBeLessThanOrEqual(TOOL_SCRIPT_LIMIT_KB * 1024);
      expect(gallery - text).toBeLessThanOrEqual(TOOL_SCRIPT_LIMIT_KB * 1024);
    });
  });
});
