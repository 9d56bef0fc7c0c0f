/**
 * Issue 19, point 5: Chinese prose uses full-width punctuation. In every page under content/ and in
 * the glossary's definitions, a half-width , ; : ( ) ? ! next to a Han character is flagged, and so
 * is a bracket pair mixing the two widths (“（VOC)”).
 *
 * Ignored: fenced code, inline code, import/export lines, front-matter keys, URLs, link targets
 * “](…)”, HTML/JSX tags, formula paragraphs (a line that is one <p>…</p>), and runs with no Han
 * character next to the mark (English references, formulas such as “：(1,560 + 156) × 1,500”, times).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary, glossaryTopics } from '../../../src/data/glossary';
import { contentDir, contentFiles } from './content-files';

const han = '\\p{Script=Han}';
const halfWidth = '[,;:()?!]';
const offending = new RegExp(`(?<=${han})${halfWidth}|${halfWidth}(?=${han})|（[^（）()]*\\)|\\([^（）()]*）`, 'gu');

/** Prose of a Markdown/MDX page with everything that is not prose blanked out (same length per line). */
export function proseOf(source: string): string[] {
  const lines = source.split('\n');
  let inFence = false;
  let inFrontMatter = lines[0] === '---';
  return lines.map((line, index) => {
    if (inFrontMatter) {
      if (index > 0 && line === '---') inFrontMatter = false;
      // Keep front-matter values, drop the keys.
      return index === 0 || line === '---' ? '' : line.replace(/^\s*[\w-]+:\s?/, '');
    }
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return '';
    }
    if (inFence || /^(import|export)\s/.test(line) || /^\s*<p[\s>].*<\/p>\s*$/.test(line)) return '';
    return line
      .replace(/`[^`]*`/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<[^>]*>/g, ' ');
  });
}

export function offences(text: string): string[] {
  return [...text.matchAll(offending)].map((match) => text.slice(Math.max(0, match.index - 8), match.index + 9));
}

describe('full-width punctuation in Chinese prose', () => {
  it.each(contentFiles())('content/%s', (file) => {
    const lines = proseOf(readFileSync(join(contentDir, file), 'utf8'));
    const hits = lines.flatMap((line, index) => offences(line).map((excerpt) => `${index + 1}: …${excerpt}…`));
    expect(hits).toEqual([]);
  });

  it('glossary definitions, terms and topic intros', () => {
    const texts = [
      ...glossary.flatMap((entry) => [entry.term, entry.definition]),
      ...glossaryTopics.flatMap((topic) => [topic.label, topic.intro]),
    ];
    expect(texts.flatMap(offences)).toEqual([]);
  });

  it.each([
    ['旅客之声,NPS 和投诉', 1],
    ['净推荐值(NPS)只问', 2],
    ['（VOC)，', 1],
    ['：(1,560 + 156) × 1,500', 0],
    ['见第三讲;然后', 1],
    ['Cambridge, MA: Ballinger.', 0],
    ['09:00–12:00', 0],
  ])('the rule flags “%s” %i time(s)', (text, count) => {
    expect(offences(text)).toHaveLength(count);
  });

  it('ignores code, link targets and front-matter keys', () => {
    const lines = proseOf('---\ntitle: 标题\n---\n`a,中`\n[链接](/a/b/)\n```\n中,文\n```');
    expect(lines.flatMap(offences)).toEqual([]);
  });
});
