/**
 * NPS per segment (hotel, month, channel …): tally answers by a grouping column and summarise.
 */
import { emptyCounts, type ScoreCounts } from './classification';
import { adjustedWaldInterval } from './adjustedWaldInterval';
import { npsFromCounts, type NpsSummary } from './npsScore';
import type { NpsInterval } from './waldInterval';

/** Counts per score for one segment. */
export interface SegmentCounts {
  label: string;
  counts: number[];
}

export interface SegmentSummary {
  label: string;
  summary: NpsSummary;
  /** Adjusted-Wald interval (the calculator's default). */
  interval: NpsInterval;
}

/** Label used for answers whose segment cell is empty. */
export const UNLABELLED_SEGMENT = '(未填写)';

/**
 * Counts per score for each segment, in order of first appearance.
 *
 * @param answers pairs of an integer score 0 … 10 and a segment label (trimmed; empty → (未填写))
 * @returns one SegmentCounts per distinct label
 * @throws {RangeError} when a score is not an integer 0 … 10
 * @example tallyBySegment([[10, 'A'], [3, 'B'], [9, 'A']]).map((s) => s.label) // ['A', 'B']
 */
export function tallyBySegment(answers: Iterable<readonly [score: number, label: string]>): SegmentCounts[] {
  const bySegment = new Map<string, number[]>();
  for (const [score, rawLabel] of answers) {
    if (!Number.isInteger(score) || score < 0 || score > 10) throw new RangeError(`tallyBySegment: ${score} is not a score 0 … 10`);
    const label = normaliseSegmentLabel(rawLabel);
    let counts = bySegment.get(label);
    if (!counts) {
      counts = emptyCounts();
      bySegment.set(label, counts);
    }
    counts[score]! += 1;
  }
  return [...bySegment].map(([label, counts]) => ({ label, counts }));
}

/**
 * The label a segment cell is grouped under: trimmed, inner whitespace collapsed, empty → (未填写).
 * @example normaliseSegmentLabel('  北京  店 ') // '北京 店'
 */
export function normaliseSegmentLabel(rawLabel: string): string {
  const label = rawLabel.replace(/\s+/g, ' ').trim();
  return label === '' ? UNLABELLED_SEGMENT : label;
}

/**
 * NPS and adjusted-Wald interval for every segment with at least one answer, highest NPS first
 * (ties: larger n first, then label order).
 *
 * @param segments counts per segment
 * @param confidence confidence level, default 0.95
 * @returns sorted summaries; empty segments are left out
 * @example summariseSegments([{ label: 'A', counts: [0,0,0,0,0,0,0,0,0,0,1] }])[0].summary.nps // 100
 */
export function summariseSegments(segments: readonly { label: string; counts: ScoreCounts }[], confidence = 0.95): SegmentSummary[] {
  const summaries: SegmentSummary[] = [];
  for (const segment of segments) {
    const result = npsFromCounts(segment.counts);
    if (!result.ok) continue;
    summaries.push({ label: segment.label, summary: result.summary, interval: adjustedWaldInterval(result.summary, confidence) });
  }
  return summaries.sort(
    (first, second) =>
      second.summary.nps - first.summary.nps ||
      second.summary.total - first.summary.total ||
      first.label.localeCompare(second.label, 'zh-CN'),
  );
}
