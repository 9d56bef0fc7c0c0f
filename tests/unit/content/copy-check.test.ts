/**
 * The course text must be written in our own words: no run of 12 or more consecutive
 * characters (ignoring whitespace and punctuation) of any source seed may appear in content/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, contentFiles, seedTexts } from './content-files';

const RUN_LENGTH = 12;

/** Letters, digits and CJK only, so that punctuation or line breaks cannot hide a copied run. */
function normalise(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/** The first shared run of `length` characters between `text` and any of the `runs`, if any. */
function firstSharedRun(text: string, runs: Set<string>, length: number): string | undefined {
  for (let start = 0; start + length <= text.length; start += 1) {
    const candidate = text.slice(start, start + length);
    if (runs.has(candidate)) return candidate;
  }
  return undefined;
}

const seeds = seedTexts();

describe('copy check against ../shared/seeds', () => {
  if (seeds.length === 0) {
    it('is skipped because ../shared/seeds/ is absent', () => {
      console.warn('copy check skipped: ../shared/seeds/ not found beside the repository');
      expect(seeds).toEqual([]);
    });
    return;
  }

  const seedRuns = new Map<string, string>();
  for (const seed of seeds) {
    const text = normalise(seed.text);
    for (let start = 0; start + RUN_LENGTH <= text.length; start += 1) {
      seedRuns.set(text.slice(start, start + RUN_LENGTH), seed.name);
    }
  }
  const runs = new Set(seedRuns.keys());

  it('finds a planted copy (the check itself works)', () => {
    const planted = normalise(seeds[0]!.text).slice(100, 100 + RUN_LENGTH + 3);
    expect(firstSharedRun(`前文${planted}后文`, runs, RUN_LENGTH)).toBeDefined();
  });

  it.each(contentFiles())('%s shares no 12-character run with a seed', (file) => {
    const text = normalise(readFileSync(join(contentDir, file), 'utf8'));
    const shared = firstSharedRun(text, runs, RUN_LENGTH);
    expect(shared, shared ? `copied from ${seedRuns.get(shared)}: “${shared}”` : undefined).toBeUndefined();
  });
});
