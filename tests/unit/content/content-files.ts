/**
 * Shared helpers for the content tests: where the course text and the source seeds live,
 * and how to read them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { it } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const contentDir = join(repoRoot, 'content');
/** The read-only source documents sit beside the repository (../shared/seeds/); SEEDS_DIR overrides it. */
export const seedsDir = process.env.SEEDS_DIR ?? resolve(repoRoot, '../shared/seeds');

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

/**
 * Declares what a seed-based check does when ../shared/seeds/ is absent, and says whether it
 * is. Under CI (CI=true) the seeds must be there, so a missing folder fails the run with a
 * message instead of letting the check pass on nothing; on a developer's machine without them
 * the check is skipped, visibly (a skipped test in the report, and a warning).
 */
export function seedsMissing(check: string): boolean {
  if (seedTexts().length > 0) return false;
  const message = `${check}: ../shared/seeds/ (the course's source documents) was not found at ${seedsDir}`;
  if (process.env.CI) {
    it(`${check} needs ../shared/seeds/`, () => {
      throw new Error(`${message}; CI must run with the seeds beside the repository`);
    });
  } else {
    console.warn(`⚠ ${message}; the check is skipped`);
    it.skip(`${check} (skipped: ../shared/seeds/ not found)`, () => {});
  }
  return true;
}
