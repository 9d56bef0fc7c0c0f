/**
 * The SERVQUAL calculator island. It renders only: state, persistence, worker and maths come from
 * useServqualCalculator (and through it src/lib/servqual). Mounted by content/tools/servqual/index.mdx.
 */
import { useId } from 'react';
import { formatGap, formatInterval } from '../../lib/servqual';
import { withBase } from '../../utils/url';
import { ImportPanel } from './ImportPanel';
import { QuestionnaireBuilder } from './QuestionnaireBuilder';
import { ResultsView } from './ResultsView';
import { useServqualCalculator } from './useServqualCalculator';
import './ServqualCalculator.css';

export default function ServqualCalculator() {
  const calculator = useServqualCalculator();
  const id = useId();
  const { summary, report, message } = calculator;

  return (
    <div className="servqual not-content" data-testid="servqual-calculator" data-restored={calculator.restored ? 'true' : 'false'}>
      <div className="servqual-toolbar servqual-noprint">
        <button type="button" className="servqual-button is-quiet" onClick={calculator.reset} data-testid="servqual-reset">全部重置</button>
        <a className="servqual-method-link" href={withBase('/tools/servqual/method/')}>方法说明</a>
      </div>

      <div role="alert" className="servqual-alert-slot">
        {message?.kind === 'error' && (
          <p className="servqual-message is-error" data-testid="servqual-message">
            {message.text}
            <button type="button" className="servqual-link-button" onClick={calculator.dismissMessage}>知道了</button>
          </p>
        )}
      </div>
      {message?.kind === 'notice' && (
        <p className="servqual-message is-notice" role="status" data-testid="servqual-message">{message.text}</p>
      )}

      <QuestionnaireBuilder builder={calculator.builder} />
      <ImportPanel calculator={calculator} />

      <section className="servqual-section servqual-results" aria-labelledby={`${id}-results`} data-testid="servqual-results">
        <h2 id={`${id}-results`}>③ 结果</h2>
        <p className="sr-only" role="status" aria-live="polite" data-testid="servqual-live">
          {report
            ? `未加权 SERVQUAL 得分 ${formatGap(report.scores.unweighted)}，95% 置信区间 ${formatInterval(report.scores.unweightedInterval?.lower, report.scores.unweightedInterval?.upper)}；共 ${summary?.respondents.toLocaleString('zh-CN') ?? 0} 位受访者。`
            : ''}
        </p>
        {summary && report ? (
          <ResultsView calculator={calculator} summary={summary} report={report} />
        ) : (
          <p className="servqual-hint" data-testid="servqual-empty">导入答卷（或点“教学示例数据”）后，这里显示各维度的差距、信度、容忍区间和重要性—表现分析。</p>
        )}
      </section>
    </div>
  );
}
