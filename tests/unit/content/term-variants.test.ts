/**
 * Issue 19, point 2 and “What to build”: terms come from the glossary (src/data/glossary.ts). Known
 * variant spellings of a glossary term must not appear anywhere in content/ or src/data/; the only
 * place a variant may stand is the glossary entry's own `aliases`, which tells readers the other name.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/data/glossary';
import { contentDir, contentFiles, repoRoot } from './content-files';

/** [glossary id, variants that must not be used in running text]. */
const variants: [id: string, spellings: string[]][] = [
  ['voice-of-customer', ['客户之声', '顾客之声']],
  ['line-of-internal-interaction', ['内部互动线']],
  ['line-of-visibility', ['可视线']],
  ['line-of-interaction', ['互动线']],
  ['peak-end-rule', ['峰终定理']],
  ['detractor', ['批评者', '贬低者']],
];

const dataDir = join(repoRoot, 'src/data');
const dataFiles = readdirSync(dataDir).filter((name) => name.endsWith('.ts'));

/** A source with the glossary entries' `aliases: [...]` lists removed. */
const withoutAliases = (text: string) => text.replace(/aliases:\s*\[[^\]]*\]/g, '');

const sources = [
  ...contentFiles().map((file) => ({ name: `content/${file}`, text: readFileSync(join(contentDir, file), 'utf8') })),
  ...dataFiles.map((file) => ({ name: relative(repoRoot, join(dataDir, file)), text: withoutAliases(readFileSync(join(dataDir, file), 'utf8')) })),
];

describe('terms come from the glossary', () => {
  it.each(variants)('the glossary has an entry %s, and its term is not one of the variants', (id, spellings) => {
    const entry = glossary.find((candidate) => candidate.id === id);
    expect(entry, `no glossary entry ${id}`).toBeDefined();
    for (const spelling of spellings) expect(entry!.term.includes(spelling), `${id} is spelled ${entry!.term}`).toBe(false);
  });

  it.each(variants.flatMap(([id, spellings]) => spellings.map((spelling) => [spelling, id] as const)))(
    'no page or data file writes “%s” (use the glossary term of %s)',
    (spelling) => {
      const hits = sources.filter((source) => source.text.includes(spelling)).map((source) => source.name);
      expect(hits).toEqual([]);
    },
  );

  it('the chosen terms are the ones the lectures use', () => {
    const term = (id: string) => glossary.find((entry) => entry.id === id)!.term;
    expect(term('voice-of-customer')).toBe('旅客之声');
    expect(term('line-of-internal-interaction')).toBe('内部互动分界线');
  });
});
