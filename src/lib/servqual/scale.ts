/**
 * The rating scale: 1 … 7 as in SERVQUAL (Parasuraman, Zeithaml & Berry 1988), or 1 … 5 as
 * many Chinese questionnaires use. Both ends are labelled; the points between are numbers only.
 */
export type ScaleMax = 5 | 7;

export const SCALE_MIN = 1;
export const DEFAULT_SCALE_MAX: ScaleMax = 7;

/** End-point labels (PZB 1988: strongly disagree … strongly agree). */
export const SCALE_ANCHORS = { low: '非常不同意', high: '非常同意' } as const;

export function isScaleMax(value: unknown): value is ScaleMax {
  return value === 5 || value === 7;
}

/**
 * The points of the scale.
 * @example scalePoints(5) // [1, 2, 3, 4, 5]
 */
export function scalePoints(scaleMax: ScaleMax): number[] {
  return Array.from({ length: scaleMax - SCALE_MIN + 1 }, (_, index) => SCALE_MIN + index);
}

/**
 * The middle of the scale, used as the neutral crosshair of the importance–performance grid.
 * @example scaleMidpoint(7) // 4
 */
export function scaleMidpoint(scaleMax: ScaleMax): number {
  return (SCALE_MIN + scaleMax) / 2;
}

/**
 * Reverse scoring of a negatively worded item, (scale max + 1) − x, so that a high number always
 * means “better” (the 1988 SERVQUAL worded items 10–13 and 18–22 negatively; PZB 1988, p. 38).
 *
 * References:
 * - Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). Journal of Retailing, 64(1), 12–40 (appendix).
 * - Open explainer: https://en.wikipedia.org/wiki/Likert_scale#Scoring_and_analysis
 *
 * @param value an answer in 1 … scaleMax
 * @param scaleMax 5 or 7
 * @returns the reversed answer, also in 1 … scaleMax
 * @throws {RangeError} when the value is outside the scale (a programmer error: read cells first)
 * @example reverseScore(2, 7) // 6
 */
export function reverseScore(value: number, scaleMax: ScaleMax): number {
  if (!(value >= SCALE_MIN && value <= scaleMax)) throw new RangeError(`reverseScore: ${value} is outside 1–${scaleMax}`);
  return scaleMax + 1 - value;
}
