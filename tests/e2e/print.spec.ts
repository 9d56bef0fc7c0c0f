/**
 * Printed handouts (issue 18): Chromium's own PDF output (`page.pdf()`, the page's CSS page
 * size) of a lecture page, a lecture's 讲义合集, a tool report and the A3 diagram choice,
 * read back with poppler's pdftotext (`-bbox-layout`: every word with its box, every page with
 * its size) and pdftoppm. Checked: sane page counts and page sizes, the title block (course
 * title, lecture) and the page's address in the text, <details> printed open, no navigation
 * chrome, every word inside its page box, and the printed QR code decoding to the address.
 * The PDFs and PNGs of their first pages land in artifacts/print/ (git-ignored) for a person to look at.
 *
 * Needs poppler-utils (Debian: apt-get install -y poppler-utils) for pdftotext and pdftoppm:
 * no JavaScript PDF reader is a dependency of this project, and poppler's text boxes are the
 * PDF's own.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { decodeQR } from 'qr/decode.js';
import { course } from '../../src/course';
import { A3_LANDSCAPE, A4, compact, expectInsidePages, expectSheet, OUT, printToPdf } from './pdf';

/** Hydration (the saved state restored in a transition) and the example's analysis in a worker: allow for a machine busy with other work. */
const RESTORED = { timeout: 30_000 };

/** Decodes the QR code printed on the PDF's last page (rendered by pdftoppm as greyscale PGM). */
function decodeLastPageQr(file: string, pageCount: number): string {
  const pgm = execFileSync('pdftoppm', ['-r', '150', '-gray', '-f', String(pageCount), '-l', String(pageCount), file], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const [whole, width, height] = header;
  const grey = pgm.subarray(whole.length);
  const data = new Uint8Array(Number(width) * Number(height) * 4);
  grey.forEach((value, index) => data.set([value, value, value, 255], index * 4));
  return decodeQR({ width: Number(width), height: Number(height), data }, { effort: Infinity, timeLimit: Infinity });
}

/**
 * The footer's printed address and QR code are this page's own: when the build had no SITE_URL
 * they are redrawn in the browser as printing starts (`beforeprint`, sent here as the browser's
 * print dialog would). The encoder is not fetched during the load but at the reader's first key
 * press (Ctrl+P starts with Ctrl), so the test presses Ctrl first.
 */
async function waitForPrintedAddress(page: Page): Promise<string> {
  const address = new URL(page.url());
  const here = address.origin + address.pathname;
  const footer = page.locator('[data-print-footer]');
  if ((await footer.getAttribute('data-url')) !== here) {
    await page.keyboard.press('Control');
    await expect(footer).toHaveAttribute('data-encoder', 'ready');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  }
  await expect(footer).toHaveAttribute('data-url', here);
  return here;
}

test('a lecture page prints as an A4 handout: title block, open answers, address and QR, nothing cut off', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('lectures/1-mindset/experience-value/');
  // Untouched, the page has not fetched the QR encoder during its load.
  expect(await page.locator('[data-print-footer]').getAttribute('data-encoder')).toBeNull();
  const address = await waitForPrintedAddress(page);
  const pages = await printToPdf(page, 'lecture-experience-value');

  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pages.length).toBeLessThanOrEqual(14);
  expectSheet(pages, A4);
  const first = pages[0]!.text;
  expect(first).toContain(compact(course.title));
  expect(first).toContain('第一讲思维篇');
  expect(first).toContain('二、体验价值');
  const all = pages.map((pdfPage) => pdfPage.text).join('');
  // The worked answer inside <details> ("参考答案") is printed: 投诉者 750 from its first line.
  expect(all).toContain('投诉者750');
  // No navigation chrome: the skip link, the table of contents' heading, the pager.
  expect(all).not.toContain('跳转到内容');
  expect(all).not.toContain('本页内容');
  expect(all).not.toContain('下一页');
  expect(pages.at(-1)!.text).toContain(address);
  expectInsidePages(pages);
  expect(decodeLastPageQr(`${OUT}/lecture-experience-value.pdf`, pages.length)).toBe(address);
});

test('the 讲义合集 prints the lecture’s pages in order, each section from a new sheet', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('lectures/1-mindset/handout/');
  const address = await waitForPrintedAddress(page);
  const sections = await page.locator('.handout-section__title').allTextContents();
  expect(sections).toEqual(['第一讲 思维篇：体验时代', '一、体验时代与生态变化', '二、体验价值', '三、忠诚旅客与 NPS']);
  const pages = await printToPdf(page, 'handout-1-mindset');

  expect(pages.length).toBeGreaterThanOrEqual(sections.length);
  expect(pages.length).toBeLessThanOrEqual(40);
  // Each section title opens a page (the first also follows the title block), in order.
  const opening = sections.map((title) => pages.findIndex((pdfPage) => pdfPage.text.slice(0, 200).includes(compact(title))));
  expect(opening.every((index) => index >= 0), `pages opening with ${sections.join(' / ')}: ${opening.join(', ')}`).toBe(true);
  expect([...opening].sort((a, b) => a - b)).toEqual(opening);
  expect(pages[0]!.text).toContain(compact(course.title));
  expect(pages.at(-1)!.text).toContain(address);
  expectInsidePages(pages);
});

test('a tool result prints as a one-page report with the title block and address', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('tools/nps/');
  await expect(page.getByTestId('nps-calculator')).toHaveAttribute('data-restored', 'true', RESTORED);
  await page.getByRole('button', { name: '教学示例数据' }).click();
  await expect(page.getByTestId('nps-score')).toHaveText('18.3');
  await expect(page.getByTestId('nps-chart-distribution').getByRole('button', { name: '下载 PNG' })).toBeEnabled();
  const address = await waitForPrintedAddress(page);
  const pages = await printToPdf(page, 'tool-nps-report');

  expect(pages.length).toBe(1);
  expectSheet(pages, A4);
  const text = pages[0]!.text;
  expect(text).toContain(compact(course.title));
  expect(text).toContain('18.3');
  expect(text).toContain(address);
  // The inputs are not on the report (the paste box's label), the result's reading is.
  expect(text).not.toContain('下载全部内容');
  expectInsidePages(pages);
});

/**
 * The other tools' reports, printed as a reader would: results loaded, nothing scrolled to, then
 * `page.pdf()`, which fires `beforeprint` as the browser's print dialog does. A chart drawn
 * only when scrolled to (KANO) must be drawn by then: the report holds the chart, not its
 * placeholder. Each report: one A4 sheet, the title block, the result's key figure, the
 * address, every word inside the page.
 */
const TOOL_REPORTS = [
  {
    name: 'kano',
    path: 'tools/kano/',
    async load(page: Page) {
      await expect(page.getByTestId('kano-calculator')).toHaveAttribute('data-restored', 'true', RESTORED);
      await page.getByRole('button', { name: '教学示例数据' }).click();
      await expect(page.getByTestId('kano-results').getByText(/300 位受访者/)).toBeVisible(RESTORED);
    },
    // The example's data source line, and the two charts' captions.
    expected: ['300位受访者', 'Better–Worse象限图', '连续型分析'],
    charts: 2,
  },
  {
    name: 'servqual',
    path: 'tools/servqual/',
    async load(page: Page) {
      await expect(page.getByTestId('servqual-calculator')).toHaveAttribute('data-restored', 'true', RESTORED);
      await page.getByRole('button', { name: '教学示例数据' }).click();
      await expect(page.getByTestId('servqual-source')).toContainText('160 位受访者', RESTORED);
    },
    expected: ['160位受访者'],
    charts: 2,
  },
  {
    name: 'market-damage',
    path: 'tools/market-damage/',
    async load(page: Page) {
      await expect(page.getByTestId('md-tool')).toHaveAttribute('data-restored', 'true', RESTORED);
      await expect(page.getByTestId('md-lost')).toHaveText('1,716');
    },
    // The lecture's worked example: 1,716 customers lost, 2,574,000 元 (experience-value.mdx).
    expected: ['1,716', '2,574,000'],
    charts: 0,
  },
  {
    name: 'customer-value',
    path: 'tools/customer-value/',
    async load(page: Page) {
      await expect(page.getByTestId('cv-tool')).toHaveAttribute('data-restored', 'true', RESTORED);
      await expect(page.getByTestId('cv-clv')).toHaveText('1,650 元');
    },
    // 900 × 1.1 ÷ (1.1 − 0.5) = 1,650 元 (tests/unit/customerValue/).
    expected: ['1,650'],
    charts: 0,
  },
] as const;

for (const tool of TOOL_REPORTS) {
  test(`the ${tool.name} result prints as a one-page report with its charts drawn`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(tool.path);
    await tool.load(page);
    const address = await waitForPrintedAddress(page);
    // chart.js is fetched once the page is idle, so that printing can draw a chart at once.
    await expect(page.locator('[data-lazy-mount]:not([data-print-ready])')).toHaveCount(0);
    // A chart already scrolled into view (a tall window) mounts as soon as chart.js is ready,
    // one React render after the line above: printing is judged once nothing is mid-loading.
    await expect(page.getByText('图表加载中…')).toHaveCount(0);
    const pages = await printToPdf(page, `tool-${tool.name}-report`);

    expect(pages.length).toBe(1);
    expectSheet(pages, A4);
    const text = pages[0]!.text;
    expect(text).toContain(compact(course.title));
    for (const figure of tool.expected) expect(text).toContain(compact(figure));
    expect(text).toContain(address);
    // Placeholders of a chart not drawn (LazyMount, ChartFigure) are not on the paper.
    expect(text).not.toContain('滚动到这里时');
    expect(text).not.toContain('图表加载中');
    expectInsidePages(pages);
    if (tool.charts > 0) {
      // The printed canvases hold drawn pixels (a blank canvas reads as all zeros).
      const drawn = await page.locator('.chart-figure canvas').evaluateAll((canvases) =>
        canvases.filter((canvas) => {
          const context = (canvas as HTMLCanvasElement).getContext('2d');
          if (!context || canvas.clientWidth === 0) return false;
          const { data } = context.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height);
          return data.some((value) => value !== 0);
        }).length,
      );
      expect(drawn).toBeGreaterThanOrEqual(tool.charts);
    }
  });
}

test('the market-damage report sets its chart beside scenario B and the assumptions, as served and after a change', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('tools/market-damage/');
  await expect(page.getByTestId('md-tool')).toHaveAttribute('data-restored', 'true', RESTORED);
  await page.emulateMedia({ media: 'print' });
  // The print grid belongs to the results' own wrapper: the chart in the left column, the reading
  // after it in the right one. Were the grid lost, the chart would stack above the assumptions and
  // the report would need a second sheet.
  const besideEachOther = async () => {
    const chart = await page.getByTestId('md-chart').boundingBox();
    const assumptions = await page.getByTestId('md-assumptions').boundingBox();
    return chart !== null && assumptions !== null && chart.x + chart.width <= assumptions.x && assumptions.y < chart.y + chart.height;
  };
  expect(await besideEachOther()).toBe(true);
  // Twice the customers: the results are drawn by the island now, not kept from the server.
  await page.getByTestId('md-field-customers').fill('40000');
  await expect(page.getByTestId('md-lost')).toHaveText('3,432');
  expect(await besideEachOther()).toBe(true);
});

test('the blueprint and journey diagrams print on A3 landscape when chosen', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('lectures/3-design/journey-blueprint/');
  await expect(page.getByRole('button', { name: /A3 横向打印/ })).toBeVisible();
  const diagrams = await page.locator('.service-blueprint, .journey-map').count();
  expect(diagrams).toBeGreaterThanOrEqual(2);
  // What the button sets before it opens the print dialog.
  await page.evaluate(() => (document.documentElement.dataset['printA3'] = ''));
  const pages = await printToPdf(page, 'diagrams-a3');

  expect(pages.length).toBe(diagrams);
  expectSheet(pages, A3_LANDSCAPE);
  expectInsidePages(pages);
});
