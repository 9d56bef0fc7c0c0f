/**
 * Worksheet 4's matrix: each peak-moment idea placed by cost and perceived value (both scored
 * 1–5 by the team). Low cost is 1–2, high perceived value is 4–5; 3 counts as neither, so an idea
 * lands in the favoured corner only when the team is fairly sure of both.
 */
import type { Row } from './schema';

/** The four kinds of peak moment of lecture 3 §四 (after Heath & Heath 2017, The Power of Moments). */
export const PEAK_MOMENTS = ['惊喜', '连接', '成长', '荣耀'] as const;
export type PeakMoment = (typeof PEAK_MOMENTS)[number];

export type Quadrant = 'lowCostHighValue' | 'highCostHighValue' | 'lowCostLowValue' | 'highCostLowValue';

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  lowCostHighValue: '低成本、高感知：优先做',
  highCostHighValue: '高成本、高感知：算算值不值',
  lowCostLowValue: '低成本、低感知：顺手做',
  highCostLowValue: '高成本、低感知：不做',
};

function score(raw: string | undefined): number | null {
  const value = Number((raw ?? '').trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)));
  return (raw ?? '').trim() !== '' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
}

/** The quadrant of one idea, or null when its cost or value is not a whole score 1–5. */
export function quadrant(row: Row): Quadrant | null {
  const cost = score(row.cost);
  const value = score(row.value);
  if (cost === null || value === null) return null;
  const low = cost <= 2;
  const high = value >= 4;
  if (low && high) return 'lowCostHighValue';
  if (high) return 'highCostHighValue';
  return low ? 'lowCostLowValue' : 'highCostLowValue';
}
