/**
 * Starlight renders each aside as an <aside> landmark named by its title; two asides with the
 * same title on one page are indistinguishable to a screen reader (axe: landmark-unique).
 * Titles of asides must therefore be unique within a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, contentFiles } from './content-files';

/** Titles of `:::note[…]` directives and `<Aside title="…">` components, in page order. */
export function asideTitles(source: string): string[] {
  const directives = [...source.matchAll(/^:::(?:note|tip|caution|danger)\[([^\]]+)\]/gm)].map((match) => match[1]!.trim());
  const components = [...source.matchAll(/<Aside\b[^>]*\btitle=["']([^"']+)["']/g)].map((match) => match[1]!.trim());
  return [...directives, ...components];
}

describe('aside titles are unique within each page', () => {
  it('finds duplicates when there are some (the check itself works)', () => {
    const titles = asideTitles(':::note[教学情景]\nA\n:::\n\n<Aside type="note" title="教学情景">B</Aside>');
    expect(titles).toEqual(['教学情景', '教学情景']);
  });

  it.each(contentFiles())('%s', (file) => {
    const titles = asideTitles(readFileSync(join(contentDir, file), 'utf8'));
    const duplicates = titles.filter((title, index) => titles.indexOf(title) !== index);
    expect(duplicates).toEqual([]);
  });
});
