/**
 * 带领脚本 (issue 19, "Facilitator scripts"): every workshop of the timetable has a
 * minute-by-minute script whose steps add up to the minutes src/data/schedule.ts gives it; every
 * script is rendered on a trainer page, next to its materials, debrief questions, common wrong
 * answers, a completed example (教学情景) and a rubric of 3–4 criteria × 3 levels; the examples
 * cover the four industries of the course.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facilitatorScripts, scheduledMinutes, scriptMinutes } from '../../../src/data/facilitatorScripts';
import { pageActivities, type PagePath } from '../../../src/data/schedule';
import { contentDir, contentFiles } from './content-files';

const trainerFiles = contentFiles().filter((file) => file.startsWith('trainer/'));
const text = (file: string) => readFileSync(join(contentDir, file), 'utf8');
const timelineIds = (source: string) => [...source.matchAll(/<ScriptTimeline id="([^"]+)"/g)].map((match) => match[1]!);
const scriptPages = trainerFiles.filter((file) => timelineIds(text(file)).length > 0);

describe('every workshop has a script that fits the timetable', () => {
  it.each(facilitatorScripts.map((script) => [script.id, script] as const))('%s: steps add up to the timetable minutes', (_id, script) => {
    for (const step of script.steps) expect(Number.isInteger(step.minutes) && step.minutes > 0, step.what).toBe(true);
    expect(scriptMinutes(script)).toBe(scheduledMinutes(script));
  });

  it('the town hall gets 30 minutes: 2 to open, 6 groups × (3 presenting + 1 deciding) = 24, 4 to close (hand-worked)', () => {
    const townHall = facilitatorScripts.find((script) => script.id === 'town-hall')!;
    expect(townHall.steps.map((step) => step.minutes)).toEqual([2, 6 * (3 + 1), 4]);
    expect(scheduledMinutes(townHall)).toBe(2 + 24 + 4);
  });

  const workshops = Object.entries(pageActivities).flatMap(([page, activities]) =>
    activities.filter((activity) => activity.kind === 'workshop').map((activity) => [page as PagePath, activity.key] as const),
  );

  it.each(workshops)('workshop %s %s is run by exactly one script', (page, key) => {
    const runners = facilitatorScripts.filter((script) => script.covers.some((cover) => cover.page === page && cover.activities.includes(key)));
    expect(runners.map((script) => script.id)).toHaveLength(1);
  });

  it('no activity is run by two scripts, and script ids are unique', () => {
    const covered = facilitatorScripts.flatMap((script) => script.covers.flatMap((cover) => cover.activities.map((key) => `${cover.page}#${key}`)));
    expect(new Set(covered).size).toBe(covered.length);
    expect(new Set(facilitatorScripts.map((script) => script.id)).size).toBe(facilitatorScripts.length);
  });

  it("covers lecture 1's exercises and the workshops named in issue 19", () => {
    const ids = facilitatorScripts.map((script) => script.id);
    for (const id of ['era-exercises', 'damage-model', 'nps-exercises', 'kano', 'servqual-standards', 'mot-abc', 'dual-map', 'micro-innovation', 'five-gaps', 'measures-discussion', 'action-plan', 'town-hall']) {
      expect(ids).toContain(id);
    }
  });
});

describe('every script is on a trainer page with all its parts', () => {
  it('each script is rendered exactly once', () => {
    const rendered = scriptPages.flatMap((file) => timelineIds(text(file)));
    expect([...rendered].sort()).toEqual(facilitatorScripts.map((script) => script.id).sort());
  });

  it.each(scriptPages)('%s: materials, debrief, wrong answers, example and rubric for each script', (file) => {
    const source = text(file);
    const scripts = timelineIds(source).length;
    for (const part of ['**物料**', '**讲评提问**', '**常见的错误答案与回应**', '**完成示例（教学情景', '**评分量规**']) {
      expect(source.split(part).length - 1, `${file}: “${part}” once per script`).toBe(scripts);
    }
  });

  it.each(scriptPages)('%s: each rubric has 3–4 criteria × 3 levels', (file) => {
    const rubrics = text(file).split('**评分量规**').slice(1);
    for (const rubric of rubrics) {
      // The rubric is the first table after the label: its rows run until the first non-table line.
      const lines = rubric.split('\n').slice(1);
      const start = lines.findIndex((line) => line.startsWith('|'));
      const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
      const rows = lines.slice(start, end === -1 ? undefined : end);
      expect(rows[0]).toMatch(/^\| 标准 \| 待改进 \| 合格 \| 优秀 \|$/);
      const criteria = rows.slice(2);
      expect(criteria.length).toBeGreaterThanOrEqual(3);
      expect(criteria.length).toBeLessThanOrEqual(4);
      for (const row of criteria) expect(row.split('|').filter((cell) => cell.trim() !== '')).toHaveLength(4);
    }
  });

  it('the completed examples cover hotel, scenic area, airline and airport', () => {
    const labels = scriptPages.flatMap((file) => [...text(file).matchAll(/\*\*完成示例（教学情景[：:]([^）]+)）\*\*/g)].map((match) => match[1]!));
    for (const industry of ['酒店', '景区', '航空公司', '机场']) expect(labels.some((label) => label.includes(industry)), industry).toBe(true);
  });
});
