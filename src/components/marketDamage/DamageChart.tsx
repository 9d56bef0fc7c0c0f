/**
 * The flow from all customers to the customers lost, as horizontal bars (inline SVG, no chart
 * library): scenario A in the accent colour, B in grey beneath it, each bar labelled with its
 * number so the chart reads without the table (the table below is its text alternative).
 */
import type { RefObject } from 'react';
import { formatPeople } from '../../lib/tool/format';
import { flowBars, type Outcome } from '../../lib/marketDamage';

const WIDTH = 420;
const LABEL = 84;
const ROW = 44;
const BAR = 16;

export function DamageChart({ outcome, chartRef }: { outcome: Extract<Outcome, { status: 'ok' }>; chartRef: RefObject<SVGSVGElement | null> }) {
  const barsA = flowBars(outcome.comparison.a, outcome.inputs.customers);
  const barsB = flowBars(outcome.comparison.b, outcome.inputs.customers);
  const max = Math.max(1, ...barsA.map((bar) => bar.value), ...barsB.map((bar) => bar.value));
  const room = WIDTH - LABEL - 96;
  const length = (value: number) => Math.max(value > 0 ? 2 : 0, (value / max) * room);
  const height = barsA.length * ROW + 34;
  return (
    <figure className="tool-chart" data-testid="md-chart">
      <svg ref={chartRef} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="md-chart-title md-chart-desc">
        <title id="md-chart-title">从全部顾客到失去的顾客：方案 A 与方案 B</title>
        <desc id="md-chart-desc">横条的长度是人数；每组上面一条是方案 A，下面一条是方案 B。数字见下面的表格。</desc>
        <rect className="bar-a" x={LABEL} y={6} width={14} height={12} />
        <text x={LABEL + 20} y={17} fontSize="14">方案 A</text>
        <rect className="bar-b" x={LABEL + 100} y={6} width={14} height={12} />
        <text x={LABEL + 120} y={17} fontSize="14">方案 B</text>
        {barsA.map((bar, index) => {
          const y = 30 + index * ROW;
          const b = barsB[index]!.value;
          return (
            <g key={bar.key}>
              <text x={LABEL - 8} y={y + BAR + 4} fontSize="15" textAnchor="end">{bar.label}</text>
              <rect className="bar-a" x={LABEL} y={y} width={length(bar.value)} height={BAR} />
              <text x={LABEL + length(bar.value) + 6} y={y + BAR - 3} fontSize="14">{formatPeople(bar.value)}</text>
              <rect className="bar-b" x={LABEL} y={y + BAR + 4} width={length(b)} height={BAR} />
              <text x={LABEL + length(b) + 6} y={y + 2 * BAR + 1} fontSize="14">{formatPeople(b)}</text>
            </g>
          );
        })}
        <line className="axis" x1={LABEL} y1={26} x2={LABEL} y2={height - 4} />
      </svg>
      <figcaption className="calc-hint">图：体验损害的流向（人数）。“合计失去”已扣除正面口碑赢回的顾客。</figcaption>
    </figure>
  );
}
