/**
 * Shared helpers for the content tests: where the course text and the source seeds live,
 * and how to read them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const contentDir = join(repoRoot, 'content');
/** The read-only source documents sit beside the repository (../shared/seeds/). */
export const seedsDir = resolve(repoRoot, '../shared/seeds');

/** Every Markdown/MDX file under content/, as paths relative to content/. */
export function contentFiles(dir: string = contentDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(path);
    return /\.mdx?$/.test(entry.name) ? [relative(contentDir, path)] : [];
  });
}

/** The page file for a site path such as `/lectures/1-mindset/nps/`, or undefined. */
export function pageFileFor(sitePath: string): string | undefined {
  const slug = sitePath.replace(/^\/|\/$/g, '');
  const candidates = slug === '' ? ['index.md', 'index.mdx'] : [`${slug}.md`, `${slug}.mdx`, `${slug}/index.md`, `${slug}/index.mdx`];
  return candidates.map((candidate) => join(contentDir, candidate)).find((file) => existsSync(file));
}

export function readPage(sitePath: string): string {
  const file = pageFileFor(sitePath);
  if (!file) throw new Error(`no page for ${sitePath}`);
  return readFileSync(file, 'utf8');
}

export function seedTexts(): { name: string; text: string }[] {
  if (!existsSync(seedsDir)) return [];
  return readdirSync(seedsDir)
    .filter((name) => /^\d{3}_.*\.txt$/.test(name))
    .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
}
