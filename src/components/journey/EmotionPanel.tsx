/**
 * The emotion curves under the stages: a −2…+2 choice per stage for the as-is and the to-be
 * curve, the SVG drawn in the same column width as the grid (so each point sits under its
 * stage), peak and end marked, the peak–end score beside the plain mean with one sentence on
 * what it means, and the curve's numbers as a table.
 */
import { memo } from 'react';
import { withBase } from '../../utils/url';
import { formatEmotion, mapPeakEnd, peakEndSentence, type Curve, type HistoryEvent, type JourneyMap, type PeakEnd } from '../../lib/journey';

export const COLUMN_PX = 200;
export const LABEL_PX = 144;
const HEIGHT = 190;
const TOP = 26;
const UNIT = 32;

const OPTIONS = [2, 1.5, 1, 0.5, 0, -0.5, -1, -1.5, -2];
const CURVES: readonly { curve: Curve; label: string }[] = [
  { curve: 'asIs', label: '现状' },
  { curve: 'toBe', label: '优化后' },
];

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The SVG of the curves; `highlight` rings one stage (presentation, phone). */
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
            {result && <Mark x={x(result.peakIndex)} y={y(result.peak)} above={result.peak >= 0} text={`${label}峰值`} />}
            {result && result.endIndex !== result.peakIndex && <Mark x={x(result.endIndex)} y={y(result.end)} above={result.end >= 0} text={`${label}终点`} />}
          </g>
        );
      })}
    </svg>
  );
}

function Mark({ x, y, above, text }: { x: number; y: number; above: boolean; text: string }) {
  return (
    <g className="jm-mark">
      <circle cx={x} cy={y} r={10} fill="none" />
      <text x={x} y={above ? y - 15 : y + 26} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}

export function PeakEndSummary({ map }: { map: JourneyMap }) {
  const names = map.stages.map((stage) => stage.name);
  const rows = CURVES.map(({ curve, label }) => ({ curve, label, result: mapPeakEnd(map, curve) })).filter((row): row is { curve: Curve; label: string; result: PeakEnd } => row.result !== null);
  if (rows.length === 0) return <p className="jm-note">给各阶段的情绪打分后，这里会算出峰终分。</p>;
  return (
    <ul className="jm-peak-end" data-testid="jm-peak-end">
      {rows.map(({ curve, label, result }) => (
        <li key={curve}>
          <strong>
            {label}：峰终分 {formatEmotion(result.score)}
          </strong>
          （平均 {formatEmotion(round2(result.mean))}）。{peakEndSentence(result, names)}
        </li>
      ))}
    </ul>
  );
}

/** Memoised on what it reads (the stages and the chosen end): typing into a card does not render it again. */
export const EmotionPanel = memo(function EmotionPanel({ map, send }: { map: JourneyMap; send(event: HistoryEvent): void }) {
  const columns = { '--jm-stages': map.stages.length } as React.CSSProperties;
  return (
    <section className="jm-emotion" aria-labelledby="jm-emotion-heading">
      <h2 id="jm-emotion-heading">情绪曲线与峰终分</h2>
      <div className="jm-grid-scroll" role="region" aria-label="各阶段情绪打分与曲线" tabIndex={0}>
        <div className="jm-grid" style={columns}>
          {CURVES.map(({ curve, label }) => (
            <div className="jm-row jm-score-row" key={curve}>
              <div className="jm-lane-label">{label}</div>
              {map.stages.map((stage) => (
                <div className="jm-score" key={stage.id}>
                  <select aria-label={`“${stage.name}”${label}的情绪`} value={stage[curve] === null ? '' : String(stage[curve])} onChange={(event) => send({ type: 'setEmotion', stageId: stage.id, curve, value: event.target.value === '' ? null : Number(event.target.value) })}>
                    <option value="">未打分</option>
                    {OPTIONS.map((value) => (
                      <option key={value} value={value}>
                        {formatEmotion(value)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          ))}
          <CurveSvg map={map} title="情绪曲线：虚线为现状，实线为优化后" />
        </div>
      </div>
      <p className="jm-legend">
        <span className="jm-key-asIs" aria-hidden="true" />虚线：现状{'\u3000'}<span className="jm-key-toBe" aria-hidden="true" />实线：优化后。圈出的是峰值（最强烈的时刻）和终点。
      </p>
      <label className="jm-end-choice">
        记忆的终点（之后的阶段不计入峰终分）：
        <select value={map.endStageId ?? ''} onChange={(event) => send({ type: 'setEnd', stageId: event.target.value || null })}>
          <option value="">最后一个阶段</option>
          {map.stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
      </label>
      <PeakEndSummary map={map} />
      <details>
        <summary>曲线的数据表</summary>
        <table className="jm-table">
          <thead>
            <tr>
              <th scope="col">阶段</th>
              <th scope="col">现状</th>
              <th scope="col">优化后</th>
            </tr>
          </thead>
          <tbody>
            {map.stages.map((stage) => (
              <tr key={stage.id}>
                <th scope="row">{stage.name}</th>
                <td>{stage.asIs === null ? '—' : formatEmotion(stage.asIs)}</td>
                <td>{stage.toBe === null ? '—' : formatEmotion(stage.toBe)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="jm-note">
        峰终分是最强烈时刻与终点的平均（Kahneman 等，1993；Redelmeier 与 Kahneman，1996）：顾客事后的评价更接近它，而不是一路的平均。算法见<a href={withBase('/tools/journey/method/')}>方法说明</a>。
      </p>
    </section>
  );
},
  (before, after) => before.send === after.send && before.map.stages === after.map.stages && before.map.endStageId === after.map.endStageId,
);
