/**
 * Text pages must stay light on a phone: only the tools (pages under tools/ and the team
 * workbook's worksheets under workbook/) may hydrate islands, and a page without an island must
 * not load the component runtime (Preact, through preact/compat; React DOM before it). A
 * calculator opened for the first time, with nothing saved and no link, must not load the state
 * readers (zod) either: useToolRestore fetches them only when there is something to read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, distDir, RUNTIME_SIGNATURE } from './site';

const pages = builtPages();
const isTool = (path: string) => (path.startsWith('tools/') && path !== 'tools/') || path.startsWith('workbook/');
const textPages = pages.filter((path) => !isTool(path));

test('text pages contain no islands', () => {
  const withIslands = textPages.filter((path) => readFileSync(join(distDir, path, 'index.html'), 'utf8').includes('<astro-island'));
  expect(withIslands).toEqual([]);
  expect(textPages.length).toBeGreaterThan(5);
});

/** The stylesheets a page links in its head (render-blocking, except print-only ones). */
const stylesheets = (path: string) =>
  [...readFileSync(join(distDir, path, 'index.html'), 'utf8').matchAll(/<link rel="stylesheet" href="[^"]*\/_astro\/([^".]+)\.[^"]+\.css"/g)].map((match) => match[1] ?? '');

test('text pages link no tool stylesheet, and the classroom poll’s stays on its pages', () => {
  // Each tool's styles block the first paint of the pages that link them; a text page needs none.
  const toolStyles = new Set(['poll', 'nps', 'kano', 'servqual', 'journey', 'workbook', 'SurveyImport']);
  const leaks = textPages.flatMap((path) => stylesheets(path).filter((name) => toolStyles.has(name)).map((name) => `/${path}: ${name}.css`));
  expect(leaks).toEqual([]);
  // The poll's islands render only in the browser, which once made Astro add poll.css to every page.
  const withPoll = pages.filter((path) => stylesheets(path).includes('poll'));
  expect(withPoll.length).toBeGreaterThan(0);
  expect(withPoll.filter((path) => !path.startsWith('tools/poll/'))).toEqual([]);
});


/**
 * The script bodies a page loads until the network is idle (and, given `ready`, until that
 * calculator has restored). Every body is read to the end: a handler that pushed only after its
 * own await could still be waiting on a busy machine (seen once under load: none read yet).
 */
async function scriptsOf(page: Page, path: string, ready?: string): Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  if (ready) {
    await expect(page.getByTestId(ready)).toHaveAttribute('data-restored', 'true');
    await page.waitForLoadState('networkidle');
  }
  page.removeAllListeners('response');
  return Promise.all(bodies);
}

test('the runtime signature is found in what a tool page loads', async ({ page }) => {
  // Without this, a renamed or rebuilt runtime would make the next test pass for the wrong reason.
  const scripts = await scriptsOf(page, 'tools/market-damage/');
  expect(scripts.filter((source) => RUNTIME_SIGNATURE.test(source)).length).toBeGreaterThan(0);
});

test('text pages load no component runtime in the browser', async ({ page }) => {
  for (const path of textPages.slice(0, 12)) {
    const scripts = await scriptsOf(page, path);
    const runtimeChunks = scripts.filter((source) => RUNTIME_SIGNATURE.test(source));
    expect(runtimeChunks.length, `/${path} loaded a component runtime`).toBe(0);
  }
});

/** A string in zod's core that the minifier keeps (the names of its types). */
const ZOD_SIGNATURE = '$ZodType';
const CALCULATORS = [
  { path: 'tools/nps/', ready: 'nps-calculator' },
  { path: 'tools/kano/', ready: 'kano-calculator' },
  { path: 'tools/servqual/', ready: 'servqual-calculator' },
  { path: 'tools/market-damage/', ready: 'md-tool' },
  { path: 'tools/customer-value/', ready: 'cv-tool' },
];

test('a calculator opened with nothing saved loads no state reader (zod); with a saved state it does', async ({ page }) => {
  for (const { path, ready } of CALCULATORS) {
    const scripts = await scriptsOf(page, path, ready);
    expect(scripts.filter((source) => source.includes(ZOD_SIGNATURE)).length, `/${path} loaded zod on a first visit`).toBe(0);
  }
  // The signature is real: a saved Market Damage state makes the page fetch the reader.
  await page.goto('tools/market-damage/');
  await expect(page.getByTestId('md-tool')).toHaveAttribute('data-restored', 'true');
  await page.getByTestId('md-field-customers').fill('40000');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('jzfw:tool:market-damage'))).toContain('40000');
  const scripts = await scriptsOf(page, 'tools/market-damage/', 'md-tool');
  expect(scripts.filter((source) => source.includes(ZOD_SIGNATURE)).length).toBeGreaterThan(0);
  await expect(page.getByTestId('md-field-customers')).toHaveValue('40000');
});
