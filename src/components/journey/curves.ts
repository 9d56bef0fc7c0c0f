/** The 双图 studio's two emotion curves and the width of a stage's column (the grid, the curve under it, the presentation). */
import type { Curve } from '../../lib/journey';

export const COLUMN_PX = 200;
export const LABEL_PX = 144;

export const CURVES: readonly { curve: Curve; label: string }[] = [
  { curve: 'asIs', label: '现状' },
  { curve: 'toBe', label: '优化后' },
];
