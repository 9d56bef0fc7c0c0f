/**
 * The glossary data (src/data/glossary.ts) that the 术语表 page and <Term> read: enough terms,
 * no duplicates, one-line definitions, valid anchors, and every "taught at" link pointing to a
 * page that exists in content/ (tool pages included: they are part of the site).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary, glossaryByTopic, glossaryTerm, glossaryTopics } from '../../src/data/glossary';
import { contentDir, pageFileFor } from './content/content-files';

/** A safe fragment: ASCII slug, starts with a letter (so it is a valid HTML id and CSS selector). */
const ANCHOR = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** "One line" on a 390 px phone is about three rendered lines; longer means it is a paragraph. */
const MAX_DEFINITION_LENGTH = 70;

describe('glossary data', () => {
  it('has at least 60 terms (the issue) and at least 70 (the brief)', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(70);
  });

  it('has unique ids, terms and anchors', () => {
    const ids = glossary.map((entry) => entry.id);
    const terms = glossary.map((entry) => entry.term);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('does not reuse a term as another entry’s alias', () => {
    const terms = new Set(glossary.map((entry) => entry.term));
    const clashes = glossary.flatMap((entry) => (entry.aliases ?? []).filter((alias) => terms.has(alias)).map((alias) => `${entry.id}: ${alias}`));
    expect(clashes).toEqual([]);
  });

  it('puts every term in a known topic, and every topic has terms', () => {
    const topicIds = glossaryTopics.map((topic) => topic.id);
    for (const entry of glossary) expect(topicIds, entry.id).toContain(entry.topic);
    for (const topic of topicIds) expect(glossaryByTopic(topic).length, topic).toBeGreaterThan(0);
  });

  it.each(glossary.map((entry) => [entry.id, entry] as const))('%s is complete and well-formed', (id, entry) => {
    expect(id).toMatch(ANCHOR);
    expect(entry.term.trim()).not.toBe('');
    expect(entry.english.trim()).not.toBe('');
    expect(entry.definition.trim()).not.toBe('');
    expect(entry.definition, 'one line').not.toMatch(/[\r\n]/);
    expect([...entry.definition].length, 'short enough to be one line').toBeLessThanOrEqual(MAX_DEFINITION_LENGTH);
    expect(entry.taughtAt.length).toBeGreaterThan(0);
    for (const link of entry.taughtAt) {
      expect(link.label.trim()).not.toBe('');
      expect(link.href, 'root-relative with trailing slash').toMatch(/^\/[a-z0-9/-]*\/$/);
    }
  });

  it.each([...new Set(glossary.flatMap((entry) => entry.taughtAt.map((link) => link.href)))])(
    'taught-at page %s exists',
    (href) => {
      expect(pageFileFor(href), `no page in content/ for ${href}`).toBeDefined();
    },
  );

  it.each([
    'nps', 'promoter', 'passive', 'detractor', 'adjusted-wald', 'experience-economy', 'customer-satisfaction',
    'customer-loyalty', 'market-damage-model', 'service-profit-chain', 'mot', 'abc-management', 'peak-end-rule',
    'customer-journey-map', 'service-blueprint', 'line-of-interaction', 'line-of-visibility',
    'line-of-internal-interaction', 'frontstage', 'backstage', 'experience-pyramid', 'persona', 'kano-model',
    'must-be-need', 'one-dimensional-need', 'attractive-need', 'indifferent-need', 'reverse-need',
    'questionable-answer', 'better-worse', 'fong-test', 'category-strength', 'total-strength', 'servqual',
    'tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy', 'expectation-perception-gap',
    'zone-of-tolerance', 'adequate-service', 'desired-service', 'cronbach-alpha', 'ipa', 'five-gap-model',
    'gap-1', 'gap-2', 'gap-3', 'gap-4', 'gap-5', 'service-recovery', 'voice-of-customer', 'smart', 'swot', 'orid',
    'town-meeting', 'hawthorne-studies', 'service-promise', 'empowerment', 'six-c', 'after-sales-service',
    'service-standardisation', 'five-w', 'four-degrees', 'customer-temperament', 'micro-innovation',
    'peak-moments', 'moment-of-surprise', 'moment-of-connection', 'moment-of-growth', 'moment-of-pride',
    'confidence-interval', 'sample-size', 'missing-value',
  ])('covers the required term %s', (id) => {
    expect(() => glossaryTerm(id)).not.toThrow();
  });

  it('has all nine feelings of the experience pyramid', () => {
    const terms = glossary.map((entry) => entry.term);
    for (const feeling of ['安全感', '操控感', '流畅感', '舒适感', '快乐感', '尊崇感', '尊宠感', '成就感', '荣耀感', '参与感']) {
      expect(terms).toContain(feeling);
    }
  });
});

describe('glossaryTerm (what <Term> uses)', () => {
  it('returns the entry for a known id', () => {
    expect(glossaryTerm('nps').term).toBe('净推荐值');
  });

  it('throws for an unknown id, naming it, so a typo fails the build', () => {
    expect(() => glossaryTerm('npss')).toThrow(/npss/);
    expect(() => glossaryTerm('')).toThrow();
  });
});

describe('glossary page', () => {
  const page = readFileSync(join(contentDir, 'glossary.mdx'), 'utf8');

  it('replaces the placeholder Markdown page', () => {
    expect(pageFileFor('/glossary/')).toMatch(/glossary\.mdx$/);
  });

  it.each(glossaryTopics.map((topic) => [topic.id, topic.label] as const))('renders topic %s under its heading', (id, label) => {
    expect(page).toContain(`## ${label}`);
    expect(page).toContain(`<GlossaryTable topic="${id}" />`);
  });
});
