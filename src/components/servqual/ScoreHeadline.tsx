/**
 * The headline of the results: the unweighted and weighted SERVQUAL scores with their 95% intervals,
 * and the sign convention in one sentence.
 */
import { useId } from 'react';
import { ANSWER_ROLES, formatCount, formatGap, formatInterval, referenceRole, WEIGHT_TOTAL, type ServqualReport, type ServqualSummary } from '../../lib/servqual';
import { withBase } from '../../utils/url';

export function ScoreHeadline({ summary, report }: { summary: ServqualSummary; report: ServqualReport }) {
  const id = useId();
  const three = summary.format === 'three-column';
  const referenceLabel = ANSWER_ROLES[referenceRole(summary.format)].label;
  const gapName = three ? 'P − 理想（MSS）' : 'P − E';
  const { scores } = report;
  return (
    <>
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
    </>
  );
}
