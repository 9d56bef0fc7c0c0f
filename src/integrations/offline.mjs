// @ts-check
/**
 * Offline reading and home-screen install (issue 18), as a small Astro integration of our own:
 * `@vite-pwa/astro` stops at Astro 5, and workbox-build would bring a runtime of its own for
 * what is here a few dozen lines.
 *
 * - `astro:config:setup` adds the offline page (`offline/`), which the worker shows for a page
 *   that was never saved.
 * - `astro:build:done` (after Starlight's Pagefind index, as this integration comes after
 *   Starlight in astro.config.mjs) writes, into the build's own folder (`dir`, so OUT_DIR
 *   builds work): `manifest.webmanifest` with start_url and scope under the base path; the
 *   precache manifest `sw-manifest.<version>.json` (every file with its size and a content
 *   hash); and `sw.js` from the hand-written template src/sw/sw.js, with the version in it, so
 *   any change in the build changes sw.js and browsers install the update.
 *
 * The page side (registration when the page is idle, the status line, the update notice and
 * the "下载全部内容以离线阅读" button) is src/components/offline/OfflineStatus.astro.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Buffer } from 'node:buffer';
import { URL, fileURLToPath } from 'node:url';
import { course } from '../course.ts';
import { buildPrecacheManifest, bundleSize, manifestFileName, renderServiceWorker, webAppManifest } from './offline/precache.mjs';

/** The theme colour of the site's head (astro.config.mjs) and of the icons. */
export const THEME_COLOR = '#8a1c1c';

/** @param {string} base */
function withSlash(base) {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * Every file under `root`, as site-relative `/`-separated paths with their bytes.
 * @param {string} root
 * @returns {import('./offline/precache.mjs').BuiltFile[]}
 */
export function listBuild(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full).split(sep).join('/'), bytes: readFileSync(full) };
    });
}

/**
 * Writes the web app manifest, the precache manifest and sw.js into a built site.
 * @param {{ dir: string, base: string, template: string }} options
 */
export function writeOfflineFiles({ dir, base, template }) {
  const manifest = webAppManifest({
    base,
    name: course.title,
    shortName: '极致服务',
    description: course.description,
    themeColor: THEME_COLOR,
    backgroundColor: '#ffffff',
  });
  writeFileSync(join(dir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
  const precache = buildPrecacheManifest(listBuild(dir));
  writeFileSync(join(dir, manifestFileName(precache.version)), JSON.stringify(precache));
  const worker = renderServiceWorker(template, { version: precache.version, base });
  writeFileSync(join(dir, 'sw.js'), worker);
  return { precache, workerBytes: Buffer.byteLength(worker), size: bundleSize(precache) };
}

/** @returns {import('astro').AstroIntegration} */
export default function courseOffline() {
  let base = '/';
  /** @type {URL} */
  let root;
  return {
    name: 'course-offline',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        base = withSlash(config.base);
        root = config.root;
        injectRoute({ pattern: '/offline', entrypoint: new URL('../components/offline/OfflinePage.astro', import.meta.url) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const template = readFileSync(new URL('src/sw/sw.js', root), 'utf8');
        const { precache, workerBytes, size } = writeOfflineFiles({ dir: fileURLToPath(dir), base, template });
        const mb = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
        logger.info(
          `sw.js ${(workerBytes / 1024).toFixed(1)} KB, version ${precache.version}; offline bundle ${size.files} files, ${mb(size.bytes)} ` +
            `(fetched at install: ${size.coreFiles} files, ${mb(size.coreBytes)})`,
        );
      },
    },
  };
}
