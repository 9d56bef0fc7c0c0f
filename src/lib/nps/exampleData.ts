/**
 * 教学示例数据: a made-up survey of three hotels of one (fictional) group, 300 answers in all.
 * Not real data; chosen so the segments differ clearly and the comparison has something to show.
 */
import type { SegmentCounts } from './segments';

export const EXAMPLE_ORIGIN = '教学示例数据（虚构）';

/** Counts per score 0 … 10 for each hotel. */
export const EXAMPLE_SEGMENTS: readonly SegmentCounts[] = [
  // 23 detractors, 35 passives, 62 promoters: NPS 32.5
  { label: '城东店', counts: [2, 1, 2, 3, 4, 5, 6, 10, 25, 27, 35] },
  // 32 detractors, 30 passives, 33 promoters: NPS 1.1
  { label: '城西店', counts: [3, 2, 3, 4, 5, 7, 8, 12, 18, 15, 18] },
  // 21 detractors, 28 passives, 36 promoters: NPS 17.6
  { label: '机场店', counts: [1, 1, 2, 3, 3, 5, 6, 11, 17, 16, 20] },
];
