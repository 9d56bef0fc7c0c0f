/**
 * Issue 19, point 2: the pre-reading instructions come from one place (src/data/preReading.ts),
 * rendered by PreReading.astro on the overview page and the trainer's notice, and summarised on the
 * home page from the same file. No page writes its own list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preReadingSteps, preReadingSummary } from '../../../src/data/preReading';
import { readPage, repoRoot } from './content-files';

describe('pre-reading from one place', () => {
  it.each(['/overview/', '/trainer/'])('%s renders <PreReading />', (page) => {
    const text = readPage(page);
    expect(text).toContain("import PreReading from");
    expect(text).toContain('<PreReading />');
    // The old hand-written instructions are gone.
    expect(text).not.toMatch(/按顺序读第一讲和第二讲|课前浏览学习目标即可/);
  });

  it('the home page shows the summary from the same data file', () => {
    const home = readFileSync(join(repoRoot, 'src/components/CourseOverview.astro'), 'utf8');
    expect(home).toContain('preReadingSummary');
    expect(home).not.toContain('按顺序读完四讲');
  });

  it('the summary agrees with the steps: lectures 1–2 read, 3–4 browsed', () => {
    expect(preReadingSteps[0]!.links.map((link) => link.href)).toEqual(['/lectures/1-mindset/', '/lectures/2-cognition/']);
    expect(preReadingSteps[1]!.links.map((link) => link.href)).toEqual(['/lectures/3-design/', '/lectures/4-management/']);
    expect(preReadingSummary).toContain('第一、二讲');
    expect(preReadingSummary).toContain('第三、四讲');
  });
});
