/**
 * Text pages must stay light on a phone: only the tools (pages under tools/ and the team
 * workbook's worksheets under workbook/) may hydrate islands, and a page without an island must
 * not load the component runtime (Preact, through preact/compat; React DOM before it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
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


test('the runtime signature is found in what a tool page loads', async ({ page }) => {
  // Without this, a renamed or rebuilt runtime would make the next test pass for the wrong reason.
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
  });
  await page.goto('tools/market-damage/', { waitUntil: 'networkidle' });
  // Every body read to the end: a handler that pushed only after its own await could still be
  // waiting here on a busy machine (seen once under load: none read yet).
  const scripts = await Promise.all(bodies);
  expect(scripts.filter((source) => RUNTIME_SIGNATURE.test(source)).length).toBeGreaterThan(0);
});

test('text pages load no component runtime in the browser', async ({ page }) => {
  for (const path of textPages.slice(0, 12)) {
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    page.removeAllListeners('response');
    const scripts = await Promise.all(bodies);
    const runtimeChunks = scripts.filter((source) => RUNTIME_SIGNATURE.test(source));
    expect(runtimeChunks.length, `/${path} loaded a component runtime`).toBe(0);
  }
});
