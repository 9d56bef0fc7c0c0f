/**
 * The offline integration's pure functions (src/integrations/offline/precache.mjs): which built
 * files the worker precaches and how, the version that changes with any file, the worker
 * rendered from its template (with the 10 KB budget), and the web app manifest under a base
 * path. Expected hashes are computed here with node:crypto, sizes are the fixtures' byte counts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPrecacheManifest,
  bundleSize,
  manifestFileName,
  renderServiceWorker,
  stripCommentLines,
  titleOf,
  urlOf,
  webAppManifest,
} from '../../../../src/integrations/offline/precache.mjs';

const text = (value: string) => new TextEncoder().encode(value);
const page = (title: string) => text(`<!doctype html><html><head><title>${title}</title></head><body>x</body></html>`);

const BUILD = [
  { path: 'index.html', bytes: page('极致服务创造口碑客户') },
  { path: 'lectures/1-mindset/index.html', bytes: page('第一讲 思维篇 | 极致服务') },
  { path: 'tools/nps/index.html', bytes: page('NPS &amp; 方法') },
  { path: 'tools/nps/method/index.html', bytes: page('方法说明') },
  { path: 'offline/index.html', bytes: page('当前离线') },
  { path: '_astro/chart.CljSVUqR.js', bytes: text('chart();') },
  { path: '_astro/xlsx-CMxSTcKw.js', bytes: text('xlsx();') },
  { path: 'pagefind/pagefind.js', bytes: text('pf') },
  { path: 'pagefind/pagefind-ui.js', bytes: text('ui') },
  { path: 'pagefind/pagefind-component-ui.js', bytes: text('unused') },
  { path: 'pagefind/pagefind-highlight.js', bytes: text('unused') },
  { path: 'pagefind/index/zh-cn_1.pf_index', bytes: text('idx') },
  { path: '_headers', bytes: text('/*\n  X: y') },
  { path: 'sw.js', bytes: text('old worker') },
  { path: 'sw-manifest.0123456789ab.json', bytes: text('{}') },
  { path: '.DS_Store', bytes: text('junk') },
];

describe('urlOf and titleOf', () => {
  it('gives directory URLs for index.html and file paths otherwise', () => {
    expect(urlOf('index.html')).toBe('');
    expect(urlOf('lectures/1-mindset/index.html')).toBe('lectures/1-mindset/');
    expect(urlOf('_astro/a.js')).toBe('_astro/a.js');
    expect(urlOf('404.html')).toBe('404.html');
  });

  it('reads the title and decodes the entities Astro writes', () => {
    expect(titleOf('<title>A &amp; B &lt;C&gt; &quot;D&quot; &#39;E&#39;</title>')).toBe(`A & B <C> "D" 'E'`);
    expect(titleOf('<p>no title</p>')).toBeUndefined();
  });
});

describe('buildPrecacheManifest', () => {
  const manifest = buildPrecacheManifest(BUILD);
  const byUrl = new Map(manifest.entries.map((entry) => [entry.url, entry]));

  it('leaves out the host’s files, the worker, old manifests, dotfiles and Pagefind’s unused front ends', () => {
    for (const url of ['_headers', 'sw.js', 'sw-manifest.0123456789ab.json', '.DS_Store', 'pagefind/pagefind-component-ui.js', 'pagefind/pagefind-highlight.js']) {
      expect(byUrl.has(url), url).toBe(false);
    }
    expect(manifest.entries).toHaveLength(BUILD.length - 6);
  });

  it('fetches the shell, every tool page, scripts and the search index at install; reading pages on demand', () => {
    const core = manifest.entries.filter((entry) => entry.kind === 'core').map((entry) => entry.url);
    expect(core.sort()).toEqual(
      ['', 'offline/', 'tools/nps/', 'tools/nps/method/', '_astro/chart.CljSVUqR.js', '_astro/xlsx-CMxSTcKw.js', 'pagefind/pagefind.js', 'pagefind/pagefind-ui.js', 'pagefind/index/zh-cn_1.pf_index'].sort(),
    );
    expect(byUrl.get('lectures/1-mindset/')?.kind).toBe('page');
  });

  it('gives each file its size, a content hash and, for pages, the title', () => {
    const chart = byUrl.get('_astro/chart.CljSVUqR.js')!;
    expect(chart.size).toBe('chart();'.length);
    expect(chart.rev).toBe(createHash('sha256').update('chart();').digest('hex').slice(0, 12));
    expect(byUrl.get('lectures/1-mindset/')?.title).toBe('第一讲 思维篇 | 极致服务');
    expect(byUrl.get('tools/nps/')?.title).toBe('NPS & 方法');
    expect(chart.title).toBeUndefined();
  });

  it('does not depend on the order the files were listed in', () => {
    expect(buildPrecacheManifest([...BUILD].reverse())).toEqual(manifest);
  });

  it('changes the version when any byte of any precached file changes, and only then', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: BUILD.length - 1 }), fc.string({ minLength: 1, maxLength: 8 }), (index, extra) => {
        const file = BUILD[index]!;
        const changed = BUILD.map((entry, position) => (position === index ? { path: entry.path, bytes: text(new TextDecoder().decode(entry.bytes) + extra) } : entry));
        const next = buildPrecacheManifest(changed);
        const listed = manifest.entries.some((entry) => entry.url === urlOf(file.path));
        expect(next.version !== manifest.version).toBe(listed);
      }),
      { numRuns: 60 },
    );
  });

  it('adds up the bundle: everything, and the part fetched at install', () => {
    const size = bundleSize(manifest);
    const sum = (list: typeof manifest.entries) => list.reduce((total, entry) => total + entry.size, 0);
    expect(size.files).toBe(10);
    expect(size.bytes).toBe(sum(manifest.entries));
    expect(size.coreFiles).toBe(9);
    expect(size.coreBytes).toBe(size.bytes - byUrl.get('lectures/1-mindset/')!.size);
  });
});

describe('renderServiceWorker', () => {
  const template = readFileSync('src/sw/sw.js', 'utf8');
  const worker = renderServiceWorker(template, { version: 'abc123def456', base: '/course/sub/' });

  it('fills the one placeholder with the version, the base and the versioned manifest’s URL', () => {
    expect(worker).not.toContain('__OFFLINE_CONFIG__');
    expect(worker).toContain('const CONFIG = {"version":"abc123def456","base":"/course/sub/","manifest":"/course/sub/sw-manifest.abc123def456.json"};');
    expect(manifestFileName('abc123def456')).toBe('sw-manifest.abc123def456.json');
  });

  it('is marked as generated for type checkers', () => {
    expect(worker.startsWith('// @ts-nocheck\n')).toBe(true);
  });

  it('is valid JavaScript once rendered', () => {
    expect(() => new Function(worker)).not.toThrow();
  });

  it('stays within the 10 KB budget', () => {
    expect(Buffer.byteLength(worker)).toBeLessThanOrEqual(10 * 1024);
  });

  it('refuses a template without the placeholder', () => {
    expect(() => renderServiceWorker('self.x = 1;', { version: 'v', base: '/' })).toThrow(/placeholder/);
  });

  it('drops comment-only lines and keeps code', () => {
    expect(stripCommentLines('/**\n * doc\n */\nconst a = 1; // kept\n  // gone\nb();')).toBe('const a = 1; // kept\nb();');
  });
});

describe('webAppManifest', () => {
  it('puts start_url, scope, id and icons under the base path', () => {
    const manifest = webAppManifest({ base: '/course/sub/', name: '极致服务创造口碑客户', shortName: '极致服务', description: 'd', themeColor: '#8a1c1c', backgroundColor: '#ffffff' });
    expect(manifest).toMatchObject({ name: '极致服务创造口碑客户', short_name: '极致服务', lang: 'zh-CN', start_url: '/course/sub/', scope: '/course/sub/', id: '/course/sub/', display: 'standalone', theme_color: '#8a1c1c' });
    expect(manifest.icons.map((icon) => `${icon.src} ${icon.sizes} ${icon.purpose}`)).toEqual([
      '/course/sub/icons/icon-192.png 192x192 any',
      '/course/sub/icons/icon-512.png 512x512 any',
      '/course/sub/icons/maskable-192.png 192x192 maskable',
      '/course/sub/icons/maskable-512.png 512x512 maskable',
    ]);
  });

  it('works at the root too', () => {
    const manifest = webAppManifest({ base: '/', name: 'n', shortName: 's', description: 'd', themeColor: '#000', backgroundColor: '#fff' });
    expect([manifest.start_url, manifest.scope, manifest.icons[0]!.src]).toEqual(['/', '/', '/icons/icon-192.png']);
  });
});

describe('the committed icons', () => {
  it('are PNGs of the sizes the manifest states', () => {
    for (const [file, size] of [['icon-192.png', 192], ['icon-512.png', 512], ['maskable-192.png', 192], ['maskable-512.png', 512]] as const) {
      const png = readFileSync(`public/icons/${file}`);
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([size, size]);
    }
  });
});
