/**
 * A chart.js plugin for the scatters of the KANO and SERVQUAL tools: dashed reading lines,
 * quadrant names in the corners, and a number beside every point placed so that labels do not overlap each other or
 * other points (greedy search over positions around the point, moving further out with a leader
 * line when the neighbourhood is crowded). The numbers refer to the legend table under the chart.
 *
 * It is registered on the chart.js module that the shared ChartFigure loads (same chunk, so no
 * extra download) and does nothing unless a chart sets `options.plugins.scatterLabels.enabled`.
 */
import type { Chart, ChartArea, ChartType, Plugin } from 'chart.js';

export interface ScatterLabelsOptions {
  enabled: boolean;
  /** Reading lines at these data values (x vertical, y horizontal). */
  lines?: { x: number; y: number } | null;
  /** Names drawn faintly in the four corners of the plot area. */
  quadrants?: { topLeft: string; topRight: string; bottomLeft: string; bottomRight: string } | null;
}

/** A scatter point with its label (the feature's number). */
export interface LabelledPoint {
  x: number;
  y: number;
  label: string;
}

declare module 'chart.js' {
  // A module augmentation must repeat chart.js's type parameter by name, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    scatterLabels?: Partial<ScatterLabelsOptions>;
  }
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const FONT = "600 13px system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
const QUADRANT_FONT = "600 14px system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
const LABEL_HEIGHT = 17;
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1],
];

function overlapArea(first: Box, second: Box): number {
  const width = Math.min(first.right, second.right) - Math.max(first.left, second.left);
  const height = Math.min(first.bottom, second.bottom) - Math.max(first.top, second.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function outside(box: Box, area: ChartArea): number {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const inside = overlapArea(box, { left: area.left, top: area.top, right: area.right, bottom: area.bottom });
  return width * height - inside;
}

function themeColour(chart: Chart, name: string, fallback: string): string {
  return getComputedStyle(chart.canvas).getPropertyValue(name).trim() || fallback;
}

/**
 * Places one label box per point. Exported for unit tests of the placement (pure geometry).
 * @param points pixel centre and radius of every point, with the label's width
 * @param area the plot area labels must stay in
 * @returns the box of each label and whether it needs a leader line
 */
export function placeLabels(points: readonly { x: number; y: number; radius: number; width: number }[], area: ChartArea): { box: Box; leader: boolean }[] {
  const obstacles: Box[] = points.map((point) => ({ left: point.x - point.radius, top: point.y - point.radius, right: point.x + point.radius, bottom: point.y + point.radius }));
  const placed: Box[] = [];
  return points.map((point, index) => {
    let best: { box: Box; cost: number; leader: boolean } | null = null;
    for (const ring of [1, 2, 3, 4]) {
      for (const [dx, dy] of DIRECTIONS) {
        const gap = point.radius + 3 + (ring - 1) * 12;
        const centreX = point.x + dx * (gap + point.width / 2);
        const centreY = point.y + dy * (gap + LABEL_HEIGHT / 2);
        const box = { left: centreX - point.width / 2, top: centreY - LABEL_HEIGHT / 2, right: centreX + point.width / 2, bottom: centreY + LABEL_HEIGHT / 2 };
        let cost = outside(box, area) * 10;
        for (const other of placed) cost += overlapArea(box, other) * 5;
        obstacles.forEach((obstacle, obstacleIndex) => {
          if (obstacleIndex !== index) cost += overlapArea(box, obstacle);
        });
        // Prefer near positions: a small penalty per ring keeps labels close when space allows.
        cost += (ring - 1) * 0.5;
        if (best === null || cost < best.cost) best = { box, cost, leader: ring > 1 };
      }
      if (best !== null && best.cost < 1) break;
    }
    placed.push(best!.box);
    return { box: best!.box, leader: best!.leader };
  });
}

export const scatterLabelsPlugin: Plugin<'scatter', ScatterLabelsOptions> = {
  id: 'scatterLabels',
  defaults: { enabled: false, lines: null, quadrants: null },
  beforeDatasetsDraw(chart, _args, options) {
    if (!options.enabled) return;
    const { ctx, chartArea, scales } = chart;
    const muted = themeColour(chart, '--sl-color-gray-3', '#777');
    ctx.save();
    if (options.quadrants) {
      ctx.font = QUADRANT_FONT;
      ctx.fillStyle = muted;
      ctx.globalAlpha = 0.8;
      const pad = 8;
      ctx.textBaseline = 'top';
      ctx.textAlign = 'left';
      ctx.fillText(options.quadrants.topLeft, chartArea.left + pad, chartArea.top + pad);
      ctx.textAlign = 'right';
      ctx.fillText(options.quadrants.topRight, chartArea.right - pad, chartArea.top + pad);
      ctx.textBaseline = 'bottom';
      ctx.fillText(options.quadrants.bottomRight, chartArea.right - pad, chartArea.bottom - pad);
      ctx.textAlign = 'left';
      ctx.fillText(options.quadrants.bottomLeft, chartArea.left + pad, chartArea.bottom - pad);
      ctx.globalAlpha = 1;
    }
    if (options.lines) {
      const x = scales.x!.getPixelForValue(options.lines.x);
      const y = scales.y!.getPixelForValue(options.lines.y);
      ctx.strokeStyle = muted;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      if (x >= chartArea.left && x <= chartArea.right) {
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
      }
      if (y >= chartArea.top && y <= chartArea.bottom) {
        ctx.moveTo(chartArea.left, y);
        ctx.lineTo(chartArea.right, y);
      }
      ctx.stroke();
    }
    ctx.restore();
  },
  afterDatasetsDraw(chart, _args, options) {
    if (!options.enabled) return;
    const { ctx, chartArea } = chart;
    const text = themeColour(chart, '--sl-color-white', '#111');
    const background = themeColour(chart, '--sl-color-bg', '#fff');
    ctx.save();
    ctx.font = FONT;
    const points: { x: number; y: number; radius: number; width: number; label: string; colour: string }[] = [];
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      if (!chart.isDatasetVisible(datasetIndex)) return;
      const meta = chart.getDatasetMeta(datasetIndex);
      meta.data.forEach((element, index) => {
        const datum = dataset.data[index] as unknown as LabelledPoint | undefined;
        if (!datum?.label) return;
        const radius = Number((element.options as { radius?: number } | undefined)?.radius ?? 5);
        points.push({ x: element.x, y: element.y, radius, width: ctx.measureText(datum.label).width + 8, label: datum.label, colour: String(dataset.borderColor ?? text) });
      });
    });
    const placements = placeLabels(points, chartArea);
    placements.forEach(({ box, leader }, index) => {
      const point = points[index]!;
      if (leader) {
        ctx.strokeStyle = point.colour;
        ctx.lineWidth = 1;
        ctx.setLineDash([]);
        ctx.beginPath();
        ctx.moveTo(point.x, point.y);
        ctx.lineTo(Math.min(Math.max(point.x, box.left), box.right), Math.min(Math.max(point.y, box.top), box.bottom));
        ctx.stroke();
      }
      ctx.fillStyle = background;
      ctx.globalAlpha = 0.85;
      ctx.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
      ctx.globalAlpha = 1;
      ctx.fillStyle = text;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(point.label, (box.left + box.right) / 2, (box.top + box.bottom) / 2 + 0.5);
    });
    ctx.restore();
  },
};

let registration: Promise<void> | null = null;

/** Registers the plugin once on the chart.js module (loaded on demand, shared with ChartFigure). */
export function registerScatterLabelsPlugin(): Promise<void> {
  registration ??= import('chart.js').then(({ Chart }) => {
    Chart.register(scatterLabelsPlugin as Plugin);
  });
  return registration;
}
