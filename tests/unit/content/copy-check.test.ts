/**
 * The course text must be written in our own words: no run of 12 or more consecutive
 * characters (ignoring whitespace and punctuation) of any source seed may appear in content/.
 * A run counts as prose when at least half of it is Chinese; runs that are mostly Latin
 * letters are names of models and authors ("Market Damage Model", "Communication"), which
 * the site must be free to cite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, contentFiles, seedTexts, seedsMissing } from './content-files';

const RUN_LENGTH = 12;
const MIN_CJK_IN_RUN = RUN_LENGTH / 2;

function isProse(run: string): boolean {
  return (run.match(/\p{Script=Han}/gu)?.length ?? 0) >= MIN_CJK_IN_RUN;
}

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
  if (seedsMissing('copy check')) return;

  const seedRuns = new Map<string, string>();
  for (const seed of seeds) {
    const text = normalise(seed.text);
    for (let start = 0; start + RUN_LENGTH <= text.length; start += 1) {
      const run = text.slice(start, start + RUN_LENGTH);
      if (isProse(run)) seedRuns.set(run, seed.name);
    }
  }
  const runs = new Set(seedRuns.keys());

  it('finds a planted copy (the check itself works)', () => {
    const seedText = normalise(seeds[0]!.text);
    const start = [...seedText].findIndex((_, index) => isProse(seedText.slice(index, index + RUN_LENGTH + 3)));
    const planted = seedText.slice(start, start + RUN_LENGTH + 3);
    expect(firstSharedRun(`前文${planted}后文`, runs, RUN_LENGTH)).toBeDefined();
  });

  it('lets model names through but not Chinese prose', () => {
    expect(isProse(normalise('Market Damage Model'))).toBe(false);
    expect(isProse(normalise('体验损害模型的营收影响量化'))).toBe(true);
  });

  it.each(contentFiles())('%s shares no 12-character run with a seed', (file) => {
    const text = normalise(readFileSync(join(contentDir, file), 'utf8'));
    const shared = firstSharedRun(text, runs, RUN_LENGTH);
    expect(shared, shared ? `copied from ${seedRuns.get(shared)}: “${shared}”` : undefined).toBeUndefined();
  });
});
