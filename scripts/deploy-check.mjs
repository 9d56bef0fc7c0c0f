#!/usr/bin/env node
// @ts-check
/**
 * Runs the GitHub Pages workflow's own build steps (`.github/workflows/deploy.yml`) here, as a
 * host would on a fresh clone, and checks what they produce: every page of the build lives under
 * the repository's sub-path, every root-relative link and asset in it resolves to a file of the
 * build, and the sitemap and canonical links use SITE_URL. Reading the steps from the workflow
 * (rather than repeating them) means a change to the workflow is tested by the next `npm test`.
 *
 * `npm ci` from the workflow runs only when asked (--with-install, as CI does on its fresh
 * clone, where scripts/task.mjs has just run the very same `npm ci`); locally it would wipe a
 * working node_modules for nothing.
 *
 * Usage: node scripts/deploy-check.mjs [--with-install]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

const REPOSITORY = 'service-excellence';
const OWNER = 'course-host';
const OUT_DIR = 'dist-deploy';
const withInstall = process.argv.includes('--with-install');

/** The `${{ … }}` expressions the workflow uses, as GitHub would fill them in for this repository. */
const expressions = {
  'github.event.repository.name': REPOSITORY,
  'github.repository_owner': OWNER,
};

/** @param {string} value */
function expand(value) {
  return value.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (match, name) => {
    if (!(name in expressions)) throw new Error(`deploy.yml uses ${match}, which this check does not know how to fill in`);
    return expressions[/** @type {keyof typeof expressions} */ (name)];
  });
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8'));
/** @type {{ run?: string, env?: Record<string, string>, name?: string }[]} */
const steps = workflow?.jobs?.build?.steps ?? [];
const runSteps = steps.filter((step) => typeof step.run === 'string');
if (!runSteps.some((step) => /npm ci\b/.test(step.run ?? ''))) throw new Error('deploy.yml no longer installs with `npm ci`');
if (!runSteps.some((step) => /npm run build\b/.test(step.run ?? ''))) throw new Error('deploy.yml no longer builds with `npm run build`');

const env = { ...process.env, OUT_DIR, ASTRO_TELEMETRY_DISABLED: '1' };
let base = '/';
let siteUrl = '';
for (const step of runSteps) {
  const command = String(step.run).trim();
  const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(String(value))]));
  if (stepEnv.BASE_PATH) base = stepEnv.BASE_PATH;
  if (stepEnv.SITE_URL) siteUrl = stepEnv.SITE_URL;
  if (/^npm ci\b/.test(command) && !withInstall) {
    console.log(`  (skipped locally: ${command}; CI runs it)`);
    continue;
  }
  console.log(`  $ ${Object.entries(stepEnv).map(([key, value]) => `${key}=${value} `).join('')}${command}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...env, ...stepEnv } });
  if (result.status !== 0) throw new Error(`deploy step failed (${result.status ?? result.signal}): ${command}`);
}

const upload = steps.find((step) => /upload-pages-artifact/.test(String(/** @type {any} */ (step).uses ?? '')));
const uploadPath = String(/** @type {any} */ (upload)?.with?.path ?? '');
if (uploadPath !== 'dist') throw new Error(`deploy.yml uploads "${uploadPath}", expected the build folder "dist"`);

const problems = checkBuild(OUT_DIR, base, siteUrl);
rmSync(OUT_DIR, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(`✗ the deploy build has ${problems.length} problem(s):\n  ${problems.slice(0, 30).join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ deploy build under ${base} (site ${siteUrl}): every link and asset resolves, sitemap and canonical links use the site URL`);

/**
 * @param {string} dir the build folder
 * @param {string} basePath e.g. /service-excellence/
 * @param {string} site e.g. https://course-host.github.io
 * @returns {string[]} problems found, in words
 */
function checkBuild(dir, basePath, site) {
  const problems = [];
  if (!existsSync(join(dir, 'index.html'))) return [`${dir}/index.html is missing`];
  const htmlFiles = walk(dir).filter((file) => file.endsWith('.html'));
  for (const file of htmlFiles) {
    const html = readFileSync(file, 'utf8');
    const page = `/${relative(dir, file).split(sep).join('/')}`;
    for (const [, url] of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
      if (!url) continue;
      if (!url.startsWith(basePath)) {
        problems.push(`${page}: ${url} is outside the base path ${basePath}`);
        continue;
      }
      const target = join(dir, decodeURI(url.slice(basePath.length)));
      const exists = url.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target);
      if (!exists) problems.push(`${page}: ${url} does not resolve to a file of the build`);
    }
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    if (canonical && !canonical.startsWith(`${site}${basePath}`)) problems.push(`${page}: canonical ${canonical} is not under ${site}${basePath}`);
  }
  const sitemap = join(dir, 'sitemap-index.xml');
  if (!existsSync(sitemap)) problems.push('sitemap-index.xml is missing (Starlight writes it when SITE_URL is set)');
  else if (!readFileSync(sitemap, 'utf8').includes(`${site}${basePath}`)) problems.push(`sitemap-index.xml does not point at ${site}${basePath}`);
  return problems;
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}
