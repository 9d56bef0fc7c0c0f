/** NPS per segment with intervals, and the comparison of two segments. */
import { useId } from 'react';
import { formatCount, formatPercent, formatPoints, formatPValue, formatRange, SMALL_SAMPLE } from '../../lib/nps';
import { confidencePercent, intervalBar, scalePosition } from '../../lib/nps/display';
import type { NpsView } from '../../lib/nps/select';
import type { NpsTool } from './NpsCalculator';

export default function NpsSegments({ tool, view, headingId }: { tool: NpsTool; view: NpsView; headingId: string }) {
  const segments = view.segments ?? [];
  const comparison = view.comparison;
  const selectId = useId();
  return (
    <section className="nps-calc__section nps-calc__segments" aria-labelledby={headingId} data-testid="nps-segments">
      <h2 id={headingId}>分组 NPS</h2>
      {!view.segmentsCoverAll && <p className="nps-calc__hint">部分回答没有分组，只计入总体 NPS。</p>}
      <div className="nps-calc__scroll" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
        <table className="nps-calc__segment-table">
          <caption id={`${headingId}-caption`}>各分组的 NPS 与 95% 置信区间（调整 Wald），按 NPS 从高到低</caption>
          <thead>
            <tr>
              <th scope="col">分组</th>
              <th scope="col" className="is-number">n</th>
              <th scope="col" className="is-number is-share">推荐者</th>
              <th scope="col" className="is-number is-share">贬损者</th>
              <th scope="col" className="is-number">NPS</th>
              <th scope="col" className="is-number">95% 置信区间</th>
              <th scope="col" className="nps-calc__range-head">区间示意（−100 至 100）</th>
            </tr>
          </thead>
          <tbody>
            {segments.map((segment) => (
              <tr key={segment.label}>
                <th scope="row">
                  {segment.label}
                  {segment.summary.total < SMALL_SAMPLE && <span className="nps-calc__badge">样本少</span>}
                </th>
                <td className="is-number">{formatCount(segment.summary.total)}</td>
                <td className="is-number is-share">{formatPercent(segment.summary.promoterShare)}</td>
                <td className="is-number is-share">{formatPercent(segment.summary.detractorShare)}</td>
                <td className="is-number nps-calc__segment-nps">{formatPoints(segment.summary.nps)}</td>
                <td className="is-number">{formatRange(segment.interval.lower, segment.interval.upper)}</td>
                <td className="nps-calc__range-cell" aria-hidden="true">
                  <span className="nps-calc__range">
                    <span className="nps-calc__range-zero" />
                    <span
                      className="nps-calc__range-bar"
                      style={{ left: `${intervalBar(segment.interval).left}%`, width: `${intervalBar(segment.interval).width}%` }}
                    />
                    <span className="nps-calc__range-dot" style={{ left: `${scalePosition(segment.summary.nps)}%` }} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {comparison && (
        <div className="nps-calc__compare" data-testid="nps-comparison">
          <h3>两组比较</h3>
          <div className="nps-calc__compare-pickers">
            <div>
              <label htmlFor={`${selectId}-a`}>组 A</label>
              <select id={`${selectId}-a`} value={comparison.first} onChange={(event) => tool.send({ type: 'compare', field: 'first', label: event.currentTarget.value })} data-testid="nps-compare-a">
                {comparison.labels.map((label) => <option key={label} value={label}>{label}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor={`${selectId}-b`}>组 B</label>
              <select id={`${selectId}-b`} value={comparison.second} onChange={(event) => tool.send({ type: 'compare', field: 'second', label: event.currentTarget.value })} data-testid="nps-compare-b">
                {comparison.labels.filter((label) => label !== comparison.first).map((label) => <option key={label} value={label}>{label}</option>)}
              </select>
            </div>
          </div>
          <p className="nps-calc__hint" data-testid="nps-compare-method">方法：{comparison.result.method}，差值、标准误、置信区间、z 与 p 都出自这一方法。</p>
          <dl className="nps-calc__stats">
            <div><dt>差值（A − B）</dt><dd data-testid="nps-compare-difference">{formatPoints(comparison.result.adjustedDifference, { signed: true })} 分</dd></div>
            <div><dt>标准误 SE</dt><dd data-testid="nps-compare-se">{formatPoints(comparison.result.standardError)} 分</dd></div>
            <div><dt>差值的 {confidencePercent(comparison.result.confidence)}% 置信区间</dt><dd data-testid="nps-compare-ci">{formatRange(comparison.result.lower, comparison.result.upper)}</dd></div>
            <div><dt>z</dt><dd data-testid="nps-compare-z">{formatPoints(comparison.result.z, { decimals: 2 })}</dd></div>
            <div><dt>双侧 p</dt><dd data-testid="nps-compare-p">{formatPValue(comparison.result.pValue)}</dd></div>
          </dl>
          <p className="nps-calc__hint" data-testid="nps-compare-raw">
            注：调整 Wald 法在每组加 3 个虚拟回答（推荐者、贬损者各 0.75 个，其余 1.5 个）后再相减；两组 NPS 直接相减为 {formatPoints(comparison.result.difference, { signed: true })} 分。
          </p>
          <p className={`nps-calc__verdict${comparison.result.significant ? ' is-significant' : ''}`} data-testid="nps-compare-verdict">{comparison.verdict}</p>
        </div>
      )}
    </section>
  );
}
