/**
 * State of the SERVQUAL calculator: the questionnaire being designed, the imported table and its
 * column mapping (through the shared survey worker), the saved results, the display choices,
 * persistence and share links. The views only render what this returns; the maths is in
 * src/lib/servqual.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IssueSummary } from '../../lib/import/types';
import { encodeShareState } from '../../lib/share';
// The lib's modules are imported directly, not through the barrel: the barrel would pull the
// report maths (t distribution, α, IPA …) into the page's first bundle, and those belong in the
// results chunk that is loaded once there are results.
import type { AnswerRole } from '../../lib/servqual/answerRoles';
import { checkMapping, detectServqualColumns, emptyMapping, type MappingDetection, type ServqualColumnMapping } from '../../lib/servqual/columnMapping';
import { templateHeaders, templateNotes } from '../../lib/servqual/columns';
import { dimensionById, type DimensionId } from '../../lib/servqual/dimensions';
import type { CrosshairMode } from '../../lib/servqual/importancePerformance';
import type { PresetId } from '../../lib/servqual/presets';
import {
  addItem,
  checkQuestionnaire,
  createQuestionnaire,
  isServqualQuestionnaire,
  moveItem,
  moveItemToDimension,
  numberedItems,
  removeItem,
  rewordItem,
  setItemReversed,
  usedDimensions,
  type ServqualQuestionnaire,
} from '../../lib/servqual/questionnaire';
import { questionnaireStarText } from '../../lib/servqual/questionnaireStarText';
import { parseServqualSharePayload, toServqualSharePayload, type ServqualSharePayload } from '../../lib/servqual/sharePayload';
import { checkTypedWeights } from '../../lib/servqual/weights';
import type { ServqualAnalysisRequest, ServqualAnalysisResult, ServqualSummary, WeightIssueSummary } from '../../lib/servqual/analyseServqual';
import { downloadCsv, saveBlob } from '../shared/exportCsv';
import { printWithFlag } from '../shared/printWithFlag';
import { saveTemplateWorkbook } from '../shared/templateWorkbook';
import { usePersistentState } from '../shared/usePersistentState';
import { useShareHash } from '../shared/useShareHash';
import { useSurveyWorker } from '../shared/useSurveyWorker';

const TOOL_ID = 'servqual';
const SHARE_ORIGIN = '分享链接';
/** decodeShareState accepts up to 8,000 characters; keep a margin for the address itself. */
const SHARE_BUDGET = 7800;
const ANALYSE_DELAY_MS = 300;
export const EXAMPLE_ORIGIN = '教学示例数据（虚构的酒店调查）';

/** What is kept of an analysis: compact (the share payload's shape) and never respondents' rows. */
export interface StoredResults {
  origin: string;
  payload: ServqualSharePayload;
  issues: IssueSummary | null;
  weightIssues: WeightIssueSummary | null;
  warnings: string[];
}

export interface ViewSettings {
  /** Weights typed on the page, one box per dimension (used when the data has no allocation). */
  typedWeights: Record<DimensionId, string>;
  crosshairs: CrosshairMode;
  ipaLevel: 'dimension' | 'item';
}

export const DEFAULT_VIEW: ViewSettings = {
  typedWeights: { tangibles: '', reliability: '', responsiveness: '', assurance: '', empathy: '' },
  crosshairs: 'data-mean',
  ipaLevel: 'dimension',
};

type Message = { kind: 'error' | 'notice'; text: string } | null;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isStoredResults(value: unknown): value is StoredResults {
  return (
    isRecord(value) &&
    typeof value.origin === 'string' &&
    parseServqualSharePayload(value.payload).ok &&
    (value.issues === null || isRecord(value.issues)) &&
    (value.weightIssues === null || isRecord(value.weightIssues)) &&
    Array.isArray(value.warnings) &&
    value.warnings.every((warning) => typeof warning === 'string')
  );
}

function isViewSettings(value: unknown): value is ViewSettings {
  return (
    isRecord(value) &&
    isRecord(value.typedWeights) &&
    Object.values(value.typedWeights).every((text) => typeof text === 'string') &&
    (value.crosshairs === 'data-mean' || value.crosshairs === 'scale-midpoint') &&
    (value.ipaLevel === 'dimension' || value.ipaLevel === 'item')
  );
}

function createWorker(): Worker {
  return new Worker(new URL('../../workers/servqual.worker.ts', import.meta.url), { type: 'module', name: 'servqual' });
}

/** Keeps the columns already chosen for items that still exist; new items start empty. */
function alignMapping(mapping: ServqualColumnMapping, questionnaire: ServqualQuestionnaire): ServqualColumnMapping {
  const fresh = emptyMapping(questionnaire);
  return {
    items: fresh.items.map((entry) => mapping.items.find((previous) => previous.itemId === entry.itemId) ?? entry),
    weights: mapping.weights,
  };
}

function fileStem(title: string): string {
  return (title.trim() || 'SERVQUAL').replace(/[\\/:*?"<>|]/g, '');
}

export function useServqualCalculator() {
  const [questionnaire, setQuestionnaire, { restored: questionnaireRestored, reset: resetQuestionnaire }] = usePersistentState<ServqualQuestionnaire>(
    'servqual:questionnaire',
    () => createQuestionnaire('hotel'),
    { version: 1, validate: isServqualQuestionnaire },
  );
  const [stored, setStored, { restored: resultsRestored, reset: resetResults }] = usePersistentState<StoredResults | null>('servqual:results', null, { version: 1, validate: isStoredResults });
  const [view, setView, { reset: resetView }] = usePersistentState<ViewSettings>('servqual:view', DEFAULT_VIEW, { version: 1, validate: isViewSettings });
  const restored = questionnaireRestored && resultsRestored;
  const [message, setMessage] = useState<Message>(null);
  const questionnaireRef = useRef(questionnaire);
  questionnaireRef.current = questionnaire;

  // ——— ① questionnaire ———
  const check = useMemo(() => checkQuestionnaire(questionnaire), [questionnaire]);
  const items = useMemo(() => numberedItems(questionnaire), [questionnaire]);
  const edit = useMemo(
    () => ({
      applyPreset: (presetId: PresetId) =>
        setQuestionnaire((previous) => createQuestionnaire(presetId, { scaleMax: previous.scaleMax, format: previous.format, askWeights: previous.askWeights })),
      update: (patch: Partial<Pick<ServqualQuestionnaire, 'title' | 'provider' | 'excellentProvider' | 'scaleMax' | 'format' | 'askWeights'>>) =>
        setQuestionnaire((previous) => ({ ...previous, ...patch })),
      addItem: (dimension: DimensionId) => setQuestionnaire((previous) => addItem(previous, dimension, '').questionnaire),
      removeItem: (id: string) => setQuestionnaire((previous) => removeItem(previous, id)),
      rewordItem: (id: string, text: string) => setQuestionnaire((previous) => rewordItem(previous, id, text)),
      setReversed: (id: string, reversed: boolean) => setQuestionnaire((previous) => setItemReversed(previous, id, reversed)),
      moveToDimension: (id: string, dimension: DimensionId) => setQuestionnaire((previous) => moveItemToDimension(previous, id, dimension)),
      move: (id: string, direction: -1 | 1) => setQuestionnaire((previous) => moveItem(previous, id, direction)),
    }),
    [setQuestionnaire],
  );

  const star = useMemo(() => (check.ok ? questionnaireStarText(check.questionnaire) : null), [check]);
  const [copied, setCopied] = useState<'star' | 'share' | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 4000);
    return () => clearTimeout(timer);
  }, [copied]);

  const downloadTemplateCsv = useCallback(() => {
    if (!check.ok) return;
    downloadCsv(`${fileStem(check.questionnaire.title)}-答卷模板.csv`, [templateHeaders(check.questionnaire)]);
  }, [check]);

  const [templateBusy, setTemplateBusy] = useState(false);
  const downloadTemplateXlsx = useCallback(async () => {
    if (!check.ok) return;
    setTemplateBusy(true);
    try {
      await saveTemplateWorkbook(`${fileStem(check.questionnaire.title)}-答卷模板.xlsx`, templateHeaders(check.questionnaire), templateNotes(check.questionnaire), {
        maxHeaderWidth: 40,
        notesWidths: [16, 90],
      });
    } catch {
      setMessage({ kind: 'error', text: '生成 Excel 模板时出错，请改用 CSV 模板。' });
    } finally {
      setTemplateBusy(false);
    }
  }, [check]);

  const downloadStarText = useCallback(() => {
    if (star && check.ok) saveBlob(new Blob([star.text], { type: 'text/plain;charset=utf-8' }), `${fileStem(check.questionnaire.title)}-问卷星批量导入.txt`);
  }, [star, check]);

  const copyStarText = useCallback(async () => {
    if (!star) return;
    try {
      await navigator.clipboard.writeText(star.text);
      setCopied('star');
    } catch {
      setCopied(null);
    }
  }, [star]);

  const printWith = useCallback((mode: 'questionnaire' | 'results') => {
    // Tables folded away in <details> belong on paper too.
    if (mode === 'results') document.querySelectorAll<HTMLDetailsElement>('.servqual-results details').forEach((details) => (details.open = true));
    // Opened <details> render their tables on the next frame.
    printWithFlag('servqualPrint', mode, mode === 'results' ? 200 : 0);
  }, []);

  // ——— ② import ———
  const survey = useSurveyWorker<ServqualAnalysisRequest, ServqualAnalysisResult>(createWorker);
  const { preview, result } = survey.state;
  const [mapping, setMapping] = useState<ServqualColumnMapping | null>(null);
  const [detection, setDetection] = useState<MappingDetection | null>(null);
  const [analysisError, setAnalysisError] = useState<string | null>(null);
  const analyseTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const surveyRef = useRef(survey);
  surveyRef.current = survey;

  const requestAnalysis = useCallback((chosen: ServqualColumnMapping, delay: number) => {
    if (analyseTimer.current) clearTimeout(analyseTimer.current);
    analyseTimer.current = setTimeout(() => {
      const current = checkQuestionnaire(questionnaireRef.current);
      const headers = surveyRef.current.state.preview?.headers;
      if (!headers) return;
      if (!current.ok) {
        setAnalysisError(`问卷设置有误：${current.errors[0]}`);
        return;
      }
      const mappingCheck = checkMapping(chosen, current.questionnaire, headers);
      if (!mappingCheck.ok) {
        setAnalysisError(mappingCheck.error);
        return;
      }
      setAnalysisError(null);
      surveyRef.current.analyse({ kind: 'servqual', questionnaire: current.questionnaire, mapping: chosen });
    }, delay);
  }, []);
  useEffect(() => () => {
    if (analyseTimer.current) clearTimeout(analyseTimer.current);
  }, []);

  const detect = useCallback((target: ServqualQuestionnaire) => {
    const table = surveyRef.current.state.preview;
    if (!table) return;
    let questionnaireForData = target;
    let found = detectServqualColumns(table, target);
    // The headers say the data is in the other format: follow the data.
    if (found.format !== null && found.format !== target.format) {
      questionnaireForData = { ...target, format: found.format };
      setQuestionnaire(questionnaireForData);
      found = detectServqualColumns(table, questionnaireForData);
    }
    const hasWeightColumns = usedDimensions(questionnaireForData).every((dimension) => found.mapping.weights[dimension] !== null);
    if (hasWeightColumns && !questionnaireForData.askWeights) setQuestionnaire((previous) => ({ ...previous, askWeights: true }));
    setDetection(found);
    setMapping(found.mapping);
    if (found.assigned > 0) requestAnalysis(found.mapping, 0);
    else setAnalysisError(null);
  }, [requestAnalysis, setQuestionnaire]);

  // A new table: propose a mapping from its headers and analyse straight away.
  useEffect(() => {
    if (!preview) {
      setMapping(null);
      setDetection(null);
      return;
    }
    detect(questionnaireRef.current);
    // Only a new table triggers detection; questionnaire edits keep the user's mapping (see below).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preview]);

  // Items added or removed after the import: keep the chosen columns of the others.
  useEffect(() => {
    setMapping((previous) => (previous ? alignMapping(previous, questionnaire) : previous));
  }, [questionnaire]);

  const setItemColumn = useCallback((itemId: string, role: AnswerRole, column: number | null) => {
    setMapping((previous) => {
      if (!previous) return previous;
      const next = { ...previous, items: previous.items.map((entry) => (entry.itemId === itemId ? { ...entry, columns: { ...entry.columns, [role]: column } } : entry)) };
      requestAnalysis(next, ANALYSE_DELAY_MS);
      return next;
    });
  }, [requestAnalysis]);
  const setWeightColumn = useCallback((dimension: DimensionId, column: number | null) => {
    setMapping((previous) => {
      if (!previous) return previous;
      const next = { ...previous, weights: { ...previous.weights, [dimension]: column } };
      requestAnalysis(next, ANALYSE_DELAY_MS);
      return next;
    });
  }, [requestAnalysis]);
  const redetect = useCallback(() => detect(questionnaireRef.current), [detect]);
  const analyseNow = useCallback(() => {
    if (mapping) requestAnalysis(mapping, 0);
  }, [mapping, requestAnalysis]);

  // A finished analysis becomes the stored results; a failed one leaves the previous results in place.
  useEffect(() => {
    if (!result) return;
    if (!result.ok) {
      setAnalysisError(result.error);
      return;
    }
    setAnalysisError(null);
    // The example loads as text named EXAMPLE_ORIGIN, so the table's own name is its origin either way.
    const origin = surveyRef.current.state.preview?.source.fileName ?? '导入的表格';
    setStored({
      origin,
      payload: toServqualSharePayload({ summary: result.summary, typedWeights: null, crosshairs: 'data-mean', ipaLevel: 'dimension' }),
      issues: result.issues,
      weightIssues: result.weightIssues,
      warnings: result.warnings,
    });
    setMessage(null);
  }, [result, setStored]);

  const [exampleBusy, setExampleBusy] = useState(false);
  const loadExample = useCallback(async () => {
    setExampleBusy(true);
    try {
      // The generator is fetched on demand: it is not part of the page's first bundle.
      const example = await import('../../lib/servqual/exampleData');
      const current = questionnaireRef.current;
      const exampleQuestionnaire = example.exampleQuestionnaire(current.format, current.scaleMax, current.askWeights);
      setQuestionnaire(exampleQuestionnaire);
      questionnaireRef.current = exampleQuestionnaire;
      setMessage(null);
      survey.load({ text: example.exampleSurveyText(exampleQuestionnaire), fileName: EXAMPLE_ORIGIN });
    } catch {
      setMessage({ kind: 'error', text: '示例数据未能加载，请刷新页面后再试。' });
    } finally {
      setExampleBusy(false);
    }
  }, [survey, setQuestionnaire]);

  // ——— ③ results ———
  const shared = useMemo(() => {
    if (!stored) return null;
    const parsed = parseServqualSharePayload(stored.payload);
    return parsed.ok ? parsed.state.summary : null;
  }, [stored]);
  const summary: ServqualSummary | null = shared;

  const weightLabels = useMemo(() => summary?.dimensions.map((dimension) => dimensionById(dimension.dimension).courseName) ?? [], [summary]);
  const typedWeightCheck = useMemo(() => {
    if (!summary) return null;
    return checkTypedWeights(summary.dimensions.map((dimension) => view.typedWeights[dimension.dimension] ?? ''), weightLabels);
  }, [summary, view.typedWeights, weightLabels]);
  const typedWeights = typedWeightCheck?.kind === 'valid' ? typedWeightCheck.weights : null;


  // ——— share links ———
  const { share, publish, clearShare } = useShareHash({
    tool: TOOL_ID,
    restored,
    validate: (value) => {
      const parsed = parseServqualSharePayload(value);
      return parsed.ok ? { ok: true as const, value: { payload: value as ServqualSharePayload, state: parsed.state } } : parsed;
    },
    onError: (error) => setMessage({ kind: 'error', text: error }),
    onLoad: ({ payload, state }) => {
      setStored({ origin: SHARE_ORIGIN, payload, issues: null, weightIssues: null, warnings: [] });
      const typed = { ...DEFAULT_VIEW.typedWeights };
      state.summary.dimensions.forEach((dimension, index) => {
        const weight = state.typedWeights?.[index];
        if (weight !== undefined) typed[dimension.dimension] = String(weight);
      });
      setView({ typedWeights: typed, crosshairs: state.crosshairs, ipaLevel: state.ipaLevel });
      setMessage({ kind: 'notice', text: `已载入分享链接中的结果：${state.summary.respondents.toLocaleString('zh-CN')} 位受访者，${state.summary.items.length} 个题项。` });
    },
  });

  const createShareLink = useCallback(async () => {
    if (!summary) return;
    const state = { summary, typedWeights, crosshairs: view.crosshairs, ipaLevel: view.ipaLevel };
    let payload = toServqualSharePayload(state);
    let note: string | null = null;
    if (encodeShareState(payload, TOOL_ID).length > SHARE_BUDGET) {
      payload = toServqualSharePayload(state, false);
      note = '题项较多，链接里没有放题目措辞（显示为“第 n 题”），数字完整。';
    }
    await publish(payload, note);
  }, [summary, typedWeights, view.crosshairs, view.ipaLevel, publish]);

  // A stale link would share old numbers.
  useEffect(() => clearShare(), [stored, view, clearShare]);

  const reset = useCallback(() => {
    if (analyseTimer.current) clearTimeout(analyseTimer.current);
    resetQuestionnaire();
    resetResults();
    resetView();
    survey.reset();
    setMapping(null);
    setDetection(null);
    setAnalysisError(null);
    setMessage(null);
    clearShare();
  }, [resetQuestionnaire, resetResults, resetView, survey, clearShare]);

  const printQuestionnaire = useCallback(() => printWith('questionnaire'), [printWith]);
  const printResults = useCallback(() => printWith('results'), [printWith]);
  const updateView = useCallback((patch: Partial<ViewSettings>) => setView((previous) => ({ ...previous, ...patch })), [setView]);
  const setTypedWeight = useCallback(
    (dimension: DimensionId, text: string) => setView((previous) => ({ ...previous, typedWeights: { ...previous.typedWeights, [dimension]: text } })),
    [setView],
  );

  // Memoised groups, so that the builder and the results (both long) do not re-render on every
  // progress message of an import.
  const builder = useMemo(
    () => ({
      questionnaire,
      items,
      check,
      edit,
      star,
      copied: copied === 'star',
      copyStarText,
      downloadStarText,
      downloadTemplateCsv,
      downloadTemplateXlsx,
      templateBusy,
      printQuestionnaire,
    }),
    [questionnaire, items, check, edit, star, copied, copyStarText, downloadStarText, downloadTemplateCsv, downloadTemplateXlsx, templateBusy, printQuestionnaire],
  );
  const resultsState = useMemo(
    () => ({ origin: stored?.origin ?? '', typedWeights, typedWeightCheck, view, setView: updateView, setTypedWeight, printResults, share, createShareLink }),
    [stored?.origin, typedWeights, typedWeightCheck, view, updateView, setTypedWeight, printResults, share, createShareLink],
  );

  return {
    restored,
    builder,
    importer: {
      survey,
      mapping,
      detection,
      setItemColumn,
      setWeightColumn,
      redetect,
      analyseNow,
      error: analysisError,
      loadExample,
      exampleBusy,
    },
    results: stored,
    summary,
    resultsState,
    message,
    dismissMessage: () => setMessage(null),
    reset,
  };
}

export type ServqualCalculatorState = ReturnType<typeof useServqualCalculator>;
export type ServqualResultsState = ServqualCalculatorState['resultsState'];
