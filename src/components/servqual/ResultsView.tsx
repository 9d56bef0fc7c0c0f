/**
 * Step 3: the results (loaded on demand, once there are results) — headline scores, dimension and item gaps with paired 95% CIs, the
 * largest gaps, 5-GAP hints, radar, zone of tolerance, importance–performance grid and
 * Cronbach's α — each chart with its table alternative.
 */
import { memo, useCallback, useId, useMemo } from 'react';
import {
  ALPHA_THRESHOLD,
  ANSWER_ROLES,
  buildServqualReport,
  dimensionById,
  formatCount,
  formatGap,
  formatInterval,
  formatScore,
  POSITION_LABELS,
  PROVIDER_GAPS,
  QUADRANTS,
  QUADRANT_ORDER,
  referenceRole,
  servqualResultRows,
  WEIGHT_TOTAL,
  type GapRow,
  type ServqualReport,
  type ServqualSummary,
} from '../../lib/servqual';
import { withBase } from '../../utils/url';
import { downloadCsv } from '../shared/exportCsv';
import { IpaChart } from './IpaChart';
import { LazyDetails } from './LazyDetails';
import { RadarChart } from './RadarChart';
import { ZoneChart } from './ZoneChart';
import type { ServqualResultsState } from './useServqualTool';

export const ResultsView = memo(function ResultsView({ state, summary }: { state: ServqualResultsState; summary: ServqualSummary }) {
  const id = useId();
  const { typedWeights, view } = state;
  const report = useMemo(
    () => buildServqualReport(summary, { typedWeights, crosshairs: view.crosshairs, ipaLevel: view.ipaLevel }),
    [summary, typedWeights, view.crosshairs, view.ipaLevel],
  );
  const exportResultsCsv = useCallback(() => {
    downloadCsv('SERVQUAL-结果.csv', servqualResultRows(summary, report, state.origin));
  }, [summary, report, state.origin]);
  const three = summary.format === 'three-column';
  const referenceLabel = ANSWER_ROLES[referenceRole(summary.format)].label;
  const gapName = three ? 'P − 理想（MSS）' : 'P − E';
  const { scores } = report;

  return (
    <div className="servqual-results__body">
      <p className="servqual-source" data-testid="servqual-source">
        当前数据：{state.origin}；{formatCount(summary.respondents)} 位受访者，{summary.items.length} 个题目，1–{summary.scaleMax} 分{three ? '，三栏式' : ''}。
      </p>

      <div className="servqual-headline">
        <div className="servqual-score-block">
          <p className="servqual-score-label" id={`${id}-unweighted`}>未加权 SERVQUAL 得分（{gapName}）</p>
          <p className="servqual-score" data-testid="servqual-unweighted" aria-describedby={`${id}-unweighted`}>{formatGap(scores.unweighted)}</p>
          <p className="servqual-ci">
            95% 置信区间 <strong>{formatInterval(scores.unweightedInterval?.lower, scores.unweightedInterval?.upper)}</strong>
            <span className="calc-hint">（n = {formatCount(summary.overall.unweighted.n)}，五个维度都答完整的受访者）</span>
          </p>
        </div>
        <div className="servqual-score-block is-secondary">
          <p className="servqual-score-label" id={`${id}-weighted`}>加权 SERVQUAL 得分</p>
          <p className="servqual-score is-secondary" data-testid="servqual-weighted" aria-describedby={`${id}-weighted`}>{scores.weighted === null ? '—' : formatGap(scores.weighted)}</p>
          <p className="servqual-ci">
            {scores.weightSource === 'respondents' && (
              <>
                95% 置信区间 <strong>{formatInterval(scores.weightedInterval?.lower, scores.weightedInterval?.upper)}</strong>
                <span className="calc-hint">（n = {formatCount(summary.overall.weighted?.n ?? 0)}，权重有效且维度完整）</span>
              </>
            )}
            {scores.weightSource === 'typed' && <span className="calc-hint">按下方填写的权重计算。</span>}
            {scores.weightSource === 'none' && <span className="calc-hint">数据里没有重要性分配：可在下方填写五个维度的权重。</span>}
          </p>
        </div>
      </div>
      <p className="servqual-convention" data-testid="servqual-convention">
        约定：差距 = 感知 − {referenceLabel}，负数表示没有达到{referenceLabel}。未加权得分 = 各维度差距的平均。加权得分 = Σ（维度差距 × 权重）÷ {WEIGHT_TOTAL}，权重合计为 {WEIGHT_TOTAL}
        {scores.weightSource === 'respondents' ? '；用每位受访者自己的分配逐人计算，再对受访者取平均（Parasuraman 等 1991）' : ''}。
        详见<a href={withBase('/tools/servqual/method/')}>方法说明</a>。
      </p>

      {scores.weightSource !== 'respondents' && <TypedWeights state={state} summary={summary} />}

      <section className="servqual-subsection" aria-labelledby={`${id}-dimensions`}>
        <h3 id={`${id}-dimensions`}>各维度的差距</h3>
        <GapTable rows={report.dimensions} summary={summary} caption={`各维度的${referenceLabel}、感知与差距（配对 95% 置信区间）`} testId="servqual-dimension-table" />
      </section>

      <FiveGapHints report={report} />

      <section className="servqual-subsection" aria-labelledby={`${id}-largest`}>
        <h3 id={`${id}-largest`}>差距最大的 {report.largestGaps.length} 个题目</h3>
        <GapTable rows={report.largestGaps} summary={summary} caption="按差距从大到小（最负在前）" ranked testId="servqual-largest-gaps" />
      </section>

      <div className="servqual-charts">
        <RadarChart summary={summary} report={report} />
        {three && (
          <ZoneChart summary={summary} rows={report.dimensions} caption="各维度的容忍区间与感知（蓝色带：可接受—理想；竖条：感知，红色低于可接受、绿色高于理想）" fileName="SERVQUAL-容忍区间" testId="servqual-chart-zone" />
        )}
      </div>
      {three && (
        <LazyDetails summary="每个题目的容忍区间">
          <ZoneChart summary={summary} rows={report.items} caption="各题目的容忍区间与感知" fileName="SERVQUAL-题目容忍区间" testId="servqual-chart-zone-items" />
        </LazyDetails>
      )}

      <IpaSection state={state} report={report} />

      <ReliabilitySection report={report} />

      <LazyDetails summary={`全部 ${report.items.length} 个题目的差距`} testId="servqual-item-details">
        <GapTable rows={report.items} summary={summary} caption={`各题目的${referenceLabel}、感知与差距（配对 95% 置信区间）`} testId="servqual-item-table" />
      </LazyDetails>

      <div className="calc-actions servqual-noprint">
        <button type="button" className="servqual-button" onClick={exportResultsCsv} data-testid="servqual-export-csv">下载结果 CSV</button>
        <button type="button" className="servqual-button" onClick={() => void state.createShareLink()} data-testid="servqual-share">复制分享链接</button>
        <button type="button" className="servqual-button" onClick={state.printResults} data-testid="servqual-print">打印结果</button>
      </div>
      {state.share && (
        <div className="servqual-share servqual-noprint">
          <label htmlFor={`${id}-share`}>
            分享链接（只含均值、方差和人数，不含原始答卷）{state.share.copied ? '：已复制到剪贴板' : '：请复制'}
          </label>
          <input id={`${id}-share`} type="text" readOnly value={state.share.url} onFocus={(event) => event.currentTarget.select()} data-testid="servqual-share-url" />
          {state.share.note && <p className="calc-hint">{state.share.note}</p>}
        </div>
      )}
    </div>
  );
});

function GapTable({ rows, summary, caption, ranked = false, testId }: { rows: readonly GapRow[]; summary: ServqualSummary; caption: string; ranked?: boolean; testId: string }) {
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

function TypedWeights({ state, summary }: { state: ServqualResultsState; summary: ServqualSummary }) {
  const id = useId();
  const check = state.typedWeightCheck;
  return (
    <fieldset className="servqual-fieldset servqual-typed-weights" data-testid="servqual-typed-weights">
      <legend>填写维度权重（合计 {WEIGHT_TOTAL}，用于加权得分；可参考管理层或旅客访谈的判断）</legend>
      <div className="servqual-weight-boxes">
        {summary.dimensions.map((dimension) => (
          <div key={dimension.dimension} className="servqual-weight-box">
            <label htmlFor={`${id}-${dimension.dimension}`}>{dimensionById(dimension.dimension).courseName}</label>
            <input
              id={`${id}-${dimension.dimension}`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={state.view.typedWeights[dimension.dimension] ?? ''}
              aria-invalid={check?.kind === 'invalid' || undefined}
              aria-describedby={`${id}-status`}
              onChange={(event) => state.setTypedWeight(dimension.dimension, event.currentTarget.value)}
              data-testid={`servqual-weight-${dimension.dimension}`}
            />
          </div>
        ))}
      </div>
      <p id={`${id}-status`} className={`calc-hint${check?.kind === 'invalid' ? ' is-error' : ''}`} aria-live="polite">
        {check?.kind === 'invalid' ? check.error : check?.kind === 'valid' ? '权重有效。' : '留空则不计算加权得分。'}
      </p>
    </fieldset>
  );
}

function FiveGapHints({ report }: { report: ServqualReport }) {
  const id = useId();
  return (
    <section className="servqual-subsection servqual-hints" aria-labelledby={`${id}-title`} data-testid="servqual-five-gap">
      <h3 id={`${id}-title`}>5-GAP 提示：差距可能出在哪里</h3>
      {report.hints.length === 0 ? (
        <p>所有维度的感知都不低于期望，暂无需要追查的差距。</p>
      ) : (
        <ol>
          {report.hints.map((hint) => (
            <li key={hint.dimension}>
              <p>{hint.sentence}</p>
              <ul>
                {hint.questions.map((question) => <li key={question}>{question}</li>)}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p className="calc-hint">
        差距 5（旅客感受到的落差）通常由企业内部的差距 1–4 造成：{Object.values(PROVIDER_GAPS).join('、')}。这些是追查方向，不是定论，详见
        <a href={withBase('/lectures/4-management/five-gaps/')}>第四讲 5GAP 模型</a>。
      </p>
    </section>
  );
}

function IpaSection({ state, report }: { state: ServqualResultsState; report: ServqualReport }) {
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

function ReliabilitySection({ report }: { report: ServqualReport }) {
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
