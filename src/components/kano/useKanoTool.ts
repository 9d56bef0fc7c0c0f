/**
 * The KANO page on the tool kernel: useTool runs src/lib/kano/state.ts (persistence, the share
 * codec, the survey worker with request ids, reset); src/lib/kano/select.ts derives every figure.
 * This hook only adds the page's downloads and gathers what the views take as props.
 */
import { useMemo } from 'react';
// Direct module imports, not the barrel (it would pull the example and the results' maths in: JS budget).
import type { KanoAnalysisRequest, KanoAnalysisResult } from '../../lib/kano/analyseKano';
import { answerTemplateHeaders, answerTemplateNotes } from '../../lib/kano/answerTemplate';
import type { FeatureColumns } from '../../lib/kano/columnMapping';
import { checkQuestionnaire, questionnaireItems, type KanoQuestionnaire } from '../../lib/kano/questionnaire';
import { questionnaireStarText } from '../../lib/kano/questionnaireStarText';
import { selectKano } from '../../lib/kano/select';
import * as kano from '../../lib/kano/state';
import type { KanoEvent, KanoState, KanoViewSettings } from '../../lib/kano/state';
import type { CodeOrder, KanoAnswer } from '../../lib/kano/answers';
import { lazyModule } from '../../lib/tool/lazyModule';
import { once } from '../../lib/tool/once';
import { printWithFlag } from '../shared/printWithFlag';
import { useExampleLoader } from '../shared/useExampleLoader';
import { useSurveyWorker } from '../shared/useSurveyWorker';
import { useQuestionnaireExports } from '../shared/useQuestionnaireExports';
import { useTool, type ToolSpec } from '../shared/useTool';
import { usePollFeed } from '../poll/usePollFeed';
import { VIEWS_FOR_A_FILE } from './lazyViews';
import { printKanoResults } from './printResults';

function createWorker(): Worker {
  return new Worker(new URL('../../workers/kano.worker.ts', import.meta.url), { type: 'module', name: 'kano' });
}

/**
 * The column scoring for a newly loaded table (and its suggestions): fetched when a file starts
 * loading, and here before the survey worker publishes the table (JS budget).
 */
const tableRules = lazyModule(() => import('../../lib/kano/loaded'));

const SPEC: ToolSpec<KanoState, KanoEvent, KanoAnalysisRequest, KanoAnalysisResult> = {
  id: kano.TOOL_ID,
  version: kano.STATE_VERSION,
  schema: () => import('../../lib/kano/schema').then((module) => module.schema),
  migrations: kano.migrations,
  legacy: kano.legacy,
  legacyStorageKey: kano.LEGACY_STORAGE_KEYS,
  initialState: kano.initialState,
  reduce: kano.reduce,
  sharePayload: (state) => state,
  shareCodec: kano.shareCodec,
  sharedNotice: kano.sharedNotice,
  survey: { createWorker, useWorker: useSurveyWorker, analyse: kano.analyse, prepare: tableRules.load, loaded: (state, preview) => tableRules.current.loaded(state, preview), receive: kano.receive, delayMs: 0, views: VIEWS_FOR_A_FILE },
};

export function useKanoTool() {
  const tool = useTool(SPEC);
  usePollFeed(tool.survey.load);
  const { state, send } = tool;
  const example = useExampleLoader(tool.showError);
  const { questionnaire, importer } = state;
  const derived = useMemo(() => selectKano(state), [state]);
  const check = useMemo(() => checkQuestionnaire(questionnaire), [questionnaire]);
  const starText = useMemo(() => once(() => (check.ok ? questionnaireStarText(check.questionnaire) : null)), [check]);
  const preview = tool.survey.state.preview;
  // A preview reaches the page only after tableRules has loaded (the survey worker awaits it).
  const suggestions = useMemo(() => (preview ? tableRules.current.suggestedColumns(preview) : []), [preview]);
  const headers = useMemo(() => (check.ok ? answerTemplateHeaders(check.questionnaire) : null), [check]);
  const notes = useMemo(() => (check.ok ? answerTemplateNotes(check.questionnaire) : null), [check]);
  const exports = useQuestionnaireExports({ title: questionnaire.title, fallbackTitle: 'KANO', starText, headers, notes, exportCsv: tool.exportCsv });

  return {
    restored: tool.restored,
    builder: {
      questionnaire,
      update: (patch: Partial<KanoQuestionnaire>) => send({ type: 'questionnaire', patch }),
      check,
      items: check.ok ? questionnaireItems(check.questionnaire) : [],
      starText,
      ...exports,
      printQuestionnaire: () => printWithFlag('kanoPrint', 'questionnaire'),
    },
    importer: {
      survey: tool.survey,
      mapping: preview ? importer.mapping : null,
      suggestions,
      updateFeature: (index: number, patch: Partial<FeatureColumns>) => send({ type: 'feature', index, patch }),
      addFeature: () => send({ type: 'addFeature' }),
      removeFeature: (index: number) => send({ type: 'removeFeature', index }),
      setSegmentColumn: (column: number | null) => send({ type: 'segmentColumn', column }),
      analyse: () => send({ type: 'analyse' }),
      /** Changes with every newly loaded table (for keying the mapping editor). */
      tableKey: preview ? `${preview.source.fileName ?? ''}|${preview.rowCount}|${preview.headers.join('\u0000')}` : '',
      error: kano.importMessage(state, preview !== null),
      /** How the columns were chosen, with reasons (null before a table). */
      decision: preview ? importer.decision ?? null : null,
      asking: preview !== null && kano.isAsking(state),
      groupNote: preview && importer.decision ? tableRules.current.groupNote(importer.decision, preview.headers) : null,
      answers: importer.answers,
      answerValues: preview ? importer.answerValues : null,
      setAnswer: (value: string, answer: KanoAnswer | null) => send({ type: 'answerValue', value, answer }),
      setAnswerOrder: (order: CodeOrder) => send({ type: 'answerOrder', order }),
      // The example and the CSV rows load on demand (JS budget: a page that never uses them does not ship them).
      loadExample: () => void example.run(() => import('../../lib/kano/exampleData').then(({ exampleSurveyText }) => tool.survey.load({ text: exampleSurveyText(), fileName: kano.EXAMPLE_ORIGIN }))),
      exampleBusy: example.busy,
    },
    results: state.results,
    ...derived,
    view: state.view,
    setView: (patch: Partial<KanoViewSettings>) => send({ type: 'view', patch }),
    exportResultsCsv: () => {
      if (derived.summaries.length > 0) void import('../../lib/kano/resultRows').then(({ kanoResultRows }) => tool.exportCsv('KANO-结果.csv', kanoResultRows(derived.summaries, derived.segments)));
    },
    printResults: printKanoResults,
    message: tool.message,
    dismissMessage: tool.dismissMessage,
    share: tool.share,
    createShareLink: tool.publishShare,
    reset: tool.reset,
  };
}

export type KanoCalculatorState = ReturnType<typeof useKanoTool>;
