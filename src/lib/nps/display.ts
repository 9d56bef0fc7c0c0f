/**
 * The small sums the NPS views draw with: positions on the −100 … 100 scale of the segment
 * table's interval bars, chart percentages and a confidence level as a whole percent. Here rather
 * than in the components, so a unit test reaches them.
 */
import type { NpsInterval } from './waldInterval';

/**
 * Where an NPS sits on a bar from −100 (0 %) to 100 (100 %).
 * @example scalePosition(-100) // 0
 * @example scalePosition(17.5) // 58.75
 */
export function scalePosition(nps: number): number {
  return (nps + 100) / 2;
}

/**
 * The left edge and width (percent of the bar) of an interval on the −100 … 100 scale.
 * @example intervalBar({ lower: -20, upper: 40 }) // { left: 40, width: 30 }
 */
export function intervalBar(interval: Pick<NpsInterval, 'lower' | 'upper'>): { left: number; width: number } {
  return { left: scalePosition(interval.lower), width: (interval.upper - interval.lower) / 2 };
}

/**
 * A share (0 … 1) as a percentage rounded to one decimal, for chart values.
 * @example percentOneDecimal(0.12345) // 12.3
 */
export function percentOneDecimal(share: number): number {
  return Math.round(share * 1000) / 10;
}

/**
 * A confidence level as a whole percent.
 * @example confidencePercent(0.95) // 95
 */
export function confidencePercent(confidence: number): number {
  return Math.round(confidence * 100);
}
