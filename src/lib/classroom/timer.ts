/**
 * The workshop countdown as plain data and arithmetic on clock readings, so that it survives a
 * reload: a running timer stores when it was started (epoch milliseconds) rather than a
 * counter, and the time left is always worked out from the clock. Times in milliseconds.
 */
import { z } from 'zod/mini';

/** Longest countdown: a workshop block of the course is at most half a day. */
export const MAX_DURATION_MS = 4 * 60 * 60 * 1000;

export const timerSchema = z.object({
  durationMs: z.number().check(z.int(), z.minimum(1000), z.maximum(MAX_DURATION_MS)),
  /** Time already counted before the current run (pauses). */
  elapsedMs: z.number().check(z.minimum(0)),
  /** When the current run started (epoch ms), or null when paused or not started. */
  startedAt: z.nullable(z.number()),
  sound: z.boolean(),
});
export type TimerState = z.infer<typeof timerSchema>;

export const initialTimer: TimerState = { durationMs: 10 * 60 * 1000, elapsedMs: 0, startedAt: null, sound: true };

/** Milliseconds counted at clock reading `now` (never more than the duration). */
export function elapsed(state: TimerState, now: number): number {
  const running = state.startedAt === null ? 0 : Math.max(0, now - state.startedAt);
  return Math.min(state.durationMs, state.elapsedMs + running);
}

/** Milliseconds left at `now` (0 when time is up). */
export function remaining(state: TimerState, now: number): number {
  return state.durationMs - elapsed(state, now);
}

export const isRunning = (state: TimerState): boolean => state.startedAt !== null;

export function start(state: TimerState, now: number): TimerState {
  if (state.startedAt !== null) return state;
  // Starting again at zero begins a new countdown of the same duration.
  const elapsedMs = remaining(state, now) === 0 ? 0 : state.elapsedMs;
  return { ...state, elapsedMs, startedAt: now };
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.startedAt === null) return state;
  return { ...state, elapsedMs: elapsed(state, now), startedAt: null };
}

export function reset(state: TimerState): TimerState {
  return { ...state, elapsedMs: 0, startedAt: null };
}

/** A new duration stops the timer and starts it afresh (the set duration is what must not get lost). */
export function setDuration(state: TimerState, durationMs: number): TimerState {
  return { ...state, durationMs, elapsedMs: 0, startedAt: null };
}

/** Whole seconds shown, rounded up, so the display reads 00:00 only when time is really up. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

export type DurationResult = { ok: true; durationMs: number } | { ok: false; message: string };

/**
 * Reads the duration box: minutes ("5", "2.5"), or minutes and seconds ("4:30", also with a
 * full-width colon "4：30"). From 1 second to 4 hours.
 */
export function parseDuration(text: string): DurationResult {
  const value = text.trim().replace('：', ':');
  let ms: number;
  const clock = /^(\d{1,3}):([0-5]?\d)$/.exec(value);
  if (clock) ms = (Number(clock[1]) * 60 + Number(clock[2])) * 1000;
  else if (/^\d+(\.\d+)?$/.test(value)) ms = Math.round(Number(value) * 60) * 1000;
  else return { ok: false, message: `时长“${text.trim()}”看不懂：请填分钟数（如 5）或“分:秒”（如 4:30）。` };
  if (ms < 1000) return { ok: false, message: '时长至少 1 秒。' };
  if (ms > MAX_DURATION_MS) return { ok: false, message: '时长最多 240 分钟（4 小时）。' };
  return { ok: true, durationMs: ms };
}

/** Reads a stored timer; anything unreadable gives the initial timer, never a throw. */
export function parseStoredTimer(raw: string | null): TimerState {
  if (raw === null) return initialTimer;
  try {
    const parsed = timerSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : initialTimer;
  } catch {
    return initialTimer;
  }
}
