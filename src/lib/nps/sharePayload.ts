/**
 * What an NPS share link carries: counts per score and, optionally, counts per segment.
 * Never raw rows. This module checks the shape of a decoded link; the encoding itself is the
 * shared src/lib/share.
 */
import { isScoreCounts, SCORE_COUNT } from './classification';
import { MAX_COUNT } from './parseScores';
import { MAX_SEGMENTS } from './analyseNps';
import type { SegmentCounts } from './segments';

/** Compact on purpose: it ends up in a URL. */
export interface NpsSharePayload {
  /** Counts per score 0 … 10. */
  c: number[];
  /** Segments as [label, counts]. */
  s?: [string, number[]][];
}

export interface NpsShareState {
  counts: number[];
  segments: SegmentCounts[] | null;
}

export type NpsShareResult = { ok: true; state: NpsShareState } | { ok: false; error: string };

const MAX_LABEL_LENGTH = 60;

/**
 * The payload for a share link.
 * @example toSharePayload({ counts, segments: null }) // { c: counts }
 */
export function toSharePayload(state: NpsShareState): NpsSharePayload {
  const payload: NpsSharePayload = { c: [...state.counts] };
  if (state.segments && state.segments.length > 0) payload.s = state.segments.map((segment) => [segment.label, [...segment.counts]]);
  return payload;
}

function validCounts(value: unknown): value is number[] {
  return isScoreCounts(value) && value.every((count) => count <= MAX_COUNT);
}

/**
 * Checks a decoded share payload. Anything unexpected gives a short Chinese reason (the shared
 * decoder wraps it in 分享链接无效（…）), never a throw.
 *
 * @param value whatever the link decoded to
 * @returns the counts and segments, or a message saying what is wrong
 * @example parseSharePayload({ c: [0,0,0,0,0,0,0,0,0,0,1] }).ok // true
 */
export function parseSharePayload(value: unknown): NpsShareResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: `缺少分数统计` };
  const record = value as Record<string, unknown>;
  if (!validCounts(record.c)) {
    return { ok: false, error: `各分数的人数应为 ${SCORE_COUNT} 个非负整数` };
  }
  const counts = [...record.c];
  if (counts.every((count) => count === 0)) return { ok: false, error: `链接里没有任何回答` };
  if (record.s === undefined) return { ok: true, state: { counts, segments: null } };
  if (!Array.isArray(record.s) || record.s.length > MAX_SEGMENTS) return { ok: false, error: `分组数据格式不对` };
  const segments: SegmentCounts[] = [];
  const labels = new Set<string>();
  for (const entry of record.s as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return { ok: false, error: `分组数据格式不对` };
    const [label, segmentCounts] = entry as [unknown, unknown];
    if (typeof label !== 'string' || label.trim() === '' || label.length > MAX_LABEL_LENGTH || labels.has(label)) {
      return { ok: false, error: `分组名称无效` };
    }
    if (!validCounts(segmentCounts)) return { ok: false, error: `分组「${label}」的人数无效` };
    labels.add(label);
    segments.push({ label, counts: [...segmentCounts] });
  }
  // Segments must add up to the total, otherwise the link was edited by hand.
  const pooled = segments.reduce((sum, segment) => sum.map((count, score) => count + segment.counts[score]!), new Array<number>(SCORE_COUNT).fill(0));
  if (segments.length > 0 && pooled.some((count, score) => count !== counts[score])) {
    return { ok: false, error: `各分组人数之和与总人数不一致` };
  }
  return { ok: true, state: { counts, segments: segments.length > 0 ? segments : null } };
}
