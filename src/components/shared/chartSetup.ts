/**
 * What every ChartFigure shares: chart.js loaded on first use with only the parts a chart type
 * needs, the theme-aware default options, and the colour set (readable on light and dark
 * backgrounds and on a washed-out projector).
 */
import type { ChartOptions, Tick } from 'chart.js';
import { formatTick } from '../../lib/tool/format';

export type FigureChartType = 'bar' | 'line' | 'scatter';

/** Colours readable on light and dark backgrounds and on a washed-out projector. */
export const CHART_COLOURS = {
  positive: '#1e8a4c',
  neutral: '#9a9a9a',
  negative: '#d1362f',
  accent: '#c2410c',
  series: ['#2563eb', '#d1362f', '#1e8a4c', '#c2410c', '#7c3aed', '#0891b2'],
} as const;

export type ChartConstructor = typeof import('chart.js').Chart;
let chartParts: Promise<{ Chart: ChartConstructor; parts: Record<FigureChartType, Parameters<ChartConstructor['register']>> }> | null = null;
const registered = new Set<FigureChartType>();
/** chart.js once loaded: a figure mounted later (for instance as printing starts) draws at once. */
let loadedChart: ChartConstructor | null = null;

/** chart.js, if it is loaded and `type` registered: the figure then draws in the same task. */
export function loadedChartFor(type: FigureChartType): ChartConstructor | null {
  return loadedChart && registered.has(type) ? loadedChart : null;
}

/**
 * chart.js is imported on first use (never in the page's initial bundle); each chart type
 * registers only its controller, elements and scales, plus tooltip and legend. (chart.js's
 * module sets its defaults at load time, so the bundler keeps most of it either way: the
 * lazy chunk is about 59 KB gz.)
 */
export async function loadChart(type: FigureChartType): Promise<ChartConstructor> {
  chartParts ??= (async () => {
    const { Chart, BarController, BarElement, LineController, LineElement, PointElement, ScatterController, CategoryScale, LinearScale, Tooltip, Legend } = await import('chart.js');
    // Numeric axes are labelled by format.ts, not Intl (see formatTick), before the scale's defaults are registered.
    const linear = LinearScale.defaults as { ticks: Record<string, unknown> };
    linear.ticks = { ...linear.ticks, callback: linearTick };
    return {
      Chart,
      parts: {
        bar: [BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend],
        line: [LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend],
        scatter: [ScatterController, PointElement, LinearScale, Tooltip, Legend],
      },
    };
  })();
  const { Chart, parts } = await chartParts;
  if (!registered.has(type)) {
    Chart.register(...parts[type]);
    registered.add(type);
  }
  loadedChart = Chart;
  return Chart;
}

/** A linear axis's tick label (Chart.js passes numbers; anything else is shown as it is). */
function linearTick(value: number | string, _index: number, ticks: Tick[]): string {
  return typeof value === 'number' ? formatTick(value, ticks) : value;
}

/**
 * Fetches chart.js and registers a chart type ahead of drawing (when the page is idle), so that
 * a figure mounted as printing starts (`beforeprint`, which also runs for Chromium's PDF
 * output) is drawn in the same task: the browser lays out the printout right after the event,
 * before any promise settles.
 */
export function preloadChart(type: FigureChartType): Promise<unknown> {
  return loadChart(type);
}

export interface ThemeColours {
  text: string;
  muted: string;
  grid: string;
  background: string;
}

export function themeColours(): ThemeColours {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--sl-color-text', '#1a1a1a'),
    muted: read('--sl-color-gray-2', '#4a4a4a'),
    grid: read('--sl-color-hairline', '#d0d0d0'),
    background: read('--sl-color-bg', '#ffffff'),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge of plain objects (arrays and other values from `override` replace). */
export function merge<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return (override === undefined ? base : override) as T;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) result[key] = merge(result[key], value);
  return result as T;
}

export function baseOptions(colours: ThemeColours, type: FigureChartType): ChartOptions {
  const font = { family: "system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif", size: 14 };
  const axis = { ticks: { color: colours.muted, font }, grid: { color: colours.grid }, border: { color: colours.grid }, title: { color: colours.muted, font } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { labels: { color: colours.text, font } },
      tooltip: { titleFont: font, bodyFont: font },
    },
    scales: type === 'scatter' ? { x: { ...axis, type: 'linear' }, y: axis } : { x: axis, y: axis },
  } as ChartOptions;
}
