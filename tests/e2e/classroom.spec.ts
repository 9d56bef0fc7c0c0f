/**
 * Classroom features of issue 17 in the built site: projector mode (toggle, remembered, Esc,
 * applied by the head script before any bundle, kept off paper), the page QR code (opened by
 * keyboard, decoded back to the page's address or the tool's share link, loaded on demand), and
 * the 课堂小工具 page (countdown to zero, reload, groups, picker, bad lists). One state per test.
 */
import { expect, test, type Page } from '@playwright/test';
import decodeQR from 'qr/decode.js';
import { axeViolations, RUNTIME_SIGNATURE, watchPage } from './site';

const LECTURE = 'lectures/1-mindset/experience-era/';
const TOOL = 'tools/nps/';
const UTILITIES = 'tools/classroom/';

const projectorOn = (page: Page) => page.evaluate(() => 'projector' in document.documentElement.dataset);
/** The header's projector button (Starlight also renders one in the phone menu, hidden at this width). */
const projectorButton = (page: Page) => page.locator('header [data-projector-toggle]');
const qrButton = (page: Page) => page.locator('header [data-page-qr]');
/** axe on a whole lecture or on the utilities with results takes 30–45 s on a busy 2-CPU machine. */
const AXE_TIMEOUT = 120_000;

/**
 * Decodes the QR code drawn in the dialog: the SVG path's modules are painted into an RGBA
 * image (6 px a module, white quiet zone from the SVG's own border) and read by qr/decode.js.
 */
async function decodeDialogQr(page: Page): Promise<string> {
  const svg = page.locator('dialog.page-qr svg');
  const [viewBox, path] = await Promise.all([svg.getAttribute('viewBox'), svg.locator('path').getAttribute('d')]);
  const modules = Number(viewBox!.split(' ')[2]);
  const scale = 6;
  const width = modules * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of path!.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row += 1) {
      for (let column = Number(x) * scale; column < (Number(x) + Number(run)) * scale; column += 1) {
        const offset = (row * width + column) * 4;
        data[offset] = data[offset + 1] = data[offset + 2] = 0;
      }
    }
  }
  return decodeQR({ width, height: width, data });
}

test.describe('projector mode', () => {
  test('a text page: the header button turns it on, the sidebars go, the type grows; axe clean', async ({ page, baseURL }) => {
    test.setTimeout(AXE_TIMEOUT);
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto(LECTURE);
    const bodySize = () => page.locator('.sl-markdown-content p').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const normalSize = await bodySize();
    await expect(page.locator('.sidebar-pane')).toBeVisible();
    await expect(projectorButton(page)).toHaveAccessibleName('投影模式');
    await expect(projectorButton(page)).toHaveAttribute('aria-pressed', 'false');
    await projectorButton(page).click();
    await expect(projectorButton(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await projectorOn(page)).toBe(true);
    await expect(page.locator('.sidebar-pane')).toBeHidden();
    await expect(page.locator('.right-sidebar-container')).toBeHidden();
    expect(await bodySize()).toBeGreaterThan(normalSize * 1.2);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('remembered after a reload, drawn by the head script before any bundle runs', async ({ page }) => {
    await page.goto(LECTURE);
    await projectorButton(page).click();
    expect(await page.evaluate(() => localStorage.getItem('jzfw:projector'))).toBe('on');
    // Without the header's module script only the inline head script can switch the mode on.
    await page.route(/ClassroomControls[^/]*\.js$/, (route) => route.abort());
    await page.reload();
    expect(await projectorOn(page)).toBe(true);
    await expect(page.locator('.sidebar-pane')).toBeHidden();
  });

  test('Esc turns it off, on a tool page, and the choice is forgotten', async ({ page }) => {
    await page.goto(TOOL);
    await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
    await projectorButton(page).focus();
    await page.keyboard.press('Enter');
    expect(await projectorOn(page)).toBe(true);
    await expect(page.locator('.sidebar-pane')).toBeHidden();
    await page.getByTestId('nps-calculator').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    expect(await projectorOn(page)).toBe(false);
    await expect(projectorButton(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.sidebar-pane')).toBeVisible();
    await page.reload();
    expect(await projectorOn(page)).toBe(false);
  });

  test('a stored value other than "on" is ignored and cleared', async ({ page }) => {
    await page.goto(LECTURE);
    await page.evaluate(() => localStorage.setItem('jzfw:projector', 'true'));
    await page.reload();
    await expect(projectorButton(page)).toHaveAttribute('aria-pressed', 'false');
    expect(await projectorOn(page)).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('jzfw:projector'))).toBeNull();
  });

  test('paper is not affected: print hides the header buttons and keeps the normal type', async ({ page }) => {
    await page.goto(LECTURE);
    const printedSize = async () => {
      await page.emulateMedia({ media: 'print' });
      const size = await page.locator('.sl-markdown-content p').first().evaluate((element) => getComputedStyle(element).fontSize);
      await page.emulateMedia({ media: 'screen' });
      return size;
    };
    const normal = await printedSize();
    await projectorButton(page).click();
    expect(await printedSize()).toBe(normal);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-projector-toggle]').first()).toBeHidden();
    await expect(page.locator('[data-page-qr]').first()).toBeHidden();
  });
});

test.describe('page QR code', () => {
  test('opens by keyboard, encodes the page address, Esc closes and focus returns; axe clean', async ({ page, baseURL }) => {
    test.setTimeout(AXE_TIMEOUT);
    const watch = watchPage(page, new URL(baseURL!).origin);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(LECTURE, { waitUntil: 'networkidle' });
    // The dialog is not part of the page until asked for. (The `qr` encoder chunk itself may be
    // prefetched when idle by the print footer, which redraws its code for another address.)
    expect(scripts.filter((url) => /\/pageQrDialog[.-]/.test(url))).toEqual([]);
    await qrButton(page).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '扫码打开本页' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
    expect(await decodeDialogQr(page)).toBe(page.url());
    await expect(dialog).toContainText(page.url());
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(qrButton(page)).toBeFocused();
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('on a tool page it carries the share link, which opens the same data', async ({ page }) => {
    await page.goto(TOOL);
    await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true');
    await page.getByTestId('nps-raw-input').fill(['10', '10', '9', '8', '3'].join('\n'));
    // Hand-worked: 3 promoters, 1 detractor of 5 → 100 × (3 − 1)/5 = 40.
    await expect(page.getByTestId('nps-score')).toHaveText('40.0');
    await qrButton(page).click();
    await expect(page.getByRole('dialog', { name: '扫码打开本页' })).toContainText('分享链接');
    const link = await decodeDialogQr(page);
    expect(link.startsWith(`${page.url().split('#')[0]}#`)).toBe(true);
    await page.keyboard.press('Escape');
    // Another device: no stored data, only the link.
    await page.evaluate(() => localStorage.clear());
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.getByTestId('nps-score')).toHaveText('40.0');
  });
});

test.describe('课堂小工具', () => {
  test('the page as it opens: axe clean, no component runtime', async ({ page, baseURL }) => {
    test.setTimeout(AXE_TIMEOUT);
    const watch = watchPage(page, new URL(baseURL!).origin);
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
    });
    await page.goto(UTILITIES, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { name: '倒计时', exact: true })).toBeVisible();
    // Neither React's nor Preact's runtime (the signature is proven on a tool page in no-react.spec).
    expect((await Promise.all(bodies)).filter((source) => RUNTIME_SIGNATURE.test(source))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('the countdown runs to zero, says so and rings', async ({ page }) => {
    test.setTimeout(AXE_TIMEOUT);
    await page.goto(UTILITIES);
    const timer = page.locator('[data-class-timer]');
    await page.getByLabel('自定时长（分钟，或“分:秒”）').fill('0:02');
    await page.getByRole('button', { name: '设定' }).click();
    await expect(timer.locator('[data-timer-clock]')).toHaveText('00:02');
    await timer.getByRole('button', { name: '开始' }).click();
    // Two seconds of countdown plus a busy machine's slack.
    await expect(timer).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    await expect(timer.locator('[data-timer-clock]')).toHaveText('00:00');
    await expect(timer.getByRole('status')).toHaveText('时间到！');
    await expect(timer).toHaveAttribute('data-beeps', '1');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a reload keeps the set duration and a running countdown', async ({ page }) => {
    await page.goto(UTILITIES);
    const timer = page.locator('[data-class-timer]');
    await timer.getByRole('button', { name: '3 分钟' }).click();
    await expect(timer.locator('[data-timer-clock]')).toHaveText('03:00');
    await timer.getByRole('button', { name: '开始' }).click();
    await page.reload();
    await expect(timer).toHaveAttribute('data-state', 'running');
    // Still counting from where it was: under three minutes (a slow reload may take many seconds).
    await expect(timer.locator('[data-timer-clock]')).toHaveText(/^02:[0-5]\d$/);
    await timer.getByRole('button', { name: '暂停' }).click();
    await timer.getByRole('button', { name: '重置' }).click();
    await page.reload();
    await expect(timer.locator('[data-timer-clock]')).toHaveText('03:00');
    await expect(page.getByLabel('自定时长（分钟，或“分:秒”）')).toHaveValue('3');
  });

  test('a duration it cannot read gets a message and changes nothing', async ({ page }) => {
    await page.goto(UTILITIES);
    await page.getByLabel('自定时长（分钟，或“分:秒”）').fill('五分钟');
    await page.getByRole('button', { name: '设定' }).click();
    await expect(page.locator('[data-timer-error]')).toContainText('看不懂');
    await expect(page.locator('[data-timer-clock]')).toHaveText('10:00');
  });

  test('the splitter deals the example list into even groups; axe clean', async ({ page }) => {
    test.setTimeout(AXE_TIMEOUT);
    await page.goto(UTILITIES);
    await page.getByRole('button', { name: '填入示例名单（教学情景）' }).click();
    await expect(page.locator('[data-names-summary]')).toHaveText('共 24 人。');
    const names = (await page.getByLabel(/^名单/).inputValue()).split('\n');
    await page.getByLabel('人数或组数').fill('5');
    await page.getByRole('button', { name: '随机分组' }).click();
    const groups = page.locator('.class-groups > li');
    await expect(groups).toHaveCount(5);
    // 24 = 4 × 5 + 4: four groups of 5 and one of 4.
    const sizes: number[] = [];
    const dealt: string[] = [];
    for (const group of await groups.all()) {
      const members = (await group.locator('p').textContent())!.split('、');
      sizes.push(members.length);
      dealt.push(...members);
    }
    expect(sizes.sort()).toEqual([4, 5, 5, 5, 5]);
    expect(dealt.sort()).toEqual([...names].sort());
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the same seed gives the same groups', async ({ page }) => {
    await page.goto(UTILITIES);
    await page.getByRole('button', { name: '填入示例名单（教学情景）' }).click();
    await page.getByRole('radio', { name: '按每组最多人数' }).check();
    await page.getByLabel('人数或组数').fill('7');
    await page.getByLabel('随机种子（可留空）').fill('2026');
    await page.getByRole('button', { name: '随机分组' }).click();
    // At most 7 a group: ⌈24 / 7⌉ = 4 groups of 6.
    await expect(page.locator('.class-groups > li')).toHaveCount(4);
    const first = await page.locator('.class-groups').textContent();
    await page.getByRole('button', { name: '随机分组' }).click();
    await expect(page.locator('[data-groups-result]')).toContainText('本次随机种子：2026');
    expect(await page.locator('.class-groups').textContent()).toBe(first);
  });

  test('the picker without repeats: everyone once, then a message', async ({ page }) => {
    await page.goto(UTILITIES);
    await page.getByLabel(/^名单/).fill('张伟\n李娜\n\n王芳\n李娜\n');
    await expect(page.locator('[data-names-summary]')).toContainText('共 3 人。');
    await expect(page.locator('[data-names-summary]')).toContainText('“李娜”重复出现（第 5 行）');
    await expect(page.locator('[data-names-summary]')).toContainText('跳过了 1 个空白项');
    const picked: string[] = [];
    for (let turn = 0; turn < 3; turn += 1) {
      await page.getByRole('button', { name: '抽一个人' }).click();
      await expect(page.locator('[data-picker-history]')).toContainText(`已抽 ${turn + 1} 次`);
      picked.push((await page.locator('[data-picker-name]').textContent())!);
    }
    expect(picked.sort()).toEqual(['张伟', '李娜', '王芳'].sort());
    await page.getByRole('button', { name: '抽一个人' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '都已抽过一遍' })).toBeVisible();
  });

  test('an empty list gets a clear message', async ({ page }) => {
    await page.goto(UTILITIES);
    await page.getByRole('button', { name: '清空名单' }).click();
    await page.getByRole('button', { name: '随机分组' }).click();
    await expect(page.locator('[data-names-error]')).toContainText('名单是空的');
    await expect(page.locator('.class-groups')).toHaveCount(0);
  });
});
