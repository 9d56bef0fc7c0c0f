/**
 * The customer-value tool's island: lifetime value with retention, the value of +5 points of
 * retention, and referral growth against the course material's doubling. Runs the lib's reducer
 * through useTool; mounted by content/tools/customer-value/index.mdx.
 */
import { useRef } from 'react';
import { initialState, reduce, selectOutcome, sharePayload, TOOL_ID, versioned } from '../../lib/customerValue';
import { useTool } from '../shared/useTool';
import { ToolActions } from '../shared/ToolActions';
import { ToolMessage } from '../shared/ToolMessage';
import { withBase } from '../../utils/url';
import { ValueInputs } from './ValueInputs';
import { ClvSummary } from './ClvSummary';
import { ReferralChart } from './ReferralChart';
import { ReferralTables } from './ReferralTables';
import { valueCsv } from './valueCsv';
import '../shared/calculator.css';
import '../shared/toolLayout.css';

const SPEC = { id: TOOL_ID, ...versioned, initialState, reduce, sharePayload };

export default function CustomerValueTool() {
  const tool = useTool(SPEC);
  const outcome = selectOutcome(tool.state);
  const chartRef = useRef<SVGSVGElement>(null);
  return (
    <div className="calc not-content" data-testid="cv-tool" data-restored={tool.restored ? 'true' : 'false'}>
      <p>
        <a href={withBase('/tools/customer-value/method/')}>方法说明</a>：公式、来源和一个可以手算核对的例子。
      </p>
      <ToolMessage message={tool.message} onDismiss={tool.dismissMessage} testId="cv-message" />
      <ValueInputs state={tool.state} send={tool.send} error={outcome.status === 'error' ? outcome : null} />
      <section className="calc-section" aria-labelledby="cv-results-heading">
        <h2 id="cv-results-heading">结果</h2>
        {outcome.status === 'ok' ? (
          <>
            <ClvSummary outcome={outcome} />
            <h3>转介绍能带来多少增长</h3>
            <ReferralChart outcome={outcome} chartRef={chartRef} />
            <ReferralTables outcome={outcome} />
          </>
        ) : (
          <p className="tool-message is-error" data-testid="cv-error">{outcome.message}</p>
        )}
        <ToolActions
          prefix="cv"
          share={tool.share}
          onShare={tool.publishShare}
          onCsv={() => outcome.status === 'ok' && tool.exportCsv('顾客价值.csv', valueCsv(outcome))}
          onPng={() => tool.exportPng(chartRef.current, '转介绍增长.png', '转介绍增长：课程资料的倍增与按你的输入')}
          onReset={tool.reset}
        />
      </section>
    </div>
  );
}
