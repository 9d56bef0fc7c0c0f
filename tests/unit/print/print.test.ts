/**
 * The print helpers' pure parts: a 讲义合集 section's ids and aside labels made unique
 * (handoutHtml.ts), where a page sits in the course (printContext.ts), and the printed QR code
 * (qrSvg.ts), read back with the `qr` package's own decoder.
 */
import encodeQR from 'qr';
import { describe, expect, it } from 'vitest';
import { prefixSection } from '../../../src/components/print/handoutHtml';
import { isHandoutPage, lectureOf, sidebarTrail } from '../../../src/components/print/printContext';
import { qrSvg } from '../../../src/components/print/qrSvg';

describe('prefixSection', () => {
  it('prefixes ids and every kind of reference to them, and only those', () => {
    const html =
      '<h2 id="课堂练习">课堂练习</h2><a href="#课堂练习">#</a><a href="https://example.org/#x">ext</a>' +
      '<svg aria-labelledby="t d"><title id="t">T</title><desc id="d">D</desc><use xlink:href="#p"/><rect fill="url(#g)"/></svg>' +
      '<label for="f">L</label><input id="f">';
    expect(prefixSection(html, 's2-', '二、体验价值')).toBe(
      '<h2 id="s2-课堂练习">课堂练习</h2><a href="#s2-课堂练习">#</a><a href="https://example.org/#x">ext</a>' +
        '<svg aria-labelledby="s2-t s2-d"><title id="s2-t">T</title><desc id="s2-d">D</desc><use xlink:href="#s2-p"/><rect fill="url(#s2-g)"/></svg>' +
        '<label for="s2-f">L</label><input id="s2-f">',
    );
  });

  it('names the section in each aside’s label', () => {
    expect(prefixSection('<aside class="starlight-aside" aria-label="教学情景">x</aside>', 's3-', '客群画像')).toBe(
      '<aside class="starlight-aside" aria-label="教学情景（客群画像）">x</aside>',
    );
  });
});

describe('printContext', () => {
  const sidebar = [
    { type: 'link' as const, label: '课程首页', isCurrent: false },
    {
      type: 'group' as const,
      label: '工具',
      entries: [
        { type: 'link' as const, label: '工具总览', isCurrent: false },
        { type: 'group' as const, label: 'NPS 净推荐值', entries: [{ type: 'link' as const, label: '计算器', isCurrent: true }] },
      ],
    },
  ];

  it('finds the groups around the current page, outermost first', () => {
    expect(sidebarTrail(sidebar)).toEqual(['工具', 'NPS 净推荐值']);
    expect(sidebarTrail([{ type: 'link', label: '首页', isCurrent: true }])).toEqual([]);
    expect(sidebarTrail([{ type: 'group', label: 'x', entries: [{ type: 'link', label: 'y', isCurrent: false }] }])).toEqual([]);
  });

  it('knows lecture pages and handout pages by their content id', () => {
    expect(lectureOf('lectures/1-mindset/experience-value')).toBe('1-mindset');
    expect(lectureOf('lectures/1-mindset')).toBe('1-mindset');
    expect(lectureOf('cases/luxury-hotel')).toBeUndefined();
    expect(['lectures/1-mindset/kano', 'cases/a', 'reading', 'trainer/x'].every(isHandoutPage)).toBe(true);
    expect(['tools/nps', 'glossary', ''].some(isHandoutPage)).toBe(false);
  });
});

describe('qrSvg', () => {
  it('draws the same modules as the encoder, with a white ground', () => {
    const url = 'https://example.github.io/course/lectures/1-mindset/experience-value/';
    const matrix = encodeQR(url, 'raw', { ecc: 'medium', border: 2 });
    const svg = qrSvg(url);
    expect(svg).toContain(`viewBox="0 0 ${matrix.length} ${matrix.length}"`);
    expect(svg).toContain('<rect width');
    // Rebuild the matrix from the path's runs: M x y h n …
    const drawn = matrix.map((row) => row.map(() => false));
    for (const [, x, y, n] of svg.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let i = 0; i < Number(n); i += 1) drawn[Number(y)]![Number(x) + i] = true;
    }
    expect(drawn).toEqual(matrix);
  });
});
