/**
 * The zone of tolerance: the band between adequate (minimum acceptable) and desired service.
 * Perceived service below the band is unacceptable; inside it is tolerated; above it delights.
 * Measure of service adequacy MSA = P − adequate; measure of service superiority MSS = P − desired.
 *
 * References:
 * - Zeithaml, V. A., Berry, L. L. & Parasuraman, A. (1993). The nature and determinants of
 *   customer expectations of service. Journal of the Academy of Marketing Science, 21(1), 1–12.
 * - Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1994). Journal of Retailing, 70(3), 201–230
 *   (the three-column format; MSA and MSS).
 */
export type TolerancePosition = 'below' | 'within' | 'above';

export interface ZoneOfTolerance {
  adequate: number;
  desired: number;
  perceived: number;
  /** P − adequate: negative = below the minimum the customer accepts. */
  adequacy: number;
  /** P − desired: positive = better than the customer's desired level. */
  superiority: number;
  /** desired − adequate: the width of the zone. */
  width: number;
  position: TolerancePosition;
  /** Desired below adequate: the answers contradict each other (a data-quality warning). */
  inverted: boolean;
}

export const POSITION_LABELS: Readonly<Record<TolerancePosition, string>> = {
  below: '低于可接受水平',
  within: '在容忍区间内',
  above: '超过理想水平',
};

/**
 * Where perceived service falls relative to the zone of tolerance.
 * @param levels mean adequate, desired and perceived service
 * @example zoneOfTolerance({ adequate: 5.1, desired: 6.4, perceived: 5.0 }) // { adequacy: −0.1, superiority: −1.4, position: 'below', … }
 */
export function zoneOfTolerance(levels: { adequate: number; desired: number; perceived: number }): ZoneOfTolerance {
  const { adequate, desired, perceived } = levels;
  const adequacy = perceived - adequate;
  const superiority = perceived - desired;
  const position: TolerancePosition = adequacy < 0 ? 'below' : superiority > 0 ? 'above' : 'within';
  return { adequate, desired, perceived, adequacy, superiority, width: desired - adequate, position, inverted: desired < adequate };
}
