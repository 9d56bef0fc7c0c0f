/**
 * One page's rendered HTML made fit to sit next to the lecture's other pages in the 讲义合集:
 * every id gets the section's prefix (and so does every reference to one: `href="#…"`,
 * `url(#…)`, `for`, `aria-labelledby` …), since two pages may both have a "课堂练习" heading
 * or the same diagram's title ids; and each aside's label names the section, since landmarks
 * must differ (two pages may each have a "教学情景" aside).
 */
export function prefixSection(html: string, prefix: string, sectionTitle: string): string {
  const idList = (list: string) =>
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => `${prefix}${id}`)
      .join(' ');
  return html
    .replace(/(\s)id="([^"]+)"/g, (_, space: string, id: string) => `${space}id="${prefix}${id}"`)
    .replace(/(\s)(aria-labelledby|aria-describedby|aria-controls|aria-owns|for)="([^"]+)"/g, (_, space: string, name: string, list: string) => `${space}${name}="${idList(list)}"`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`)
    .replace(/(<aside\b[^>]*\saria-label=")([^"]*)"/g, (_, start: string, label: string) => `${start}${label}（${sectionTitle}）"`);
}
