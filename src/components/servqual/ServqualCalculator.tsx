/**
 * The SERVQUAL calculator island. It renders only: state, persistence, worker and maths come from
 * useServqualTool (the tool kernel over src/lib/servqual/state.ts). Mounted by content/tools/servqual/index.mdx.
 */
import { Suspense, useId } from 'react';
// Direct module imports (not the barrel): see ImportPanel.tsx.
import { formatCount, formatGap } from '../../lib/servqual/format';
import { unweightedScoreOfDimensions } from '../../lib/servqual/servqualScore';
import { withBase } from '../../utils/url';
import { ImportPanel } from './ImportPanel';
import { ResultsView } from './lazyViews';
import { QuestionnaireBuilder } from './QuestionnaireBuilder';
import { useServqualTool } from './useServqualTool';
import '../shared/calculator.css';
import './ServqualCalculator.css';

export default function ServqualCalculator() {
  const calculator = useServqualTool();
  const id = useId();
  const { summary, message } = calculator;
  const unweighted = summary ? unweightedScoreOfDimensions(summary.dimensions) : null;

  return (
    <div className="calc servqual not-content" data-testid="servqual-calculator" data-restored={calculator.restored ? 'true' : 'false'}>
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

      <section className="calc-section servqual-results" aria-labelledby={`${id}-results`} data-testid="servqual-results">
        <h2 id={`${id}-results`}>③ 结果</h2>
        <p className="sr-only" role="status" aria-live="polite" data-testid="servqual-live">
          {summary ? `已计算：${formatCount(summary.respondents)} 位受访者，${summary.items.length} 个题目；未加权 SERVQUAL 得分 ${formatGap(unweighted)}。` : ''}
        </p>
        {summary ? (
          <Suspense fallback={<p className="calc-hint">结果加载中…</p>}>
            <ResultsView state={calculator.resultsState} summary={summary} />
          </Suspense>
        ) : (
          <p className="calc-hint" data-testid="servqual-empty">导入答卷（或点“教学示例数据”）后，这里显示各维度的差距、信度、容忍区间和重要性—表现分析。</p>
        )}
      </section>
    </div>
  );
}
