/**
 * Issue 19, point 1: the timetable adds up, from one source (src/data/schedule.ts).
 *
 * - every session block lasts exactly as long as the page activities it holds;
 * - blocks run in order and do not overlap; each day's class time is right and the two days make
 *   the course's 12 hours (src/course.ts);
 * - every page named exists, and every activity of every page is held by exactly one block;
 * - each time a page states for an activity ("（N 分钟" after the activity's marker) equals the
 *   schedule, every such statement on a scheduled page belongs to one of its activities, and the
 *   lecture guides' per-page and per-lecture times equal the schedule's sums. So changing a
 *   page's stated time without changing the schedule (or the other way round) fails here.
 */
import { describe, expect, it } from 'vitest';
import { course } from '../../../src/course';
import {
  blockMinutes,
  classMinutesPerDay,
  clockMinutes,
  lectureMinutes,
  lectureNames,
  pageActivities,
  pageMinutes,
  schedule,
  segmentActivities,
  sessionBlocks,
  type PagePath,
} from '../../../src/data/schedule';
import { pageFileFor, readPage } from './content-files';

const pages = Object.keys(pageActivities) as PagePath[];
/** A stated time: full-width opening bracket, optional 约, the minutes. */
const statedTime = /（约?\s*(\d+)\s*分钟/g;

describe('schedule blocks', () => {
  it.each(sessionBlocks().map((block) => [`${block.day}日 ${block.start}–${block.end} ${block.title}`, block] as const))(
    '%s lasts as long as its activities',
    (_name, block) => {
      const activityTotal = block.segments.flatMap(segmentActivities).reduce((sum, activity) => sum + activity.minutes, 0);
      expect(activityTotal).toBe(blockMinutes(block));
    },
  );

  it('blocks run in order within each day and never overlap', () => {
    for (const day of [1, 2] as const) {
      const blocks = schedule.filter((block) => block.day === day);
      for (const block of blocks) expect(clockMinutes(block.end)).toBeGreaterThan(clockMinutes(block.start));
      for (let index = 1; index < blocks.length; index++) {
        expect(clockMinutes(blocks[index]!.start), `${day}日 ${blocks[index]!.start}`).toBeGreaterThanOrEqual(
          clockMinutes(blocks[index - 1]!.end),
        );
      }
    }
    const days = schedule.map((block) => block.day);
    expect([...days].sort()).toEqual(days);
  });

  it('day totals: 330 minutes on day 1, 390 on day 2, 12 hours in all', () => {
    // Hand count. Day 1: 09:00–12:00 is 180 min less a 15-min break = 165; 13:30–16:30 is 180 less
    // 15 = 165; 165 + 165 = 330. Day 2: 08:30–12:30 is 240 less 15 = 225; 13:30–16:30 is 180 less
    // 15 = 165; 225 + 165 = 390. 330 + 390 = 720 = 12 × 60.
    const classMinutes = (day: 1 | 2) =>
      sessionBlocks()
        .filter((block) => block.day === day)
        .reduce((sum, block) => sum + blockMinutes(block), 0);
    expect(classMinutes(1)).toBe(330);
    expect(classMinutes(2)).toBe(390);
    expect(classMinutesPerDay).toEqual({ 1: 330, 2: 390 });
    expect(classMinutes(1) + classMinutes(2)).toBe(course.durationHours * 60);
  });

  it('each day has a break in the morning and in the afternoon, and a lunch', () => {
    for (const day of [1, 2] as const) {
      const kinds = schedule.filter((block) => block.day === day).map((block) => block.kind);
      expect(kinds.filter((kind) => kind === 'break')).toHaveLength(2);
      expect(kinds.filter((kind) => kind === 'lunch')).toHaveLength(1);
    }
  });

  it('lectures: 165 + 165 + 225 + 165 minutes', () => {
    expect([1, 2, 3, 4].map((lecture) => lectureMinutes(lecture as 1 | 2 | 3 | 4))).toEqual([165, 165, 225, 165]);
  });
});

describe('schedule pages', () => {
  it.each(pages)('%s exists', (page) => {
    expect(pageFileFor(page), `no page for ${page}`).toBeDefined();
  });

  it('every activity of every page is held by exactly one block', () => {
    const held = new Map<string, number>();
    for (const block of sessionBlocks())
      for (const segment of block.segments)
        for (const activity of segmentActivities(segment)) {
          const id = `${segment.page}#${activity.key}`;
          held.set(id, (held.get(id) ?? 0) + 1);
        }
    for (const page of pages)
      for (const activity of pageActivities[page]!) expect(held.get(`${page}#${activity.key}`), `${page}#${activity.key}`).toBe(1);
  });

  it('activity keys are unique within a page', () => {
    for (const page of pages) {
      const keys = pageActivities[page]!.map((activity) => activity.key);
      expect(new Set(keys).size, page).toBe(keys.length);
    }
  });

  const marked = pages.flatMap((page) =>
    pageActivities[page]!.filter((activity) => activity.marker).map((activity) => [page, activity.marker!, activity.minutes] as const),
  );
  it.each(marked)('%s states “%s” as %i minutes', (page, marker, minutes) => {
    const text = readPage(page);
    const at = text.indexOf(marker);
    expect(at, `${page} should contain “${marker}”`).toBeGreaterThanOrEqual(0);
    const after = text.slice(at + marker.length, at + marker.length + 60);
    const stated = /^[^（\n]*（约?\s*(\d+)\s*分钟/.exec(after);
    expect(stated, `${page}: no “（N 分钟” right after “${marker}”`).not.toBeNull();
    expect(Number(stated![1])).toBe(minutes);
  });

  /** Markers used by one activity only, anywhere in the schedule: a page may quote another page's step by them. */
  const uniqueMarkers = new Map<string, number>();
  const markerCounts = new Map<string, number>();
  for (const [, marker, minutes] of marked) {
    markerCounts.set(marker, (markerCounts.get(marker) ?? 0) + 1);
    uniqueMarkers.set(marker, minutes);
  }
  for (const [marker, count] of markerCounts) if (count > 1) uniqueMarkers.delete(marker);

  it.each(pages)('every time stated on %s belongs to a scheduled activity or a linked page', (page) => {
    const text = readPage(page);
    const own = new Map(pageActivities[page]!.flatMap((activity) => (activity.marker ? [[activity.marker, activity.minutes] as const] : [])));
    for (const match of text.matchAll(statedTime)) {
      const before = text.slice(Math.max(0, match.index - 80), match.index);
      const link = /\]\((\/lectures\/[^)]+\/)\)\**$/.exec(before);
      if (link) {
        expect(Number(match[1]), `${page}: time for ${link[1]}`).toBe(pageMinutes(link[1] as PagePath));
        continue;
      }
      const lastLine = before.slice(before.lastIndexOf('\n') + 1);
      const candidates = [...own, ...uniqueMarkers].filter(([marker]) => lastLine.endsWith(marker) || lastLine.includes(marker));
      expect(candidates.length, `${page}: “${lastLine}${match[0]}” is not a scheduled activity's marker`).toBeGreaterThan(0);
      // The marker nearest the stated time is the one it belongs to.
      const [, minutes] = candidates.sort((a, b) => lastLine.lastIndexOf(b[0]) - lastLine.lastIndexOf(a[0]))[0]!;
      expect(Number(match[1]), `${page}: “${lastLine}${match[0]}”`).toBe(minutes);
    }
  });
});

describe('lecture guides state the schedule’s times', () => {
  it.each([1, 2, 3, 4] as const)('第 %i 讲 guide states its total and each page’s minutes', (lecture) => {
    const { href } = lectureNames[lecture];
    const text = readPage(href);
    const total = /本讲共\s*(\d+)\s*分钟/.exec(text);
    expect(total, `${href} should state “本讲共 N 分钟”`).not.toBeNull();
    expect(Number(total![1])).toBe(lectureMinutes(lecture));
    // Every page of the lecture that takes class time is linked with its minutes.
    const lecturePages = pages.filter((page) => page.startsWith(href) && page !== href);
    for (const page of lecturePages) {
      const stated = new RegExp(`\\]\\(${page.replace(/\//g, '\\/')}\\)\\**（约?\\s*(\\d+)\\s*分钟`).exec(text);
      expect(stated, `${href} should state the minutes of ${page}`).not.toBeNull();
      expect(Number(stated![1])).toBe(pageMinutes(page));
    }
  });
});
