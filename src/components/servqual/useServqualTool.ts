/**
 * The SERVQUAL page on the tool kernel: useTool runs src/lib/servqual/state.ts (persistence, the
 * share codec, the survey worker with request ids, reset). This hook adds the page's downloads
 * and the example loader, and gathers what the views take as props (memoised, so the long builder
 * and results do not re-render on every progress message of an import).
 */
import { useCallback, useMemo, useState } from 'react';
// Direct module imports (not the barrel): the report maths belongs in the results chunk.
import { templateHeaders, templateNotes } from '../../lib/servqual/columns';
import { dimensionById, type DimensionId } from '../../lib/servqual/dimensions';
import type { AnswerRole } from '../../lib/servqual/answerRoles';
import type { ServqualAnalysisRequest, ServqualAnalysisResult } from '../../lib/servqual/analyseServqual';
import type { PresetId } from '../../lib/servqual/presets';
import { checkQuestionnaire, numberedItems } from '../../lib/servqual/questionnaire';
import { questionnaireStarText } from '../../lib/servqual/questionnaireStarText';
import { parseServqualSharePayload } from '../../lib/servqual/sharePayload';
import * as servqual from '../../lib/servqual/state';
import type { ServqualEvent, ServqualState, ViewSettings } from '../../lib/servqual/state';
import { checkTypedWeights } from '../../lib/servqual/weights';
import { saveBlob } from '../shared/exportCsv';
import { printWithFlag } from '../shared/printWithFlag';
import { saveTemplateWorkbook } from '../shared/templateWorkbook';
import { useSurveyWorker } from '../shared/useSurveyWorker';
import { useTool, type ToolSpec } from '../shared/useTool';
import { usePollFeed } from '../poll/usePollFeed';

export const EXAMPLE_ORIGIN = '教学示例数据（虚构的酒店调查）';

function createWorker(): Worker {
  return new Worker(new URL('../../workers/servqual.worker.ts', import.meta.url), { type: 'module', name: 'servqual' });
}

function summaryOf(state: ServqualState) {
  const parsed = state.results ? parseServqualSharePayload(state.results.payload) : null;
  return parsed?.ok ? parsed.state.summary : null;
}

function weightCheck(state: ServqualState) {
  const summary = summaryOf(state);
  if (!summary) return null;
  return checkTypedWeights(summary.dimensions.map((dimension) => state.view.typedWeights[dimension.dimension] ?? ''), summary.dimensions.map((dimension) => dimensionById(dimension.dimension).courseName));
}

const SPEC: ToolSpec<ServqualState, ServqualEvent, ServqualAnalysisRequest, ServqualAnalysisResult> = {
  id: servqual.TOOL_ID,
  version: servqual.STATE_VERSION,
  schema: servqual.schema,
  legacy: servqual.legacy,
  legacyStorageKey: servqual.LEGACY_STORAGE_KEYS,
  initialState: servqual.initialState,
  reduce: servqual.reduce,
  sharePayload: (state) => state,
  shareCodec: servqual.shareCodec((state) => {
    const check = weightCheck(state);
    return check?.kind === 'valid' ? check.weights : null;
  }),
  sharedNotice: servqual.sharedNotice,
  survey: { createWorker, useWorker: useSurveyWorker, analyse: servqual.analyse, loaded: servqual.loaded, receive: servqual.receive, delayMs: 300 },
};

const fileStem = (title: string) => (title.trim() || 'SERVQUAL').replace(/[\\/:*?"<>|]/g, '');

function printWith(mode: 'questionnaire' | 'results') {
  // Tables folded away in <details> belong on paper too; opened ones render on the next frame.
  if (mode === 'results') document.querySelectorAll<HTMLDetailsElement>('.servqual-results details').forEach((details) => (details.open = true));
  printWithFlag('servqualPrint', mode, mode === 'results' ? 200 : 0);
}

export function useServqualTool() {
  const tool = useTool(SPEC);
  usePollFeed(tool.survey.load);
  const { state, send, survey, exportCsv } = tool;
  const { questionnaire, importer, view, results } = state;
  const [copied, setCopied] = useState(false);
  const [templateBusy, setTemplateBusy] = useState(false);
  const [exampleBusy, setExampleBusy] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);

  const check = useMemo(() => checkQuestionnaire(questionnaire), [questionnaire]);
  const star = useMemo(() => (check.ok ? questionnaireStarText(check.questionnaire) : null), [check]);
  const summary = useMemo(() => summaryOf(state), [state]);
  const typedWeightCheck = useMemo(() => weightCheck(state), [state]);
  const typedWeights = typedWeightCheck?.kind === 'valid' ? typedWeightCheck.weights : null;

  const downloadTemplateXlsx = useCallback(async () => {
    if (!check.ok) return;
    setTemplateBusy(true);
    try {
      await saveTemplateWorkbook(`${fileStem(check.questionnaire.title)}-答卷模板.xlsx`, templateHeaders(check.questionnaire), templateNotes(check.questionnaire), { maxHeaderWidth: 40, notesWidths: [16, 90] });
    } catch {
      setLocalError('生成 Excel 模板时出错，请改用 CSV 模板。');
    } finally {
      setTemplateBusy(false);
    }
  }, [check]);

  const builder = useMemo(() => ({
    questionnaire,
    items: numberedItems(questionnaire),
    check,
    edit: {
      applyPreset: (presetId: PresetId) => send({ type: 'preset', presetId }),
      update: (patch: Extract<ServqualEvent, { type: 'update' }>['patch']) => send({ type: 'update', patch }),
      addItem: (dimension: DimensionId) => send({ type: 'addItem', dimension }),
      removeItem: (id: string) => send({ type: 'removeItem', id }),
      rewordItem: (id: string, text: string) => send({ type: 'rewordItem', id, text }),
      setReversed: (id: string, reversed: boolean) => send({ type: 'setReversed', id, reversed }),
      moveToDimension: (id: string, dimension: DimensionId) => send({ type: 'moveToDimension', id, dimension }),
      move: (id: string, direction: -1 | 1) => send({ type: 'move', id, direction }),
    },
    star,
    copied,
    copyStarText: async () => {
      if (!star) return;
      try {
        await navigator.clipboard.writeText(star.text);
        setCopied(true);
        setTimeout(() => setCopied(false), 4000);
      } catch {
        setCopied(false);
      }
    },
    downloadStarText: () => star && check.ok && saveBlob(new Blob([star.text], { type: 'text/plain;charset=utf-8' }), `${fileStem(check.questionnaire.title)}-问卷星批量导入.txt`),
    downloadTemplateCsv: () => check.ok && exportCsv(`${fileStem(check.questionnaire.title)}-答卷模板.csv`, [templateHeaders(check.questionnaire)]),
    downloadTemplateXlsx,
    templateBusy,
    printQuestionnaire: () => printWith('questionnaire'),
  }), [questionnaire, check, star, copied, send, exportCsv, downloadTemplateXlsx, templateBusy]);

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

  const loadExample = async () => {
    setExampleBusy(true);
    try {
      // The generator is fetched on demand: it is not part of the page's first bundle.
      const example = await import('../../lib/servqual/exampleData');
      const exampleQuestionnaire = example.exampleQuestionnaire(questionnaire.format, questionnaire.scaleMax, questionnaire.askWeights);
      send({ type: 'setQuestionnaire', questionnaire: exampleQuestionnaire });
      survey.load({ text: example.exampleSurveyText(exampleQuestionnaire), fileName: EXAMPLE_ORIGIN });
    } catch {
      setLocalError('示例数据未能加载，请刷新页面后再试。');
    } finally {
      setExampleBusy(false);
    }
  };

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
      redetect: () => preview && send({ type: 'redetect', preview }),
      suggestion: preview ? importer.suggestion ?? null : null,
      acceptSuggestion: () => preview && send({ type: 'acceptSuggestion', preview }),
      declineSuggestion: () => send({ type: 'declineSuggestion' }),
      analyseNow: () => send({ type: 'analyseNow' }),
      error: importer.error,
      loadExample,
      exampleBusy,
    },
    results,
    summary,
    resultsState,
    message: localError ? { kind: 'error' as const, text: localError } : tool.message,
    dismissMessage: () => {
      setLocalError(null);
      tool.dismissMessage();
    },
    reset: tool.reset,
  };
}

export type ServqualCalculatorState = ReturnType<typeof useServqualTool>;
export type ServqualResultsState = ServqualCalculatorState['resultsState'];
