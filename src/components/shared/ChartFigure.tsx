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
import { baseOptions, loadChart, loadedChartFor, merge, themeColours, type ChartConstructor, type FigureChartType } from './chartSetup';
import { downloadPng } from './downloadPng';
import { FigureDataTable, type FigureTable } from './FigureDataTable';
import './ChartFigure.css';

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

export type { FigureChartType, FigureTable };
export { CHART_COLOURS, preloadChart } from './chartSetup';

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
    const loaded = loadedChartFor(type);
    if (loaded) {
      draw(loaded);
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
      <FigureDataTable caption={caption} table={table} open={status === 'failed'} />
    </figure>
  );
}
