/** The emotion curves as SVG, each point under its stage's column, peak and end ringed; `highlight` rings one stage (presentation, phone). */
import { formatEmotion, mapPeakEnd, type JourneyMap } from '../../lib/journey';
import { CurveMark } from './CurveMark';
import { COLUMN_PX, CURVES, LABEL_PX } from './curves';

const HEIGHT = 190;
const TOP = 26;
const UNIT = 32;

export function CurveSvg({ map, highlight = null, columnPx = COLUMN_PX, labelPx = LABEL_PX, title }: { map: JourneyMap; highlight?: number | null; columnPx?: number; labelPx?: number; title: string }) {
  const width = labelPx + columnPx * map.stages.length;
  const x = (index: number) => labelPx + columnPx * index + columnPx / 2;
  const y = (score: number) => TOP + (2 - score) * UNIT;
  const results = { asIs: mapPeakEnd(map, 'asIs'), toBe: mapPeakEnd(map, 'toBe') };
  const description = CURVES.map(({ curve, label }) => `${label}：${map.stages.map((stage) => `${stage.name} ${stage[curve] === null ? '未打分' : formatEmotion(stage[curve]!)}`).join('，')}`).join('；');
  return (
    <svg className="jm-curve" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img" aria-label={`${title}。${description}`}>
      {[2, 1, 0, -1, -2].map((score) => (
        <g key={score}>
          <line x1={labelPx - 6} x2={width} y1={y(score)} y2={y(score)} className={score === 0 ? 'jm-axis-zero' : 'jm-axis'} />
          <text x={labelPx - 12} y={y(score) + 5} textAnchor="end" className="jm-axis-text">
            {formatEmotion(score)}
          </text>
        </g>
      ))}
      {highlight !== null && highlight >= 0 && <rect x={labelPx + columnPx * highlight + 4} y={4} width={columnPx - 8} height={HEIGHT - 8} className="jm-curve-highlight" rx={6} />}
      {CURVES.map(({ curve, label }) => {
        const points = map.stages.flatMap((stage, index) => (stage[curve] === null ? [] : [`${x(index)},${y(stage[curve]!)}`]));
        const result = results[curve];
        return (
          <g key={curve} className={`jm-curve-${curve}`}>
            <polyline points={points.join(' ')} fill="none" />
            {map.stages.map((stage, index) => (stage[curve] === null ? null : <circle key={stage.id} cx={x(index)} cy={y(stage[curve]!)} r={5} />))}
            {result && <CurveMark x={x(result.peakIndex)} y={y(result.peak)} above={result.peak >= 0} text={`${label}峰值`} />}
            {result && result.endIndex !== result.peakIndex && <CurveMark x={x(result.endIndex)} y={y(result.end)} above={result.end >= 0} text={`${label}终点`} />}
          </g>
        );
      })}
    </svg>
  );
}
