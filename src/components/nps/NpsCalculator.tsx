/**
 * The NPS calculator island, on the tool kernel: useTool owns persistence, share links, the
 * survey worker and reset; src/lib/nps/state.ts the reducer and schema; src/lib/nps/select.ts
 * every figure. The views below only render. Mounted by content/tools/nps/index.mdx.
 */
import { Suspense, useId, useMemo } from 'react';
// Direct module imports, not the barrel: the barrel would bring the import's column detection into the first screen (JS budget).
import type { NpsTableRequest, NpsTableResult } from '../../lib/nps/analyseNps';
import { formatCount, formatPoints, formatRange } from '../../lib/nps/format';
import { selectNps, sharePayload } from '../../lib/nps/select';
import * as nps from '../../lib/nps/state';
import type { NpsEvent, NpsState } from '../../lib/nps/state';
import { lazyModule } from '../../lib/tool/lazyModule';
import { useSurveyWorker } from '../shared/useSurveyWorker';
import { useTool, type Tool, type ToolSpec } from '../shared/useTool';
import { usePollFeed } from '../poll/usePollFeed';
import { withBase } from '../../utils/url';
import NpsInput from './NpsInput';
import NpsPlanner from './NpsPlanner';
import { lazyView } from '../shared/LazyView';
import './NpsCalculator.css';

/** The result and the group comparison (with the chart code): fetched once a file is about to be chosen, or there is something to show (JS budget). */
const NpsResults = lazyView(() => import('./NpsResults').then((module) => module.default));
const NpsSegments = lazyView(() => import('./NpsSegments').then((module) => module.default));

export type NpsTool = Tool<NpsState, NpsEvent, NpsTableRequest, NpsTableResult>;

function createWorker(): Worker {
  return new Worker(new URL('../../workers/nps.worker.ts', import.meta.url), { type: 'module', name: 'nps' });
}

/** The column scoring for a newly loaded table: fetched when a file starts loading (JS budget). */
const tableRules = lazyModule(() => import('../../lib/nps/loaded'));

const SPEC: ToolSpec<NpsState, NpsEvent, NpsTableRequest, NpsTableResult> = {
  id: nps.TOOL_ID,
  version: nps.STATE_VERSION,
  schema: () => import('../../lib/nps/schema').then((module) => module.schema),
  legacy: nps.legacy,
  legacyStorageKey: nps.LEGACY_STORAGE_KEY,
  initialState: nps.initialState,
  reduce: nps.reduce,
  sharePayload,
  sharedNotice: nps.sharedNotice,
  survey: { createWorker, useWorker: useSurveyWorker, analyse: nps.analyse, prepare: tableRules.load, loaded: (state, preview) => tableRules.current.loaded(state, preview), receive: nps.receive, delayMs: 250, views: [NpsResults, NpsSegments] },
};

export default function NpsCalculator() {
  const tool = useTool<NpsState, NpsEvent, NpsTableRequest, NpsTableResult>(SPEC);
  usePollFeed(tool.survey.load);
  const view = useMemo(() => selectNps(tool.state), [tool.state]);
  const { outcome } = view;
  const linkMessage = tool.message;
  const id = useId();

  return (
    <div className="nps-calc not-content" data-testid="nps-calculator" data-restored={tool.restored ? 'true' : 'false'}>
      <div className="nps-calc__toolbar">
        <button type="button" className="nps-calc__button" onClick={() => tool.send({ type: 'example' })} data-testid="nps-example">
          教学示例数据
        </button>
        <button type="button" className="nps-calc__button is-quiet" onClick={tool.reset} data-testid="nps-reset">
          重置
        </button>
        <a className="nps-calc__method-link" href={withBase('/tools/nps/method/')}>方法说明</a>
      </div>

      <div role="alert" className="nps-calc__alert-slot">
        {linkMessage?.kind === 'error' && (
          <p className="nps-calc__message is-error" data-testid="nps-link-message">
            {linkMessage.text}
            <button type="button" className="nps-calc__link-button" onClick={tool.dismissMessage}>知道了</button>
          </p>
        )}
      </div>
      {linkMessage?.kind === 'notice' && (
        <p className="nps-calc__message is-notice" role="status" data-testid="nps-link-message">
          {linkMessage.text}
        </p>
      )}

      <NpsInput tool={tool} view={view} headingId={`${id}-input`} />

      <section className="nps-calc__section nps-calc__results" aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`}>结果</h2>
        <p className="sr-only" role="status" aria-live="polite" data-testid="nps-live">
          {outcome.status === 'ok'
            ? `NPS ${formatPoints(outcome.summary.nps)}，95% 置信区间 ${formatRange(outcome.adjusted.lower, outcome.adjusted.upper)}，共 ${formatCount(outcome.summary.total)} 份回答。`
            : outcome.message}
        </p>
        {outcome.status === 'ok' ? (
          <Suspense fallback={<p className="nps-calc__message">结果加载中…</p>}>
            <NpsResults tool={tool} view={view} result={outcome} />
          </Suspense>
        ) : (
          <p className={`nps-calc__message${outcome.status === 'error' ? ' is-error' : ''}`} data-testid="nps-message">
            {outcome.message}
          </p>
        )}
      </section>

      {view.segments && view.segments.length > 0 && (
        <Suspense fallback={null}>
          <NpsSegments tool={tool} view={view} headingId={`${id}-segments`} />
        </Suspense>
      )}

      <NpsPlanner tool={tool} view={view} headingId={`${id}-planner`} />
    </div>
  );
}
