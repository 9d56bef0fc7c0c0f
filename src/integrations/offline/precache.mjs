// @ts-check
/**
 * Pure functions behind the offline integration (../offline.mjs): from the list of built files
 * to the precache manifest the service worker reads, the service worker itself (a hand-written
 * template with one placeholder) and the web app manifest. No file system here, so the unit
 * tests (tests/unit/integrations/offline/precache.test.ts) feed them plain objects.
 */
import { createHash } from 'node:crypto';
import { TextDecoder } from 'node:util';

/**
 * @typedef {{ path: string, bytes: Uint8Array }} BuiltFile
 *   path: site-relative, `/`-separated, e.g. `lectures/1-mindset/index.html`
 * @typedef {'core' | 'page'} EntryKind
 *   core: fetched when the worker installs (app shell, tool pages, scripts, search index);
 *   page: a reading page, cached when visited or by "下载全部内容以离线阅读"
 * @typedef {{ url: string, rev: string, size: number, kind: EntryKind, title?: string }} PrecacheEntry
 *   url: site-relative URL as the browser requests it (`lectures/1-mindset/`, `_astro/x.js`)
 * @typedef {{ version: string, entries: PrecacheEntry[] }} PrecacheManifest
 */

/** Files the host reads or the worker must not cache. */
const NEVER = [/^_headers$/, /^_redirects$/, /^sw\.js$/, /^sw-manifest\.[\w-]+\.json$/, /\.map$/, /(^|\/)\./];

/**
 * Pagefind's other front ends (component UI, modular UI, highlighting): Starlight's search box
 * uses pagefind-ui.js only, so these 290 KB would be dead weight on a phone.
 */
const UNUSED_PAGEFIND = /^pagefind\/pagefind-(component-ui|modular-ui|highlight)\./;

/**
 * Pages every participant may need offline without having opened them: the home page, the
 * offline page itself, and every tool (a trainer's Wi-Fi fails in class, not at home).
 */
const CORE_PAGES = /^(index\.html|404\.html|offline\/index\.html|tools\/(.+\/)?index\.html)$/;

/**
 * The URL a built file is requested by: directory URLs for `…/index.html` (the site uses
 * trailing slashes), the file path otherwise.
 * @param {string} path
 * @example urlOf('lectures/1-mindset/index.html') // 'lectures/1-mindset/'
 * @example urlOf('index.html') // ''
 */
export function urlOf(path) {
  if (path === 'index.html') return '';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The page's `<title>`, shown in the offline page's list of saved pages.
 * @param {string} html
 */
export function titleOf(html) {
  const match = /<title>([\s\S]*?)<\/title>/.exec(html);
  if (!match?.[1]) return undefined;
  return match[1]
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}

/** @param {Uint8Array | string} data */
function shortHash(data) {
  return createHash('sha256').update(data).digest('hex').slice(0, 12);
}

/**
 * The precache manifest for a build: every file the site needs offline with its size and a
 * content hash (the revision), split into what the worker fetches at install (core) and the
 * reading pages. The version is a hash of the whole list, so any change in any file gives a
 * new version, hence a new sw.js, which is what makes browsers install the update.
 * @param {BuiltFile[]} files
 * @returns {PrecacheManifest}
 */
export function buildPrecacheManifest(files) {
  /** @type {PrecacheEntry[]} */
  const entries = [];
  for (const { path, bytes } of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (NEVER.some((pattern) => pattern.test(path)) || UNUSED_PAGEFIND.test(path)) continue;
    const isPage = path.endsWith('.html');
    // 404.html is the host's, not a page anyone navigates to; the worker keeps it for broken links.
    const kind = !isPage || CORE_PAGES.test(path) ? 'core' : 'page';
    /** @type {PrecacheEntry} */
    const entry = { url: urlOf(path), rev: shortHash(bytes), size: bytes.byteLength, kind };
    if (isPage) {
      const title = titleOf(new TextDecoder().decode(bytes));
      if (title) entry.title = title;
    }
    entries.push(entry);
  }
  return { version: shortHash(JSON.stringify(entries)), entries };
}

/**
 * What the offline bundle weighs: everything (as "下载全部内容" fetches it) and the part fetched
 * when the worker installs.
 * @param {PrecacheManifest} manifest
 */
export function bundleSize(manifest) {
  const sum = (/** @type {PrecacheEntry[]} */ list) => list.reduce((total, entry) => total + entry.size, 0);
  return {
    files: manifest.entries.length,
    bytes: sum(manifest.entries),
    coreFiles: manifest.entries.filter((entry) => entry.kind === 'core').length,
    coreBytes: sum(manifest.entries.filter((entry) => entry.kind === 'core')),
  };
}

/** The name of the manifest file for a version; immutable, so a worker never reads another version's list. */
export function manifestFileName(/** @type {string} */ version) {
  return `sw-manifest.${version}.json`;
}

/**
 * Drops the lines that hold only a comment (the template's documentation), so the worker
 * every reader downloads stays small. Comments after code on the same line are kept, which
 * keeps this safe: no string or regular expression is ever cut.
 * @param {string} source
 */
export function stripCommentLines(source) {
  return source
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n');
}

/**
 * Fills the worker template's one placeholder, `__OFFLINE_CONFIG__`, with the version, the
 * base path and the manifest's name.
 * @param {string} template the text of src/sw/sw.js
 * @param {{ version: string, base: string }} options
 */
export function renderServiceWorker(template, { version, base }) {
  if (!template.includes('__OFFLINE_CONFIG__')) throw new Error('src/sw/sw.js has no __OFFLINE_CONFIG__ placeholder');
  const config = JSON.stringify({ version, base, manifest: `${base}${manifestFileName(version)}` });
  // @ts-nocheck: type checkers that walk the build folder (astro check reads every .js under
  // the project) must not report on a generated file; src/sw/sw.js is the source.
  return `// @ts-nocheck\n${stripCommentLines(template).replace('__OFFLINE_CONFIG__', config)}`;
}

/**
 * The web app manifest, with start_url and scope under the base path (so it is written at
 * build time rather than kept in public/).
 * @param {{ base: string, name: string, shortName: string, description: string, themeColor: string, backgroundColor: string }} options
 */
export function webAppManifest({ base, name, shortName, description, themeColor, backgroundColor }) {
  return {
    name,
    short_name: shortName,
    description,
    lang: 'zh-CN',
    dir: 'ltr',
    id: base,
    start_url: base,
    scope: base,
    display: 'standalone',
    orientation: 'any',
    theme_color: themeColor,
    background_color: backgroundColor,
    icons: [
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `${base}icons/maskable-192.png`, sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: `${base}icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
