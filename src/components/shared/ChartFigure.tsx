/**
 * A chart as an accessible figure: caption, the chart (chart.js, loaded only when a figure is
 * first rendered, with only the parts its type needs registered), a data-table alternative in
 * a <details>, and a 下载 PNG button. Colours follow Starlight's light/dark theme variables.
 * Shared by the NPS, KANO and SERVQUAL calculators.
 *
 *   <ChartFigure
 *     type="bar"
 *     caption="0–10 分布"
 *     description="各分数的人数柱状图"
 *     data={{ labels, datasets: [{ label: '人数', data: counts, backgroundColor: colours }] }}
 *     table={{ headers: ['分数', '人数'], rows }}
 *     fileName="NPS-分布"
 *   />
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Chart, ChartData, ChartOptions } from 'chart.js';
import { downloadPng } from './downloadPng';
import './ChartFigure.css';

export type FigureChartType = 'bar' | 'line' | 'scatter';

export interface FigureTable {
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** Columns (by index) that hold numbers: right-aligned. Default: every column but the first. */
  numericColumns?: readonly number[];
}

export interface ChartFigureProps<Type extends FigureChartType = FigureChartType> {
  type: Type;
  /** Visible caption, also the PNG's title. */
  caption: string;
  /** Short text alternative for the canvas (what the chart shows). */
  description: string;
  data: ChartData<Type>;
  /** Merged over the shared defaults (theme colours, fonts, no animation). */
  options?: ChartOptions<Type>;
  /** The same numbers as a table (the accessible alternative). */
  table: FigureTable;
  /** PNG file name without extension. */
  fileName: string;
  /** Height of the chart area in CSS pixels (default 280). */
  height?: number;
  /** data-testid of the <figure>. */
  testId?: string;
}

/** Colours readable on light and dark backgrounds and on a washed-out projector. */
export const CHART_COLOURS = {
  positive: '#1e8a4c',
  neutral: '#9a9a9a',
  negative: '#d1362f',
  accent: '#c2410c',
  series: ['#2563eb', '#d1362f', '#1e8a4c', '#c2410c', '#7c3aed', '#0891b2'],
} as const;

type ChartConstructor = typeof import('chart.js').Chart;
let chartParts: Promise<{ Chart: ChartConstructor; parts: Record<FigureChartType, Parameters<ChartConstructor['register']>> }> | null = null;
const registered = new Set<FigureChartType>();
/** chart.js once loaded: a figure mounted later (for instance as printing starts) draws at once. */
let loadedChart: ChartConstructor | null = null;

/**
 * chart.js is imported on first use (never in the page's initial bundle); each chart type
 * registers only its controller, elements and scales, plus tooltip and legend. (chart.js's
 * module sets its defaults at load time, so the bundler keeps most of it either way: the
 * lazy chunk is about 59 KB gz.)
 */
async function loadChart(type: FigureChartType): Promise<ChartConstructor> {
  chartParts ??= (async () => {
    const { Chart, BarController, BarElement, LineController, LineElement, PointElement, ScatterController, CategoryScale, LinearScale, Tooltip, Legend } = await import('chart.js');
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

/**
 * Fetches chart.js and registers a chart type ahead of drawing (when the page is idle), so that
 * a figure mounted as printing starts (`beforeprint`, which also runs for Chromium's PDF
 * output) is drawn in the same task: the browser lays out the printout right after the event,
 * before any promise settles.
 */
export function preloadChart(type: FigureChartType): Promise<unknown> {
  return loadChart(type);
}

interface ThemeColours {
  text: string;
  muted: string;
  grid: string;
  background: string;
}

function themeColours(): ThemeColours {
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
function merge<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return (override === undefined ? base : override) as T;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) result[key] = merge(result[key], value);
  return result as T;
}

function baseOptions(colours: ThemeColours, type: FigureChartType): ChartOptions {
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

export function ChartFigure<Type extends FigureChartType>({ type, caption, description, data, options, table, fileName, height = 280, testId }: ChartFigureProps<Type>) {
  const captionId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [themeVersion, setThemeVersion] = useState(0);

  // Starlight switches themes by setting data-theme on <html>: redraw with the new colours.
  useEffect(() => {
    const observer = new MutationObserver(() => setThemeVersion((version) => version + 1));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let cancelled = false;
    const canvas = canvasRef.current;
    if (!canvas) return;
    const config = { type, data, options: merge(baseOptions(themeColours(), type), options) };
    const existing = chartRef.current;
    if (existing && (existing.config as { type?: string }).type === type) {
      existing.data = config.data as ChartData;
      existing.options = config.options as ChartOptions;
      existing.update('none');
      return;
    }
    const draw = (ChartClass: ChartConstructor) => {
      chartRef.current?.destroy();
      chartRef.current = new ChartClass(canvas, config as never);
      // Read by the print rules: a drawn canvas hides its placeholder before React re-renders.
      canvas.dataset['drawn'] = '';
      setStatus('ready');
    };
    if (loadedChart && registered.has(type)) {
      draw(loadedChart);
      return;
    }
    loadChart(type)
      .then((ChartClass) => {
        if (!cancelled) draw(ChartClass);
      })
      .catch(() => {
        if (!cancelled) setStatus('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [type, data, options, themeVersion]);

  useEffect(() => () => {
    chartRef.current?.destroy();
    chartRef.current = null;
  }, []);

  const savePng = () => {
    const canvas = canvasRef.current;
    if (!canvas || status !== 'ready') return;
    const colours = themeColours();
    void downloadPng(canvas, fileName, { background: colours.background, title: caption, titleColor: colours.text });
  };

  const numericColumns = table.numericColumns ?? table.headers.map((_, index) => index).filter((index) => index > 0);

  return (
    <figure className="chart-figure" aria-labelledby={captionId} data-testid={testId}>
      <figcaption id={captionId} className="chart-figure__caption">{caption}</figcaption>
      <div className="chart-figure__canvas" style={{ height }}>
        <canvas ref={canvasRef} role="img" aria-label={description}>
          {description}
        </canvas>
        {status === 'loading' && <p className="chart-figure__placeholder">图表加载中…</p>}
        {status === 'failed' && <p className="chart-figure__placeholder">图表未能加载，请查看下方的数据表。</p>}
      </div>
      <div className="chart-figure__actions">
        <button type="button" className="chart-figure__button" onClick={savePng} disabled={status !== 'ready'} aria-describedby={captionId}>
          下载 PNG
        </button>
      </div>
      <details className="chart-figure__table" open={status === 'failed' || undefined}>
        <summary>数据表：{caption}</summary>
        {/* Focusable so keyboard users can scroll a table wider than the screen (axe: scrollable-region-focusable). */}
        <div className="chart-figure__scroll" tabIndex={0} role="region" aria-label={`数据表：${caption}`}>
          <table>
            <thead>
              <tr>
                {table.headers.map((header) => (
                  <th key={header} scope="col">{header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, columnIndex) =>
                    columnIndex === 0 ? (
                      <th key={columnIndex} scope="row">{cell}</th>
                    ) : (
                      <td key={columnIndex} className={numericColumns.includes(columnIndex) ? 'is-number' : undefined}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
