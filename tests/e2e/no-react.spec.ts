/**
 * Text pages must stay light on a phone: only the tools (pages under tools/ and the team
 * workbook's worksheets under workbook/) may hydrate islands, and a page without an island must
 * not load the React runtime.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, distDir } from './site';

const pages = builtPages();
const isTool = (path: string) => (path.startsWith('tools/') && path !== 'tools/') || path.startsWith('workbook/');
const textPages = pages.filter((path) => !isTool(path));

test('text pages contain no islands', () => {
  const withIslands = textPages.filter((path) => readFileSync(join(distDir, path, 'index.html'), 'utf8').includes('<astro-island'));
  expect(withIslands).toEqual([]);
  expect(textPages.length).toBeGreaterThan(5);
});

test('text pages load no React code in the browser', async ({ page }) => {
  for (const path of textPages.slice(0, 12)) {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''));
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    page.removeAllListeners('response');
    const reactChunks = scripts.filter((source) => /react-dom|__SECRET_INTERNALS|reactjs\.org\/docs\/error-decoder|react\.dev\/errors/.test(source));
    expect(reactChunks.length, `/${path} loaded React`).toBe(0);
  }
});
