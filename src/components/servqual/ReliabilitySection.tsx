/**
 * Cronbach's α of each dimension and rating column, with α if item deleted in a fold.
 */
import { useId } from 'react';
import { ALPHA_THRESHOLD, ANSWER_ROLES, dimensionById, formatCount, formatScore, type ServqualReport } from '../../lib/servqual';
import { LazyDetails } from '../shared/LazyDetails';

export function ReliabilitySection({ report }: { report: ServqualReport }) {
  const id = useId();
  const low = report.reliability.filter((row) => row.belowThreshold);
  return (
    <section className="servqual-subsection" aria-labelledby={`${id}-title`} data-testid="servqual-reliability">
      <h3 id={`${id}-title`}>信度：Cronbach's α</h3>
      {low.length > 0 && (
        <p className="servqual-message is-warning" data-testid="servqual-alpha-warning">
          ⚠ {low.map((row) => `「${dimensionById(row.dimension).courseName}」的${ANSWER_ROLES[row.role].label}栏 α = ${formatScore(row.alpha)}`).join('；')}，低于 {ALPHA_THRESHOLD}：这些题目测的可能不是同一件事（或有反向题未标记），该维度的平均分要谨慎解读。
        </p>
      )}
      <div className="calc-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="servqual-table" data-testid="servqual-alpha-table">
          <caption id={`${id}-caption`}>各维度各评分栏的 α（n 为该维度全部作答的受访者）</caption>
          <thead>
            <tr>
              <th scope="col">维度</th>
              {report.roles.map((role) => <th scope="col" className="is-number" key={role}>{ANSWER_ROLES[role].label} α</th>)}
              <th scope="col" className="is-number">题数</th>
            </tr>
          </thead>
          <tbody>
            {[...new Set(report.reliability.map((row) => row.dimension))].map((dimension) => {
              const rows = report.reliability.filter((row) => row.dimension === dimension);
              return (
                <tr key={dimension}>
                  <th scope="row">{dimensionById(dimension).courseName}（{dimensionById(dimension).name}）</th>
                  {report.roles.map((role) => {
                    const row = rows.find((candidate) => candidate.role === role);
                    return (
                      <td key={role} className={`is-number${row?.belowThreshold ? ' is-low' : ''}`}>
                        {row?.alpha === null || row === undefined ? '—' : formatScore(row.alpha)}
                        {row?.belowThreshold && <span className="sr-only">（低于 {ALPHA_THRESHOLD}）</span>}
                        {row && <span className="calc-hint"> n={formatCount(row.n)}</span>}
                      </td>
                    );
                  })}
                  <td className="is-number">{rows[0]?.itemCount ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <LazyDetails summary="删除某题后的 α（α if item deleted）与校正的题总相关" testId="servqual-alpha-deleted">
        <p className="calc-hint">删除后 α 明显升高的题目（标 ▲）与同维度其他题目不太一致，可考虑改写。只有 2 题的维度删除一题后无法计算 α。</p>
        <div className="calc-scroll" role="region" aria-label="删除某题后的 α" tabIndex={0}>
          <table className="servqual-table">
            <caption className="sr-only">每个题目删除后该维度的 α</caption>
            <thead>
              <tr>
                <th scope="col">题目</th>
                <th scope="col">评分栏</th>
                <th scope="col" className="is-number">维度 α</th>
                <th scope="col" className="is-number">删除该题后的 α</th>
                <th scope="col" className="is-number">校正的题总相关</th>
              </tr>
            </thead>
            <tbody>
              {report.reliability.flatMap((row) =>
                row.items.map((item) => (
                  <tr key={`${row.dimension}-${row.role}-${item.id}`}>
                    <th scope="row">{item.number}. {item.text}</th>
                    <td>{ANSWER_ROLES[row.role].label}</td>
                    <td className="is-number">{formatScore(row.alpha)}</td>
                    <td className="is-number">{formatScore(item.alphaIfDeleted)}{item.raisesAlpha ? ' ▲' : ''}</td>
                    <td className="is-number">{formatScore(item.itemTotal)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </LazyDetails>
    </section>
  );
}
