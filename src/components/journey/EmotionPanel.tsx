/**
 * The emotion curves under the stages: a −2…+2 choice per stage for the as-is and the to-be
 * curve, the SVG drawn in the same column width as the grid (so each point sits under its
 * stage), peak and end marked, the peak–end score beside the plain mean with one sentence on
 * what it means, and the curve's numbers as a table.
 */
import { memo } from 'react';
import { withBase } from '../../utils/url';
import { formatEmotion, type HistoryEvent, type JourneyMap } from '../../lib/journey';
import { CurveSvg } from './CurveSvg';
import { CURVES } from './curves';
import { PeakEndSummary } from './PeakEndSummary';

const OPTIONS = [2, 1.5, 1, 0.5, 0, -0.5, -1, -1.5, -2];

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
