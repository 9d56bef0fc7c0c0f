// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { course } from './src/course.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/plugins/base-links.mjs';
import { lazySearchPlugin } from './src/plugins/lazy-search.mjs';
import courseOffline from './src/integrations/offline.mjs';
import coursePrint from './src/integrations/print.mjs';

/** Hosting under a sub-path (GitHub Pages project sites): BASE_PATH=/repo-name/ npm run build */
const base = normaliseBase(process.env.BASE_PATH ?? '/');

/** @param {string} value */
function normaliseBase(value) {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * A sidebar group that lists a content folder; new pages appear without touching this file.
 * Starlight resolves `directory` against the entry's file path, which for our glob loader
 * starts with `content/` (it only strips its own `src/content/docs/`).
 */
const folder = (/** @type {string} */ label, /** @type {string} */ directory) => ({
  label,
  items: [{ autogenerate: { directory: `content/${directory}` } }],
});

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  vite: {
    // ES-module workers keep `await import()` lazy inside a worker, so SheetJS is fetched only
    // when an Excel file is chosen instead of being bundled into every tool's worker.
    worker: { format: 'es' },
    // Pagefind's UI loads when a reader reaches for the search, not on every page (see the plugin).
    plugins: [lazySearchPlugin()],
  },
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
  },
  integrations: [
    starlight({
      title: course.title,
      description: course.description,
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      favicon: '/favicon.svg',
      head: [
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}apple-touch-icon.png` } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#8a1c1c' } },
        { tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } },
      ],
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      routeMiddleware: './src/routeData.ts',
      components: {
        Footer: './src/components/SiteFooter.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
        PageTitle: './src/components/print/PrintTitle.astro',
        ThemeProvider: './src/components/classroom/ProjectorHead.astro',
        ThemeSelect: './src/components/classroom/ClassroomControls.astro',
      },
      // Course text lives in content/, not src/content/docs/: let Starlight's Markdown features (asides, heading anchors) see it.
      markdown: { processedDirs: ['./content/'] },
      lastUpdated: false,
      credits: false,
      sidebar: [
        { label: '课程概览', items: [{ label: '课程首页', link: '/' }, { label: '课程安排与学习路径', link: '/overview/' }] },
        folder('第一讲 思维篇', 'lectures/1-mindset'),
        folder('第二讲 认知篇', 'lectures/2-cognition'),
        folder('第三讲 设计篇', 'lectures/3-design'),
        folder('第四讲 管理篇', 'lectures/4-management'),
        folder('团队工作册', 'workbook'),
        folder('案例', 'cases'),
        {
          label: '工具',
          items: [
            { label: '工具总览', link: '/tools/' },
            folder('NPS 净推荐值', 'tools/nps'),
            folder('KANO 需求分析', 'tools/kano'),
            folder('SERVQUAL 服务质量', 'tools/servqual'),
            folder('体验损害模型', 'tools/market-damage'),
            folder('顾客价值与转介绍', 'tools/customer-value'),
            folder('双图工作室', 'tools/journey'),
            folder('课堂投票', 'tools/poll'),
            folder('课堂小工具', 'tools/classroom'),
          ],
        },
        folder('延伸阅读', 'reading'),
        { label: '术语表', link: '/glossary/' },
        folder('讲师手册', 'trainer'),
      ],
    }),
    // The islands are written against React's API (hooks, Suspense, lazy, createPortal) and run on
    // Preact through preact/compat: React DOM's client was 71 KB gz of every tool page's JS, about
    // three quarters of it, for participants who open the tools on phones over slow networks.
    preact({ compat: true }),
    // After Starlight, so that sw.js lists Pagefind's index too (build:done runs in this order).
    courseOffline(),
    coursePrint(),
  ],
});
