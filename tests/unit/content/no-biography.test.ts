/**
 * Seed 000 ends with the trainer's biography and course list, which the site must never
 * publish (course metadata in src/course.ts is configurable and empty by default). This reads
 * the biography from the seed itself and checks that none of its lines reached the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { course } from '../../../src/course';
import { contentDir, contentFiles, repoRoot, seedTexts, seedsMissing } from './content-files';

/** Everything after the last workshop step of lecture 4 (城镇会议) is the biography. */
function biographyLines(outline: string): string[] {
  const lines = outline.split(/\r?\n/);
  const lastCourseLine = lines.findIndex((line) => line.includes('城镇会议'));
  return lines
    .slice(lastCourseLine + 1)
    .map((line) => line.replace(/^[★\s]+/, '').trim())
    .filter((line) => line.length >= 4);
}

const outline = seedTexts().find((seed) => seed.name.startsWith('000_'));

describe('the trainer biography in seed 000 is not published', () => {
  if (seedsMissing('biography check')) return;
  if (!outline) throw new Error('../shared/seeds/ has no seed 000 (the course outline with the biography)');
  const lines = biographyLines(outline.text);
  const published = [
    ...contentFiles().map((file) => readFileSync(join(contentDir, file), 'utf8')),
    readFileSync(join(repoRoot, 'src/course.ts'), 'utf8'),
    readFileSync(join(repoRoot, 'src/components/CourseOverview.astro'), 'utf8'),
  ].join('\n');

  it('finds the biography in the seed (the check has something to look for)', () => {
    expect(lines.length).toBeGreaterThan(10);
  });

  it('no biography line appears in the site', () => {
    expect(lines.filter((line) => published.includes(line))).toEqual([]);
  });

  it('the trainer, dates and venue are empty by default', () => {
    expect([course.trainer, course.dates, course.venue]).toEqual(['', '', '']);
  });
});
