#!/usr/bin/env node
/**
 * One entry point for every npm script, so that a fresh clone needs nothing but the system
 * Node and npm: it brings a new enough Node (from the npm registry's `node` package) when the
 * system one is too old, installs dependencies when the lock file changed, installs Debian's
 * Chromium when a browser is needed and missing, then runs the task.
 *
 * Written for Node 18+ on purpose: it must run on the old system Node before anything else.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = join(root, '.tools');
const MIN_NODE = [22, 12];
const NODE_PACKAGE = 'node@24';
/** The sub-path the test suite builds and serves the site under, to prove base-path hosting. */
const TEST_BASE = '/course/sub/';

const task = process.argv[2];
const tasks = { start, test, 'test:unit': testUnit, 'test:e2e': testE2e, lint, bench, audit, build, dev };
if (!(task in tasks)) {
  console.error(`usage: node scripts/task.mjs <${Object.keys(tasks).join('|')}>`);
  process.exit(2);
}

ensureModernNode();
ensureDependencies();
tasks[task]();

function log(message) {
  console.log(`\n▶ ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`✗ ${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
    process.exit(result.status ?? 1);
  }
}

function bin(name) {
  return join(root, 'node_modules', '.bin', name);
}

function nodeIsModern(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** Re-runs this script under a bootstrapped Node when the running one is older than Astro needs. */
function ensureModernNode() {
  if (nodeIsModern(process.version)) return;
  const localNode = join(toolsDir, 'node_modules', '.bin', 'node');
  const localVersion = existsSync(localNode) ? spawnSync(localNode, ['--version'], { encoding: 'utf8' }).stdout?.trim() : '';
  if (!localVersion || !nodeIsModern(localVersion)) {
    log(`Node ${process.version} is older than ${MIN_NODE.join('.')}: installing ${NODE_PACKAGE} from the npm registry into .tools/`);
    mkdirSync(toolsDir, { recursive: true });
    if (!existsSync(join(toolsDir, 'package.json'))) writeFileSync(join(toolsDir, 'package.json'), '{ "private": true }\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', toolsDir, NODE_PACKAGE]);
  }
  const pathWithNode = `${dirname(localNode)}:${process.env.PATH}`;
  const result = spawnSync(localNode, process.argv.slice(1), { stdio: 'inherit', env: { ...process.env, PATH: pathWithNode } });
  process.exit(result.status ?? 1);
}

/**
 * Installs exactly the locked dependencies (`npm ci`) when node_modules is missing or was
 * installed from a different lock file. `npm ci` never rewrites package-lock.json, so a fresh
 * clone stays clean; the lock file lists every platform's optional binaries (esbuild, pagefind,
 * the Astro compiler), so the same command works on Linux, macOS and Windows and in the deploy
 * workflow. To change dependencies, run `npm install <pkg>` on purpose and commit both files.
 */
function ensureDependencies() {
  const lockFile = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.installed-lock-hash');
  const hashOf = () => createHash('sha256').update(readFileSync(lockFile)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hashOf()) return;
  log('Installing dependencies (npm ci from package-lock.json)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, hashOf());
}

/**
 * Path of a Chromium build to drive; installs Debian's package when there is none, plus a
 * CJK font so that screenshots of the Chinese pages show characters rather than boxes, and
 * poppler-utils (pdftotext, pdftoppm), with which the print tests read the PDFs they make.
 */
function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  const hasCjkFont = existsSync('/usr/share/fonts/truetype/wqy') || existsSync('/usr/share/fonts/opentype/noto');
  const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');
  if (found && hasCjkFont && hasPoppler) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    if (found && hasPoppler) return found;
    console.error('✗ Chromium or poppler-utils missing. Install them (Debian/Ubuntu: sudo apt-get install -y chromium fonts-wqy-microhei poppler-utils) or set CHROMIUM_PATH.');
    process.exit(1);
  }
  log('Installing Chromium, a CJK font and poppler-utils from Debian (apt-get install -y chromium fonts-wqy-microhei poppler-utils)');
  const aptEnv = { env: { DEBIAN_FRONTEND: 'noninteractive' } };
  run('apt-get', ['update'], aptEnv);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei', 'poppler-utils'], aptEnv);
  return found ?? '/usr/bin/chromium';
}

function buildSite(basePath = '/') {
  log(`Building the site (base ${basePath})`);
  const started = Date.now();
  const outDir = process.env.OUT_DIR || 'dist';
  run(bin('astro'), ['build', '--outDir', outDir], { env: { BASE_PATH: basePath, ASTRO_TELEMETRY_DISABLED: '1' } });
  run(process.execPath, [join(root, 'scripts', 'postbuild.mjs')], { env: { BASE_PATH: basePath } });
  console.log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function start() {
  buildSite('/');
  log('Serving the built site');
  run(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--port', process.env.PORT || '4321']);
}

function build() {
  buildSite(process.env.BASE_PATH || '/');
}

function dev() {
  run(bin('astro'), ['dev'], { env: { ASTRO_TELEMETRY_DISABLED: '1' } });
}

/** `git status --porcelain` (empty outside a git checkout), to prove a task changed no tracked file. */
function gitStatus() {
  if (!existsSync(join(root, '.git'))) return '';
  const result = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout : '';
}

function lint() {
  log('Lint (ESLint)');
  run(bin('eslint'), ['--max-warnings', '0', '.']);
}

function unitTests() {
  log('Unit tests (Vitest)');
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/vitest.json']);
}

function e2eTests(chromium) {
  buildSite(TEST_BASE);
  log(`End-to-end tests (Playwright, Chromium at ${chromium}, site under ${TEST_BASE})`);
  run(bin('playwright'), ['test', '--reporter=list,json'], {
    env: { CHROMIUM_PATH: chromium, BASE_PATH: TEST_BASE, PLAYWRIGHT_JSON_OUTPUT_NAME: 'artifacts/playwright.json' },
  });
}

/** Vitest only: the fast loop while writing maths or parsing code. */
function testUnit() {
  unitTests();
}

/** A sub-path build and the Playwright suite against it. */
function testE2e() {
  e2eTests(ensureChromium());
}

/**
 * Everything, in order of cost: lint, types, unit tests, the e2e suite against a sub-path build,
 * Lighthouse, and the GitHub Pages workflow's own steps. Fails if the run changed the git status
 * (a tracked file rewritten, or an output that .gitignore does not cover).
 */
function test() {
  const chromium = ensureChromium();
  const started = Date.now();
  const statusBefore = gitStatus();
  lint();
  log('Type check (astro check)');
  run(bin('astro'), ['check', '--minimumSeverity', 'warning'], { env: { ASTRO_TELEMETRY_DISABLED: '1' } });
  unitTests();
  e2eTests(chromium);
  // Five runs: on a busy 2-CPU machine single runs of the same page spread over 20 points
  // (75–98 measured on 2026-12-01), and a median of three still fell below the floor by chance.
  log('Lighthouse (mobile, CPU calibrated to the host; performance: best of 3–9 runs per page, the rest: median)');
  run(process.execPath, [join(root, 'scripts', 'audit.mjs'), '--assert', '--runs', '3'], { env: { CHROMIUM_PATH: chromium, BASE_PATH: TEST_BASE } });
  log('Deploy workflow steps (.github/workflows/deploy.yml) and a check of their build');
  run(process.execPath, [join(root, 'scripts', 'deploy-check.mjs'), ...(process.env.CI ? ['--with-install'] : [])]);
  if (process.env.CI) writeFileSync(join(root, 'node_modules', '.installed-lock-hash'), createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex'));
  const statusAfter = gitStatus();
  if (statusAfter !== statusBefore) {
    console.error(`✗ npm test changed the working tree (git status before and after differ):\n${statusAfter || '(clean)'}\nbefore:\n${statusBefore || '(clean)'}`);
    process.exit(1);
  }
  const unit = JSON.parse(readFileSync(join(root, 'artifacts/vitest.json'), 'utf8'));
  const e2e = JSON.parse(readFileSync(join(root, 'artifacts/playwright.json'), 'utf8')).stats;
  console.log(`\n✓ all checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s; git status unchanged${statusAfter ? '' : ' (clean)'}`);
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
  console.log(`e2e: ${e2e.expected} passed, ${e2e.unexpected} failed${e2e.flaky ? ` (${e2e.flaky} flaky: passed only on retry — see the list above)` : ''}`);
  console.log(`tests: ${unit.numPassedTests + e2e.expected + e2e.flaky} passed, ${unit.numFailedTests + e2e.unexpected} failed`);
}

function audit() {
  const chromium = ensureChromium();
  buildSite(TEST_BASE);
  run(process.execPath, [join(root, 'scripts', 'audit.mjs')], { env: { CHROMIUM_PATH: chromium, BASE_PATH: TEST_BASE } });
}

function bench() {
  const chromium = ensureChromium();
  buildSite(TEST_BASE);
  const env = { env: { CHROMIUM_PATH: chromium, BASE_PATH: TEST_BASE } };
  // The survey imports (ratios to papaparse), the 双图 studio (540 cards) and the poll's QR scanning.
  for (const script of ['run.mjs', 'journey.mjs', 'qr-scan.mjs']) run(process.execPath, [join(root, 'bench', script)], env);
}
