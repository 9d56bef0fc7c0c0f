/**
 * NPS: 1,000,000 answers (score 0–10 + a segment column), imported as a UTF-8 CSV through the
 * NPS page's file input: worker parse → preview → auto-picked columns → NPS analysis → result.
 */
const SEGMENTS = ['华东', '华南', '华北', '西南', '东北'];

export default {
  id: 'nps-1m',
  title: 'NPS 1,000,000 行 × 2 列（得分 + 分组）',
  page: 'tools/nps/',
  fileName: 'nps-1m.csv',
  /** @returns {Buffer} the CSV file's bytes */
  generate() {
    // A fixed linear congruential generator so every run reads the same file.
    let seed = 20240501;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const lines = ['推荐意愿,门店区域'];
    for (let index = 0; index < 1_000_000; index += 1) {
      const score = Math.min(10, Math.floor(next() * 11));
      lines.push(`${score},${SEGMENTS[Math.floor(next() * SEGMENTS.length)]}`);
    }
    return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
  },
  /** Runs in Node before the file is chosen (Playwright page). */
  async prepare(page) {
    await page.getByTestId('nps-calculator').and(page.locator('[data-restored="true"]')).waitFor();
    await page.getByTestId('nps-mode-table').check();
    // The import panel is a lazy view: wait until its file input is there.
    await page.locator('.survey-import__file').waitFor({ state: 'attached' });
  },
  /** The file input to set. */
  fileInput: '.survey-import__file',
  /** Done when this element's text contains `text`. */
  done: { selector: '[data-testid="nps-n"]', text: 'n = 1,000,000' },
  /** A text (lecture) page of the same site, for the JS-bytes comparison. */
  textPage: 'overview/',
  /** Issue 13's goal: NPS import stays at or under one bare parse. */
  goalRatio: 1.0,
};
