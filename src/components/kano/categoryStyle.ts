/**
 * How each Kano category looks in the charts: a colour (readable on light and dark backgrounds
 * and on a projector, from the shared palette) and a point shape, so that categories stay
 * distinguishable without colour.
 */
import type { KanoCategory } from '../../lib/kano';
import { CHART_COLOURS } from '../shared/chartSetup';

export const CATEGORY_COLOURS: Readonly<Record<KanoCategory, string>> = {
  M: CHART_COLOURS.negative,
  O: CHART_COLOURS.series[0],
  A: CHART_COLOURS.positive,
  I: CHART_COLOURS.neutral,
  R: CHART_COLOURS.series[4],
  Q: CHART_COLOURS.accent,
};

export const CATEGORY_POINT_STYLES: Readonly<Record<KanoCategory, 'rectRot' | 'circle' | 'triangle' | 'rect' | 'crossRot' | 'star'>> = {
  M: 'rectRot',
  O: 'circle',
  A: 'triangle',
  I: 'rect',
  R: 'crossRot',
  Q: 'star',
};

/** Symbols matching the point shapes, for the legend tables. */
export const CATEGORY_SYMBOLS: Readonly<Record<KanoCategory, string>> = { M: '◆', O: '●', A: '▲', I: '■', R: '✕', Q: '★' };
