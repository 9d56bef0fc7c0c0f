/**
 * KANO: 100,000 respondents × 30 features (a functional and a dysfunctional column each, answers
 * as the five Chinese labels, as 问卷星 exports "按选项文本") + a segment column, imported as a
 * UTF-8 CSV through the KANO page's file input: worker parse → preview → columns detected from the
 * headers → Kano tally in the worker → results on screen.
 */
const FEATURES = 30;
const RESPONDENTS = 100_000;
const LABELS = ['我很喜欢', '理应如此', '无所谓', '能忍受', '我很不喜欢'];
const SEGMENTS = ['团队旅客', '夕阳红旅客', '亲子家庭', '疗养休闲', '企业会务', 'OTA旅客'];

export default {
  id: 'kano-100k',
  title: 'KANO 100,000 行 × 30 项功能（61 列，答案为文字）',
  page: 'tools/kano/',
  fileName: 'kano-100k.csv',
  /** @returns {Buffer} the CSV file's bytes */
  generate() {
    // A fixed linear congruential generator so every run reads the same file.
    let seed = 20240521;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const names = Array.from({ length: FEATURES }, (_, index) => `服务${String(index + 1).padStart(2, '0')}`);
    const header = ['旅客类型', ...names.flatMap((name) => [`${name}（正向）`, `${name}（反向）`])];
    const lines = [header.join(',')];
    for (let respondent = 0; respondent < RESPONDENTS; respondent += 1) {
      const cells = [SEGMENTS[Math.floor(next() * SEGMENTS.length)]];
      for (let feature = 0; feature < FEATURES; feature += 1) {
        // Each feature leans towards a different answer pattern, so categories differ.
        const lean = feature % 5;
        const functional = next() < 0.5 ? lean : Math.floor(next() * 5);
        const dysfunctional = next() < 0.5 ? 4 - lean : Math.floor(next() * 5);
        cells.push(LABELS[functional], LABELS[dysfunctional]);
      }
      lines.push(cells.join(','));
    }
    return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
  },
  async prepare(page) {
    await page.getByTestId('kano-calculator').and(page.locator('[data-restored="true"]')).waitFor();
  },
  fileInput: '.survey-import__file',
  done: { selector: '[data-testid="kano-results"] .kano-source', text: '100,000 位受访者' },
  textPage: 'overview/',
  /** Issue 13's goal: KANO 100,000 × 30 within 1.3 bare parses. */
  goalRatio: 1.3,
};
