import { describe, expect, it } from 'vitest';
import * as timer from '../../../src/lib/classroom/timer';

const minute = 60_000;
const fiveMinutes: timer.TimerState = { ...timer.initialTimer, durationMs: 5 * minute };

describe('timer arithmetic', () => {
  it('counts down from the clock, pauses and resumes', () => {
    let state = timer.start(fiveMinutes, 1_000_000);
    expect(timer.remaining(state, 1_000_000 + 90_000)).toBe(210_000); // 5:00 − 1:30 = 3:30
    state = timer.pause(state, 1_000_000 + 90_000);
    expect(timer.isRunning(state)).toBe(false);
    // Paused for ten minutes: nothing more is counted.
    expect(timer.remaining(state, 1_000_000 + 690_000)).toBe(210_000);
    state = timer.start(state, 2_000_000);
    expect(timer.remaining(state, 2_000_000 + 10_000)).toBe(200_000);
  });

  it('stops at zero and never goes below it', () => {
    const state = timer.start(fiveMinutes, 0);
    expect(timer.remaining(state, 5 * minute)).toBe(0);
    expect(timer.remaining(state, 50 * minute)).toBe(0);
  });

  it('a reload keeps the run: the state stored before reads back to the same time left', () => {
    const running = timer.start(fiveMinutes, 1_000);
    const restored = timer.parseStoredTimer(JSON.stringify(running));
    expect(timer.remaining(restored, 61_000)).toBe(4 * minute);
  });

  it('starting again after zero begins a new countdown; reset keeps the duration', () => {
    const finished = timer.pause(timer.start(fiveMinutes, 0), 6 * minute);
    expect(timer.remaining(finished, 6 * minute)).toBe(0);
    expect(timer.remaining(timer.start(finished, 7 * minute), 7 * minute)).toBe(5 * minute);
    const reset = timer.reset(timer.start(fiveMinutes, 0));
    expect(reset).toEqual({ ...fiveMinutes, startedAt: null, elapsedMs: 0 });
  });

  it('a new duration stops the timer', () => {
    const changed = timer.setDuration(timer.start(fiveMinutes, 0), 2 * minute);
    expect(timer.isRunning(changed)).toBe(false);
    expect(timer.remaining(changed, 10 * minute)).toBe(2 * minute);
  });
});

describe('formatClock', () => {
  it.each([
    [5 * minute, '05:00'],
    [59_001, '01:00'], // 59.001 s left still shows a full minute: seconds round up
    [999, '00:01'],
    [0, '00:00'],
    [-5, '00:00'],
    [61 * minute + 5_000, '1:01:05'],
  ])('%i ms → %s', (ms, text) => {
    expect(timer.formatClock(ms)).toBe(text);
  });
});

describe('parseDuration', () => {
  it.each([
    ['5', 5 * minute],
    ['2.5', 150_000],
    ['4:30', 270_000],
    ['4：30', 270_000],
    [' 0:05 ', 5_000],
    ['240', 240 * minute],
  ])('%j → %i ms', (text, ms) => {
    expect(timer.parseDuration(text)).toEqual({ ok: true, durationMs: ms });
  });

  it.each([
    ['五分钟', '看不懂'],
    ['', '看不懂'],
    ['0', '至少 1 秒'],
    ['241', '最多 240 分钟'],
    ['4:75', '看不懂'],
  ])('%j is refused (%s)', (text, part) => {
    const result = timer.parseDuration(text);
    expect(!result.ok && result.message).toContain(part);
  });
});

describe('parseStoredTimer', () => {
  it.each([null, '', '{', '{"durationMs":-5,"elapsedMs":0,"startedAt":null,"sound":true}', '{"durationMs":"300000"}', '[]'])(
    '%j falls back to the initial timer',
    (raw) => {
      expect(timer.parseStoredTimer(raw)).toEqual(timer.initialTimer);
    },
  );
});
