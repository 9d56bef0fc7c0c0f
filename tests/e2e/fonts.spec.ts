/**
 * Chinese text is set in a font the stylesheet names (src/styles/site.css), not one the browser
 * finds by its per-character system fallback: that fallback was most of a page's layout time
 * (a lecture page's layout 220 → 121 ms once a Chinese font was named), and it may pick a
 * Japanese or Traditional font's glyph shapes. The test machine has WenQuanYi Micro Hei
 * (scripts/task.mjs installs it); a phone has one of the other names in the list.
 */
import { expect, test } from '@playwright/test';

/** Font family names in a computed `font-family`, unquoted and lower-cased. */
const families = (value: string) => value.split(',').map((name) => name.trim().replace(/^["']|["']$/g, '').toLowerCase());

for (const path of ['lectures/1-mindset/experience-value/', 'tools/market-damage/']) {
  test(`/${path}: the Chinese text uses a font named in the page's font stack`, async ({ page }) => {
    await page.goto(path);
    const paragraph = page.locator('main p').filter({ hasText: /[\u4e00-\u9fff]{8}/ }).first();
    await expect(paragraph).toBeVisible();
    const stack = families(await paragraph.evaluate((element) => getComputedStyle(element).fontFamily));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const handle = await paragraph.elementHandle();
    const marker = `font-probe-${Date.now()}`;
    await handle!.evaluate((element, id) => element.setAttribute('data-font-probe', id), marker);
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-font-probe="${marker}"]` });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    // The font that drew most of the paragraph's glyphs: the Chinese text, not the digits.
    const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
    expect(main, 'no font drew the paragraph: is a Chinese font installed (scripts/task.mjs)?').toBeDefined();
    expect(stack, `the paragraph is drawn in ${main!.familyName}, which the font stack does not name`).toContain(main!.familyName.toLowerCase());
  });
}
