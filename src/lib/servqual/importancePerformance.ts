/**
 * Importance–performance analysis (IPA): each attribute is placed on a grid by its importance
 * (vertical) and its performance (horizontal); crosshairs split the grid into four quadrants.
 *
 * Quadrants (Martilla & James 1977, figure 1), in this course's Chinese:
 * - high importance, low performance: “Concentrate here” → 重点改进
 * - high importance, high performance: “Keep up the good work” → 继续保持
 * - low importance, low performance: “Low priority” → 低优先
 * - low importance, high performance: “Possible overkill” → 可能过度
 *
 * The crosshairs sit at the means of the plotted points (data-centred) or at the middle of the
 * scale; Martilla & James note that where they go is a matter of judgement.
 *
 * References:
 * - Martilla, J. A. & James, J. C. (1977). Importance-performance analysis. Journal of Marketing, 41(1), 77–79.
 * - Bacon, D. R. (2003). A comparison of approaches to importance-performance analysis.
 *   International Journal of Market Research, 45(1), 55–71 (scale-centred vs. data-centred crosshairs).
 */
export type Quadrant = 'concentrate' | 'keep' | 'low' | 'overkill';
export type CrosshairMode = 'data-mean' | 'scale-midpoint';

export interface QuadrantInfo {
  quadrant: Quadrant;
  label: string;
  /** Where the quadrant lies on the grid. */
  position: string;
  advice: string;
}

export const QUADRANTS: Readonly<Record<Quadrant, QuadrantInfo>> = {
  concentrate: { quadrant: 'concentrate', label: '重点改进', position: '左上：重要性高、表现低', advice: '旅客看重却做得不好，优先投入资源。' },
  keep: { quadrant: 'keep', label: '继续保持', position: '右上：重要性高、表现高', advice: '旅客看重且做得好，保持标准。' },
  low: { quadrant: 'low', label: '低优先', position: '左下：重要性低、表现低', advice: '暂不必重点投入，留意是否变得重要。' },
  overkill: { quadrant: 'overkill', label: '可能过度', position: '右下：重要性低、表现高', advice: '投入可能超过旅客所需，可考虑把资源移到重点改进项。' },
};

export const QUADRANT_ORDER: readonly Quadrant[] = ['concentrate', 'keep', 'low', 'overkill'];

export interface IpaPoint {
  id: string;
  label: string;
  importance: number;
  performance: number;
}

export interface Crosshairs {
  importance: number;
  performance: number;
}

/**
 * Where the crosshairs go.
 * @param points the plotted attributes
 * @param mode data means, or the scale midpoint given in `midpoints`
 * @param midpoints the neutral point of each axis (e.g. 4 on a 1–7 scale; 20 points when importance is a 100-point allocation over five dimensions)
 * @example ipaCrosshairs([{ id: 'a', label: 'a', importance: 6, performance: 5 }, { id: 'b', label: 'b', importance: 4, performance: 3 }], 'data-mean', { importance: 4, performance: 4 }) // { importance: 5, performance: 4 }
 */
export function ipaCrosshairs(points: readonly IpaPoint[], mode: CrosshairMode, midpoints: Crosshairs): Crosshairs {
  if (mode === 'scale-midpoint' || points.length === 0) return { ...midpoints };
  const importance = points.reduce((sum, point) => sum + point.importance, 0) / points.length;
  const performance = points.reduce((sum, point) => sum + point.performance, 0) / points.length;
  return { importance, performance };
}

/**
 * The quadrant of one point; a point on a crosshair counts as high.
 * @example classifyQuadrant({ importance: 6, performance: 3 }, { importance: 5, performance: 4 }) // 'concentrate'
 */
export function classifyQuadrant(point: Pick<IpaPoint, 'importance' | 'performance'>, crosshairs: Crosshairs): Quadrant {
  const important = point.importance >= crosshairs.importance;
  const performing = point.performance >= crosshairs.performance;
  if (important) return performing ? 'keep' : 'concentrate';
  return performing ? 'overkill' : 'low';
}

export interface IpaResult {
  crosshairs: Crosshairs;
  points: (IpaPoint & { quadrant: Quadrant })[];
}

/**
 * Places every point in its quadrant.
 * @example importancePerformance(points, 'scale-midpoint', { importance: 4, performance: 4 }).points[0].quadrant
 */
export function importancePerformance(points: readonly IpaPoint[], mode: CrosshairMode, midpoints: Crosshairs): IpaResult {
  const crosshairs = ipaCrosshairs(points, mode, midpoints);
  return { crosshairs, points: points.map((point) => ({ ...point, quadrant: classifyQuadrant(point, crosshairs) })) };
}
