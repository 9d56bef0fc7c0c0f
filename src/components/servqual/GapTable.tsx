/**
 * A table of gaps (dimensions or items): the reference and perceived means, the gap with its
 * paired 95% interval, and a small drawing of that interval against 0 (aria-hidden: the cells say it).
 */
import { useId } from 'react';
import { ANSWER_ROLES, dimensionById, formatCount, formatGap, formatInterval, formatScore, POSITION_LABELS, referenceRole, type GapRow, type ServqualSummary } from '../../lib/servqual';

export function GapTable({ rows, summary, caption, ranked = false, testId }: { rows: readonly GapRow[]; summary: ServqualSummary; caption: string; ranked?: boolean; testId: string }) {
  const id = useId();
  const three = summary.format === 'three-column';
  const referenceLabel = ANSWER_ROLES[referenceRole(summary.format)].label;
  const bounds = rows.flatMap((row) => [row.interval?.lower ?? row.gap, row.interval?.upper ?? row.gap]).filter(Number.isFinite);
  const low = Math.min(0, ...bounds) - 0.1;
  const high = Math.max(0, ...bounds) + 0.1;
  const position = (value: number) => `${((value - low) / (high - low)) * 100}%`;
  return (
    <div className="calc-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="servqual-table" data-testid={testId}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {ranked && <th scope="col" className="is-number">名次</th>}
            <th scope="col">{rows[0]?.number === null ? '维度' : '题目'}</th>
            <th scope="col" className="is-number">{referenceLabel}</th>
            {three && <th scope="col" className="is-number">可接受</th>}
            <th scope="col" className="is-number">感知</th>
            <th scope="col" className="is-number">差距</th>
            <th scope="col" className="is-number">95% 置信区间</th>
            <th scope="col" className="is-number">n</th>
            {three && <th scope="col" className="is-number">MSA</th>}
            {three && <th scope="col" className="servqual-nowrap">容忍区间</th>}
            <th scope="col" className="servqual-range-head">区间示意（竖线为 0）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id}>
              {ranked && <td className="is-number">{index + 1}</td>}
              <th scope="row">
                {row.number === null ? `${row.label}（${dimensionById(row.dimension).name}）` : `${row.number}. ${row.label}`}
                {row.number !== null && <span className="servqual-badge">{dimensionById(row.dimension).courseName}</span>}
                {row.reversed && <span className="servqual-badge">反向题</span>}
              </th>
              <td className="is-number">{formatScore(row.expected)}</td>
              {three && <td className="is-number">{formatScore(row.adequate)}</td>}
              <td className="is-number">{formatScore(row.perceived)}</td>
              <td className={`is-number servqual-gap${row.gap < 0 ? ' is-negative' : ''}`}>{formatGap(row.gap)}</td>
              <td className="is-number">{formatInterval(row.interval?.lower, row.interval?.upper)}</td>
              <td className="is-number">{formatCount(row.n)}</td>
              {three && <td className="is-number">{formatGap(row.adequacyGap)}</td>}
              {three && <td className="servqual-nowrap">{row.zone ? POSITION_LABELS[row.zone.position] : '—'}</td>}
              <td className="servqual-range-cell" aria-hidden="true">
                <span className="servqual-range">
                  <span className="servqual-range__zero" style={{ left: position(0) }} />
                  {row.interval && (
                    <span className="servqual-range__bar" style={{ left: position(row.interval.lower), width: `${((row.interval.upper - row.interval.lower) / (high - low)) * 100}%` }} />
                  )}
                  {Number.isFinite(row.gap) && <span className="servqual-range__dot" style={{ left: position(row.gap) }} />}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
