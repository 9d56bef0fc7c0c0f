/**
 * Referral growth over ten half-years as two lines (inline SVG, no chart library): the course
 * material's doubling, dashed, and the user's own numbers, solid. Same scale for both, which is
 * the point: real conversion usually stays far below a doubling. The table below is the text
 * alternative.
 */
import type { RefObject } from 'react';
import { formatNumber } from '../../lib/tool/format';
import type { Outcome } from '../../lib/customerValue';

const WIDTH = 420;
const HEIGHT = 300;
const LEFT = 64;
const RIGHT = 24;
const TOP = 52;
const BOTTOM = 44;

export function ReferralChart({ outcome, chartRef }: { outcome: Extract<Outcome, { status: 'ok' }>; chartRef: RefObject<SVGSVGElement | null> }) {
  const { rows, yearFactor } = outcome.referral;
  const max = Math.max(1, ...rows.map((row) => Math.max(row.customers, row.courseCustomers)));
  const x = (index: number) => LEFT + (index * (WIDTH - LEFT - RIGHT)) / (rows.length - 1);
  const y = (value: number) => TOP + (1 - value / max) * (HEIGHT - TOP - BOTTOM);
  const path = (pick: (index: number) => number) => rows.map((_, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(pick(index)).toFixed(1)}`).join(' ');
  const last = rows[rows.length - 1]!;
  return (
    <figure className="tool-chart" data-testid="cv-chart">
      <svg ref={chartRef} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="cv-chart-title cv-chart-desc">
        <title id="cv-chart-title">转介绍带来的顾客数：课程资料的倍增与按你的输入</title>
        <desc id="cv-chart-desc">
          横轴是五年里的十个半年，纵轴是顾客数。虚线是课程资料的倍增，第五年下半年达到 {formatNumber(last.courseCustomers)} 位；实线是按你的输入，达到 {formatNumber(last.customers)} 位。
        </desc>
        <line className="axis" x1={LEFT} y1={HEIGHT - BOTTOM} x2={WIDTH - RIGHT} y2={HEIGHT - BOTTOM} />
        <line className="axis" x1={LEFT} y1={TOP} x2={LEFT} y2={HEIGHT - BOTTOM} />
        <text x={LEFT - 8} y={TOP + 5} fontSize="14" textAnchor="end">{formatNumber(max)}</text>
        <text x={LEFT - 8} y={HEIGHT - BOTTOM + 5} fontSize="14" textAnchor="end">0</text>
        {[1, 2, 3, 4, 5].map((year) => (
          <text key={year} x={x(2 * year - 2)} y={HEIGHT - BOTTOM + 22} fontSize="14" textAnchor="middle">第 {year} 年</text>
        ))}
        <path d={path((index) => rows[index]!.courseCustomers)} fill="none" stroke="currentColor" strokeWidth="2.5" strokeDasharray="7 5" className="line-course" />
        <path d={path((index) => rows[index]!.customers)} fill="none" strokeWidth="3.5" className="line-own" />
        <text x={LEFT} y={16} fontSize="14">虚线：课程资料的倍增（每年 4 倍）</text>
        <text x={LEFT} y={36} fontSize="14">实线：按你的输入（每年 {formatNumber(yearFactor, 2)} 倍）</text>
      </svg>
      <figcaption className="calc-hint">图：从同样的起始顾客数出发，五年里的顾客数。</figcaption>
    </figure>
  );
}
