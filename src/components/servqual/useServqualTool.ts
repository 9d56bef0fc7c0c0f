/**
 * The SERVQUAL page on the tool kernel: useTool runs src/lib/servqual/state.ts (persistence, the
 * share codec, the survey worker with request ids, reset). This hook adds the example loader and
 * gathers what the views take as props: the builder's from useServqualBuilder, the results' and
 * the import panel's here (memoised, so the long builder and results do not re-render on every
 * progress message of an import).
 */
import { useMemo } from 'react';
// Direct module imports (not the barrel): the report maths belongs in the results chunk.
import type { DimensionId } from '../../lib/servqual/dimensions';
import type { AnswerRole } from '../../lib/servqual/answerRoles';
import type { ServqualAnalysisRequest, ServqualAnalysisResult } from '../../lib/servqual/analyseServqual';
import { selectSummary, selectTypedWeightCheck, selectTypedWeights } from '../../lib/servqual/select';
import * as servqual from '../../lib/servqual/state';
import type { ServqualEvent, ServqualState, ViewSettings } from '../../lib/servqual/state';
import { lazyModule } from '../../lib/tool/lazyModule';
import { useExampleLoader } from '../shared/useExampleLoader';
import { useSurveyWorker } from '../shared/useSurveyWorker';
import { useTool, type ToolSpec } from '../shared/useTool';
import { usePollFeed } from '../poll/usePollFeed';
import { printWith, useServqualBuilder } from './useServqualBuilder';
import { VIEWS_FOR_A_FILE } from './lazyViews';

export const EXAMPLE_ORIGIN = '教学示例数据（虚构的酒店调查）';

function createWorker(): Worker {
  return new Worker(new URL('../../workers/servqual.worker.ts', import.meta.url), { type: 'module', name: 'servqual' });
}

/**
 * The column detection for a newly loaded table (and for 重新自动识别): fetched when a file starts
 * loading, so a page where nothing is imported never ships it (the survey worker awaits it before
 * it publishes the table).
 */
const tableRules = lazyModule(() => import('../../lib/servqual/loaded'));

const SPEC: ToolSpec<ServqualState, ServqualEvent, ServqualAnalysisRequest, ServqualAnalysisResult> = {
  id: servqual.TOOL_ID,
  version: servqual.STATE_VERSION,
  schema: () => import('../../lib/servqual/schema').then((module) => module.schema),
  legacy: servqual.legacy,
  legacyStorageKey: servqual.LEGACY_STORAGE_KEYS,
  initialState: servqual.initialState,
  reduce: servqual.reduce,
  sharePayload: (state) => state,
  shareCodec: servqual.shareCodec(selectTypedWeights),
  sharedNotice: servqual.sharedNotice,
  survey: { createWorker, useWorker: useSurveyWorker, analyse: servqual.analyse, prepare: tableRules.load, loaded: (state, preview) => tableRules.current.loaded(state, preview), receive: servqual.receive, delayMs: 300, views: VIEWS_FOR_A_FILE },
};

export function useServqualTool() {
  const tool = useTool(SPEC);
  usePollFeed(tool.survey.load);
  const { state, send, survey, exportCsv, showError } = tool;
  const { questionnaire, importer, view, results } = state;
  const example = useExampleLoader(showError);

  const builder = useServqualBuilder(questionnaire, send, exportCsv, showError);
  const summary = useMemo(() => selectSummary(state), [state]);
  const typedWeightCheck = useMemo(() => selectTypedWeightCheck(state), [state]);
  const typedWeights = typedWeightCheck?.kind === 'valid' ? typedWeightCheck.weights : null;

  const { publishShare, share } = tool;
  const resultsState = useMemo(() => ({
    origin: results?.origin ?? '',
    typedWeights,
    typedWeightCheck,
    view,
    setView: (patch: Partial<ViewSettings>) => send({ type: 'view', patch }),
    setTypedWeight: (dimension: DimensionId, text: string) => send({ type: 'typedWeight', dimension, text }),
    printResults: () => printWith('results'),
    share,
    createShareLink: publishShare,
  }), [results?.origin, typedWeights, typedWeightCheck, view, send, share, publishShare]);

  // The generator is fetched on demand: it is not part of the page's first bundle.
  const loadExample = () =>
    example.run(async () => {
      const { exampleQuestionnaire, exampleSurveyText } = await import('../../lib/servqual/exampleData');
      const chosen = exampleQuestionnaire(questionnaire.format, questionnaire.scaleMax, questionnaire.askWeights);
      send({ type: 'setQuestionnaire', questionnaire: chosen });
      survey.load({ text: exampleSurveyText(chosen), fileName: EXAMPLE_ORIGIN });
    });

  const preview = survey.state.preview;
  return {
    restored: tool.restored,
    builder,
    importer: {
      survey,
      mapping: preview ? importer.mapping : null,
      detection: preview ? importer.detection : null,
      setItemColumn: (itemId: string, role: AnswerRole, column: number | null) => send({ type: 'itemColumn', itemId, role, column }),
      setWeightColumn: (dimension: DimensionId, column: number | null) => send({ type: 'weightColumn', dimension, column }),
      // A preview reaches the page only after tableRules has loaded.
      redetect: () => preview && send({ type: 'redetect', preview, rules: tableRules.current }),
      suggestion: preview ? importer.suggestion ?? null : null,
      acceptSuggestion: () => preview && send({ type: 'acceptSuggestion', preview, rules: tableRules.current }),
      declineSuggestion: () => send({ type: 'declineSuggestion' }),
      analyseNow: () => send({ type: 'analyseNow' }),
      /** How the columns were chosen, with reasons (null before a table), and whether the page waits for a confirmation. */
      decision: preview ? importer.decision ?? null : null,
      asking: preview !== null && servqual.isAsking(state),
      error: importer.error,
      loadExample,
      exampleBusy: example.busy,
    },
    results,
    summary,
    resultsState,
    message: tool.message,
    dismissMessage: tool.dismissMessage,
    reset: tool.reset,
  };
}

export type ServqualCalculatorState = ReturnType<typeof useServqualTool>;
export type ServqualResultsState = ServqualCalculatorState['resultsState'];
