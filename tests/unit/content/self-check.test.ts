/**
 * 自测 (issue 19, "Self-check on every teaching page"): every numbered section page of the four
 * lectures and every reading module has 3–5 questions in src/data/selfChecks.ts; every key names
 * a page; every single-choice question has 2–5 distinct options and exactly one valid answer key;
 * every prompt, answer and explanation is non-empty. Plus the pure helpers that arrange options
 * and read the progress kept in localStorage.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selfCheckFor, selfChecks } from '../../../src/data/selfChecks';
import { arrangeOptions, parseProgress, serializeProgress, stringSeed } from '../../../src/lib/selfCheck';
import { contentDir, contentFiles } from './content-files';

/** Teaching pages, as content ids: lectures/<lecture>/<section> and reading/<module>, landing pages excluded. */
function teachingPages(): string[] {
  const lectures = readdirSync(join(contentDir, 'lectures'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(contentDir, 'lectures', entry.name))
        .filter((name) => /\.mdx?$/.test(name) && !/^index\.mdx?$/.test(name))
        .map((name) => `lectures/${entry.name}/${name.replace(/\.mdx?$/, '')}`),
    );
  const reading = readdirSync(join(contentDir, 'reading'))
    .filter((name) => /\.mdx?$/.test(name) && !/^index\.mdx?$/.test(name))
    .map((name) => `reading/${name.replace(/\.mdx?$/, '')}`);
  return [...lectures, ...reading].sort();
}

const pages = teachingPages();
const pageIds = new Set(contentFiles().map((file) => file.replace(/\.mdx?$/, '')));
const questions = Object.entries(selfChecks).flatMap(([page, list]) => list.map((question, index) => ({ page, index: index + 1, question })));
const choiceQuestions = questions.flatMap(({ page, index, question }) => (question.kind === 'choice' ? [{ page, index, question }] : []));

describe('every teaching page has a self-check', () => {
  it('finds the teaching pages (15 lecture sections and 4 reading modules when this test was written)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(19);
    expect(pages).toContain('lectures/1-mindset/loyalty-nps');
    expect(pages).toContain('reading/after-sales');
    expect(pages).not.toContain('lectures/1-mindset/index');
  });

  it.each(pages)('%s has 3–5 questions', (page) => {
    const list = selfCheckFor(page);
    expect(list, `${page} has no self-check in src/data/selfChecks.ts`).toBeDefined();
    expect(list!.length).toBeGreaterThanOrEqual(3);
    expect(list!.length).toBeLessThanOrEqual(5);
  });

  it.each(Object.keys(selfChecks))('key %s names an existing page', (page) => {
    expect(pageIds.has(page), `no content/${page}.md(x)`).toBe(true);
  });

  it('a landing page or a page without questions gets none', () => {
    expect(selfCheckFor('lectures/1-mindset/index')).toBeUndefined();
    expect(selfCheckFor('toString')).toBeUndefined();
  });
});

describe('every question is well formed', () => {
  it.each(questions.map(({ page, index, question }) => [page, index, question] as const))('%s #%i has a prompt, an answer and an explanation', (_page, _index, question) => {
    expect(question.prompt.trim()).not.toBe('');
    expect(question.explanation.trim()).not.toBe('');
    if (question.kind === 'scenario') expect(question.answer.trim()).not.toBe('');
  });

  it.each(choiceQuestions.map(({ page, index, question }) => [page, index, question] as const))('%s #%i: 2–5 distinct options, exactly one valid answer key', (_page, _index, question) => {
    expect(question.options.length).toBeGreaterThanOrEqual(2);
    expect(question.options.length).toBeLessThanOrEqual(5);
    for (const option of question.options) expect(option.trim()).not.toBe('');
    expect(new Set(question.options).size, 'options must differ, or two could be "right"').toBe(question.options.length);
    expect(Number.isInteger(question.answer)).toBe(true);
    expect(question.answer).toBeGreaterThanOrEqual(0);
    expect(question.answer).toBeLessThan(question.options.length);
  });

  it('prompts are not repeated within a page', () => {
    for (const [page, list] of Object.entries(selfChecks)) {
      expect(new Set(list.map((question) => question.prompt)).size, page).toBe(list.length);
    }
  });
});

describe('arrangeOptions', () => {
  it('rotates by the seed: ["a","b","c"], answer 0, seed 1 shows b, c, a with the answer at 2 (hand-worked)', () => {
    expect(arrangeOptions(['a', 'b', 'c'], 0, 1)).toEqual({ options: ['b', 'c', 'a'], answer: 2 });
    expect(arrangeOptions(['a', 'b', 'c'], 2, 4)).toEqual({ options: ['b', 'c', 'a'], answer: 1 });
    expect(arrangeOptions(['a', 'b'], 1, -1)).toEqual({ options: ['b', 'a'], answer: 0 });
  });

  it('keeps the same options and the same correct text for any seed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 5 }), fc.nat(), fc.integer(), (options, pick, seed) => {
        const answer = pick % options.length;
        const arranged = arrangeOptions(options, answer, seed);
        expect([...arranged.options].sort()).toEqual([...options].sort());
        expect(arranged.options[arranged.answer]).toBe(options[answer]);
      }),
    );
  });

  it('spreads the correct letter over the course: no letter holds more than half the answers', () => {
    const letters = choiceQuestions.map(({ page, index, question }) => arrangeOptions(question.options, question.answer, stringSeed(page) + index - 1).answer);
    const most = Math.max(...[0, 1, 2, 3, 4].map((letter) => letters.filter((answer) => answer === letter).length));
    expect(most).toBeLessThanOrEqual(letters.length / 2);
  });

  it('rejects an answer that is not an option', () => {
    expect(() => arrangeOptions(['a', 'b'], 2, 0)).toThrow();
    expect(() => arrangeOptions([], 0, 0)).toThrow();
  });
});

describe('parseProgress (what localStorage holds may be anything)', () => {
  it.each([
    ['nothing stored', null, []],
    ['what we write', '{"done":[2,0]}', [0, 2]],
    ['not JSON', '{done:[1', []],
    ['JSON of another shape', '[1,2]', []],
    ['null', 'null', []],
    ['done not a list', '{"done":"0,1"}', []],
    ['indices out of range, fractional, negative, strings, repeated', '{"done":[0,0,3,9,1.5,-1,"1"]}', [0, 3]],
  ])('%s', (_case, raw, expected) => {
    expect(parseProgress(raw, 4)).toEqual(expected);
  });

  it('never throws and returns only valid indices, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.integer({ min: 0, max: 6 }), (raw, total) => {
        const done = parseProgress(raw, total);
        for (const index of done) expect(Number.isInteger(index) && index >= 0 && index < total).toBe(true);
      }),
    );
  });

  it('reads back what serializeProgress writes', () => {
    expect(parseProgress(serializeProgress([3, 1, 1]), 4)).toEqual([1, 3]);
  });
});
