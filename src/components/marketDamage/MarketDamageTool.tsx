/**
 * The Market Damage tool's island: runs the lib's reducer through useTool and lays out the views.
 * Mounted by content/tools/market-damage/index.mdx.
 */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { flowRows, initialState, reduce, selectOutcome, sharePayload, STATE_VERSION, TOOL_ID } from '../../lib/marketDamage';
import { useTool } from '../shared/useTool';
import { ToolActions } from '../shared/ToolActions';
import { ToolMessage } from '../shared/ToolMessage';
import { StaticUntilLive } from '../shared/StaticUntilLive';
import { useLatch } from '../shared/useLatch';
import { withBase } from '../../utils/url';
import { DamageInputs } from './DamageInputs';
import { ScenarioInputs } from './ScenarioInputs';
import { DamageResults } from './DamageResults';
import { damageCsv } from './damageCsv';
import '../shared/calculator.css';
import '../shared/toolLayout.css';

/** The schema (zod) is fetched only when there is a saved state or a link to read. */
const SPEC = { id: TOOL_ID, version: STATE_VERSION, schema: () => import('../../lib/marketDamage/schema').then((module) => module.schema), initialState, reduce, sharePayload };

export default function MarketDamageTool() {
  const tool = useTool(SPEC);
  const outcome = selectOutcome(tool.state);
  const chartRef = useRef<SVGSVGElement>(null);
  const errorField = outcome.status === 'error' ? outcome.field : null;
  const errorText = outcome.status === 'error' ? outcome.message : null;
  // The results for the defaults stay as the server rendered them until the inputs change or the
  // chart's element is needed (../shared/StaticUntilLive.tsx): a third of the page's hydration.
  const [chartNeeded, needChart] = useState(false);
  const live = useLatch(chartNeeded || tool.state !== SPEC.initialState);

  return (
    <div className="calc not-content" data-testid="md-tool" data-restored={tool.restored ? 'true' : 'false'}>
      <p>
        <a href={withBase('/tools/market-damage/method/')}>方法说明</a>：每一步的公式、来源和模型的局限。
      </p>
      <ToolMessage message={tool.message} onDismiss={tool.dismissMessage} testId="md-message" />
      <DamageInputs state={tool.state} send={tool.send} errorField={errorField} errorText={errorText} />
      <ScenarioInputs state={tool.state} send={tool.send} errorField={errorField} errorText={errorText} />
      <section className="calc-section" aria-labelledby="md-results-heading">
        <h2 id="md-results-heading">结果</h2>
        {outcome.status === 'ok' ? (
          <StaticUntilLive live={live} className="md-results">
            <DamageResults outcome={outcome} valueBasis={tool.state.valueBasis} chartRef={chartRef} />
          </StaticUntilLive>
        ) : (
          <p className="tool-message is-error" data-testid="md-error">{outcome.message}</p>
        )}
        <ToolActions
          prefix="md"
          share={tool.share}
          onShare={tool.publishShare}
          onCsv={() => outcome.status === 'ok' && tool.exportCsv('体验损害模型.csv', damageCsv(flowRows(outcome.comparison), outcome))}
          onPng={() => {
            flushSync(() => needChart(true));
            void tool.exportPng(chartRef.current, '体验损害模型.png', '体验损害模型：从全部顾客到失去的顾客');
          }}
          onReset={tool.reset}
        />
      </section>
    </div>
  );
}
