import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the *built* site, served under a sub-path by scripts/serve.mjs
 * with the same headers (CSP) a static host sends. `npm test` builds into dist/ with
 * BASE_PATH=/course/sub/ first. E2E_DIST and E2E_PORT let several builds be tested side by side.
 */
const basePath = `/${(process.env.BASE_PATH ?? '/course/sub/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const port = Number(process.env.E2E_PORT ?? 4322);
const dist = process.env.E2E_DIST ?? 'dist';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  // One retry on CI only, as Playwright's own default config does: a flaky test is still reported
  // (as "flaky", and counted in npm test's summary), but a slow-machine race does not block a landing.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}${basePath}`,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--disable-sync', '--no-first-run'],
    },
    trace: 'off',
  },
  projects: [
    // Every spec runs at projector width; the page crawl also runs on a phone. Tool specs check
    // the phone layout themselves (setViewportSize), so one run covers both widths.
    { name: 'projector', use: { viewport: { width: 1280, height: 800 }, browserName: 'chromium' } },
    {
      name: 'phone',
      testMatch: /crawl\.spec\.ts$/,
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, browserName: 'chromium' },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --quiet --port ${port} --dir ${dist}`,
    url: `http://localhost:${port}${basePath}`,
    reuseExistingServer: false,
    env: { BASE_PATH: basePath },
    timeout: 30_000,
  },
});
