/**
 * Importance–performance analysis (Martilla & James 1977): the level and crosshair choices, the
 * chart and the four quadrants as lists.
 */
import { useId } from 'react';
import { formatScore, QUADRANTS, QUADRANT_ORDER, type ServqualReport } from '../../lib/servqual';
import { IpaChart } from './IpaChart';
import type { ServqualResultsState } from './useServqualTool';

export function IpaSection({ state, report }: { state: ServqualResultsState; report: ServqualReport }) {
  const id = useId();
  const { view, setView } = state;
  return (
    <section className="servqual-subsection" aria-labelledby={`${id}-title`} data-testid="servqual-ipa">
      <h3 id={`${id}-title`}>重要性—表现分析（IPA）</h3>
      <div className="servqual-grid servqual-noprint">
        <fieldset className="servqual-fieldset">
          <legend>分析对象</legend>
          <label className="servqual-choice">
            <input type="radio" name={`${id}-level`} checked={view.ipaLevel === 'dimension'} onChange={() => setView({ ipaLevel: 'dimension' })} />
            五个维度
          </label>
          <label className="servqual-choice">
            <input type="radio" name={`${id}-level`} checked={view.ipaLevel === 'item'} onChange={() => setView({ ipaLevel: 'item' })} data-testid="servqual-ipa-items" />
            每个题目
          </label>
        </fieldset>
        <fieldset className="servqual-fieldset">
          <legend>十字线位置</legend>
          <label className="servqual-choice">
            <input type="radio" name={`${id}-cross`} checked={view.crosshairs === 'data-mean'} onChange={() => setView({ crosshairs: 'data-mean' })} />
            数据均值
          </label>
          <label className="servqual-choice">
            <input type="radio" name={`${id}-cross`} checked={view.crosshairs === 'scale-midpoint'} onChange={() => setView({ crosshairs: 'scale-midpoint' })} data-testid="servqual-ipa-midpoint" />
            量表中点{report.ipa.importanceFromWeights ? `（重要性取 ${formatScore(report.ipa.midpoints.importance, 0)} 分，即平均分配）` : ''}
          </label>
        </fieldset>
      </div>
      <p className="calc-hint">
        重要性取{report.ipa.importanceFromWeights ? '受访者 100 分分配的平均分（或填写的权重）' : `${report.ipa.level === 'dimension' ? '各维度' : '各题目'}的期望均值（数据中没有权重，或按题目分析时）`}，表现取感知均值（Martilla 与 James 1977）。
      </p>
      <IpaChart report={report} />
      <div className="servqual-quadrants">
        {QUADRANT_ORDER.map((quadrant) => {
          const points = report.ipa.points.filter((point) => point.quadrant === quadrant);
          return (
            <div key={quadrant} className={`servqual-quadrant is-${quadrant}`} data-testid={`servqual-quadrant-${quadrant}`}>
              <h4>{QUADRANTS[quadrant].label}<span className="calc-hint">{QUADRANTS[quadrant].position}</span></h4>
              <p className="calc-hint">{QUADRANTS[quadrant].advice}</p>
              {points.length === 0 ? <p className="calc-hint">（无）</p> : (
                <ul>{points.map((point) => <li key={point.id}>{point.label}</li>)}</ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
