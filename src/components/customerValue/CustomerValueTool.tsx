/**
 * The customer-value tool's island: lifetime value with retention, the value of +5 points of
 * retention, and referral growth against the course material's doubling. Runs the lib's reducer
 * through useTool; mounted by content/tools/customer-value/index.mdx.
 */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { initialState, reduce, selectOutcome, sharePayload, STATE_VERSION, TOOL_ID } from '../../lib/customerValue';
import { useTool } from '../shared/useTool';
import { ToolActions } from '../shared/ToolActions';
import { ToolMessage } from '../shared/ToolMessage';
import { StaticUntilLive } from '../shared/StaticUntilLive';
import { useLatch } from '../shared/useLatch';
import { withBase } from '../../utils/url';
import { ValueInputs } from './ValueInputs';
import { ClvSummary } from './ClvSummary';
import { ReferralChart } from './ReferralChart';
import { ReferralTables } from './ReferralTables';
import { valueCsv } from './valueCsv';
import '../shared/calculator.css';
import '../shared/toolLayout.css';

/** The schema (zod) is fetched only when there is a saved state or a link to read. */
const SPEC = { id: TOOL_ID, version: STATE_VERSION, schema: () => import('../../lib/customerValue/schema').then((module) => module.schema), initialState, reduce, sharePayload };

export default function CustomerValueTool() {
  const tool = useTool(SPEC);
  const outcome = selectOutcome(tool.state);
  const chartRef = useRef<SVGSVGElement>(null);
  // The results for the defaults stay as the server rendered them until the inputs change or the
  // chart's element is needed (../shared/StaticUntilLive.tsx): most of the page's hydration.
  const [chartNeeded, needChart] = useState(false);
  const live = useLatch(chartNeeded || tool.state !== SPEC.initialState);
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
            <StaticUntilLive live={live}>
              <ClvSummary outcome={outcome} />
              <h3>转介绍能带来多少增长</h3>
              <ReferralChart outcome={outcome} chartRef={chartRef} />
            </StaticUntilLive>
            <ReferralTables outcome={outcome} live={live} />
          </>
        ) : (
          <p className="tool-message is-error" data-testid="cv-error">{outcome.message}</p>
        )}
        <ToolActions
          prefix="cv"
          share={tool.share}
          onShare={tool.publishShare}
          onCsv={() => outcome.status === 'ok' && tool.exportCsv('顾客价值.csv', valueCsv(outcome))}
          onPng={() => {
            flushSync(() => needChart(true));
            void tool.exportPng(chartRef.current, '转介绍增长.png', '转介绍增长：课程资料的倍增与按你的输入');
          }}
          onReset={tool.reset}
        />
      </section>
    </div>
  );
}
