import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
test('probe trace', async ({ page, browser }) => {
  test.setTimeout(300_000);
  await page.goto('tools/kano/');
  await page.waitForSelector('[data-restored="true"]');
  const names = Array.from({ length: 30 }, (_, i) => `服务${i + 1}`);
  const header = ['旅客类型', ...names.flatMap((n) => [`${n}（正向）`, `${n}（反向）`])];
  const labels = ['我很喜欢', '理应如此', '无所谓', '能忍受', '我很不喜欢'];
  const segs = ['团队旅客', '夕阳红旅客', '亲子家庭', '疗养休闲', '企业会务', 'OTA旅客'];
  const lines = [header.join(',')];
  for (let r = 0; r < Number(process.env.ROWS ?? 1000); r++) lines.push([segs[r % 6]!, ...names.flatMap((_, f) => [labels[(r + f) % 5]!, labels[(r * 3 + f) % 5]!])].join(','));
  await browser.startTracing(page, { path: 'test-results/kano-trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  writeFileSync('/tmp/kano-probe.csv', lines.join('\n'));
  await page.locator('.survey-import__file').setInputFiles('/tmp/kano-probe.csv');
  await page.waitForSelector('[data-testid="kano-results"] .kano-source', { timeout: 240_000 });
  await page.waitForTimeout(1500);
  await browser.stopTracing();
});
