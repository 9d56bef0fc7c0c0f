/**
 * State of the KANO calculator: the questionnaire being designed, the imported answers (through the
 * shared import worker), the column mapping, the results as counts, persistence, share links and
 * exports. The view (KanoCalculator.tsx) only renders what this returns; the maths is in src/lib/kano.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  answerTemplateHeaders,
  answerTemplateNotes,
  checkMapping,
  checkQuestionnaire,
  DEFAULT_QUESTIONNAIRE,
  detectKanoColumns,
  exampleSurveyText,
  isFeatureTally,
  isKanoQuestionnaire,
  kanoAnswerColumns,
  kanoResultRows,
  meanCoefficients,
  parseKanoSharePayload,
  priorityList,
  questionnaireItems,
  questionnaireStarText,
  segmentDifferences,
  summariseFeature,
  summariseSegment,
  toKanoSharePayload,
  type FeatureColumns,
  type KanoAnalysisRequest,
  type KanoAnalysisResult,
  type KanoColumnMapping,
  type KanoQuestionnaire,
  type KanoTallies,
  type SegmentSummary,
} from '../../lib/kano';
import type { IssueSummary, TablePreview } from '../../lib/import/types';
import { encodeShareState } from '../../lib/share';
import { usePersistentState } from '../shared/usePersistentState';
import { useShareHash } from '../shared/useShareHash';
import { useSurveyWorker } from '../shared/useSurveyWorker';
import { downloadCsv, saveBlob } from '../shared/exportCsv';
import { printWithFlag } from '../shared/printWithFlag';
import { saveTemplateWorkbook } from '../shared/templateWorkbook';
import { mountAllLazy } from './LazyMount';

const TOOL_ID = 'kano';
export const EXAMPLE_ORIGIN = '教学示例数据（虚构）';
const SHARE_ORIGIN = '分享链接';
/** Longest share hash we produce; the decoder accepts up to 8000 characters. */
const SHARE_BUDGET = 7500;

/** Results kept between visits and put into share links: counts only, never respondents' rows. */
export interface KanoResults {
  /** File name, 教学示例数据（虚构） or 分享链接. */
  origin: string;
  tallies: KanoTallies;
  issues: IssueSummary | null;
  skippedPairs: number;
  warnings: string[];
}

export type ReferenceLines = 'mean' | 'half';

export interface KanoViewSettings {
  lines: ReferenceLines;
  segment: string;
  compareFirst: string;
  compareSecond: string;
}

const DEFAULT_VIEW: KanoViewSettings = { lines: 'half', segment: '', compareFirst: '', compareSecond: '' };

function isTallies(value: unknown): value is KanoTallies {
  if (typeof value !== 'object' || value === null) return false;
  const tallies = value as Partial<KanoTallies>;
  return (
    Number.isSafeInteger(tallies.respondents) &&
    Array.isArray(tallies.features) &&
    tallies.features.every(isFeatureTally) &&
    Array.isArray(tallies.segments) &&
    tallies.segments.every((segment) => typeof segment?.name === 'string' && Array.isArray(segment.features) && segment.features.every(isFeatureTally)) &&
    typeof tallies.hasImportance === 'boolean'
  );
}

function isResults(value: unknown): value is KanoResults | null {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  const results = value as Partial<KanoResults>;
  return typeof results.origin === 'string' && isTallies(results.tallies) && Array.isArray(results.warnings);
}

function isViewSettings(value: unknown): value is KanoViewSettings {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Partial<KanoViewSettings>;
  return (view.lines === 'mean' || view.lines === 'half') && typeof view.segment === 'string' && typeof view.compareFirst === 'string' && typeof view.compareSecond === 'string';
}

function createWorker(): Worker {
  return new Worker(new URL('../../workers/kano.worker.ts', import.meta.url), { type: 'module', name: 'kano' });
}

/** A mapping is ready for analysis without asking when every detected feature has both columns. */
function isCompleteMapping(mapping: KanoColumnMapping): boolean {
  return mapping.features.length > 0 && mapping.features.every((feature) => feature.functional !== null && feature.dysfunctional !== null);
}

/** Personas in the questionnaire's order first, other segment answers after, in order of appearance. */
function orderSegments(segments: SegmentSummary[], preferred: readonly string[]): SegmentSummary[] {
  const rank = (name: string) => {
    const index = preferred.indexOf(name);
    return index === -1 ? preferred.length : index;
  };
  return [...segments].sort((first, second) => rank(first.name) - rank(second.name));
}

export type Message = { kind: 'notice' | 'error'; text: string } | null;

export function useKanoCalculator() {
  // ——— questionnaire builder ———
  const [questionnaire, setQuestionnaire, { restored: questionnaireRestored, reset: resetQuestionnaire }] = usePersistentState<KanoQuestionnaire>(
    'kano:questionnaire',
    DEFAULT_QUESTIONNAIRE,
    { version: 1, validate: isKanoQuestionnaire },
  );
  const [results, setResults, { restored: resultsRestored, reset: resetResults }] = usePersistentState<KanoResults | null>('kano:results', null, { version: 1, validate: isResults });
  const [view, setView, { reset: resetView }] = usePersistentState<KanoViewSettings>('kano:view', DEFAULT_VIEW, { version: 1, validate: isViewSettings });
  const restored = questionnaireRestored && resultsRestored;
  const [message, setMessage] = useState<Message>(null);

  const updateQuestionnaire = useCallback((patch: Partial<KanoQuestionnaire>) => setQuestionnaire((previous) => ({ ...previous, ...patch })), [setQuestionnaire]);
  const check = useMemo(() => checkQuestionnaire(questionnaire), [questionnaire]);
  const items = useMemo(() => (check.ok ? questionnaireItems(check.questionnaire) : []), [check]);
  const starText = useMemo(() => (check.ok ? questionnaireStarText(check.questionnaire) : ''), [check]);

  const downloadTemplateCsv = useCallback(() => {
    if (!check.ok) return;
    downloadCsv(`${check.questionnaire.title || 'KANO'}-答卷模板.csv`, [answerTemplateHeaders(check.questionnaire)]);
  }, [check]);

  const [templateBusy, setTemplateBusy] = useState(false);
  const downloadTemplateXlsx = useCallback(async () => {
    if (!check.ok) return;
    setTemplateBusy(true);
    try {
      await saveTemplateWorkbook(`${check.questionnaire.title || 'KANO'}-答卷模板.xlsx`, answerTemplateHeaders(check.questionnaire), answerTemplateNotes(check.questionnaire));
    } finally {
      setTemplateBusy(false);
    }
  }, [check]);

  const downloadStarText = useCallback(() => {
    if (starText) saveBlob(new Blob([starText], { type: 'text/plain;charset=utf-8' }), `${questionnaire.title || 'KANO'}-问卷星批量导入.txt`);
  }, [starText, questionnaire.title]);

  const [copied, setCopied] = useState<'star' | 'share' | null>(null);
  const copyStarText = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(starText);
      setCopied('star');
    } catch {
      setCopied(null);
    }
  }, [starText]);

  const printQuestionnaire = useCallback(() => printWithFlag('kanoPrint', 'questionnaire'), []);

  const printResults = useCallback(() => {
    // Charts are drawn when scrolled to; draw them all, give chart.js a moment, then print.
    mountAllLazy();
    setTimeout(() => window.print(), 800);
  }, []);

  // ——— import ———
  const survey = useSurveyWorker<KanoAnalysisRequest, KanoAnalysisResult>(createWorker);
  const { preview, result } = survey.state;
  const detected = useMemo(() => (preview ? detectKanoColumns(preview.headers) : null), [preview]);
  // The user's corrections belong to the table they were made on; a new table starts from its own detection.
  const [edits, setEdits] = useState<{ source: TablePreview; mapping: KanoColumnMapping } | null>(null);
  const mapping = edits !== null && edits.source === preview ? edits.mapping : detected;
  const [analysisError, setAnalysisError] = useState<string | null>(null);

  const analyse = useCallback(
    (chosen: KanoColumnMapping | null) => {
      if (!preview || chosen === null) return;
      const checked = checkMapping(chosen, preview.headers);
      if (!checked.ok) {
        setAnalysisError(checked.error);
        return;
      }
      setAnalysisError(null);
      survey.analyse({ kind: 'kano', mapping: checked.mapping });
    },
    [preview, survey],
  );

  // A new table: analyse straight away when its headers named every column.
  const analysedPreview = useRef<TablePreview | null>(null);
  useEffect(() => {
    if (!preview || !detected || analysedPreview.current === preview) return;
    analysedPreview.current = preview;
    setAnalysisError(null);
    if (isCompleteMapping(detected)) analyse(detected);
  }, [preview, detected, analyse]);

  useEffect(() => {
    if (!result) return;
    if (!result.ok) {
      setAnalysisError(result.error);
      return;
    }
    setAnalysisError(null);
    // The example loads as text named EXAMPLE_ORIGIN, so the table's own name is its origin either way.
    const origin = survey.state.preview?.source.fileName ?? '导入的表格';
    // A transition: React may render the (large) results in slices instead of one long task.
    startTransition(() => setResults({ origin, tallies: result.tallies, issues: result.issues, skippedPairs: result.skippedPairs, warnings: result.warnings }));
    // survey.state.preview is read at the moment the result arrives, not tracked.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result, setResults]);

  const suggestions = useMemo(() => (preview ? kanoAnswerColumns(preview.rows, preview.headers.length) : []), [preview]);

  const editMapping = useCallback(
    (change: (current: KanoColumnMapping) => KanoColumnMapping) => {
      setEdits((previous) => {
        const current = previous !== null && previous.source === preview ? previous.mapping : detected;
        return preview && current ? { source: preview, mapping: change(current) } : previous;
      });
    },
    [preview, detected],
  );
  const updateFeature = useCallback(
    (index: number, patch: Partial<FeatureColumns>) =>
      editMapping((current) => ({ ...current, features: current.features.map((feature, position) => (position === index ? { ...feature, ...patch } : feature)) })),
    [editMapping],
  );
  const addFeature = useCallback(
    () => editMapping((current) => ({ ...current, features: [...current.features, { name: '', functional: null, dysfunctional: null, importance: null }] })),
    [editMapping],
  );
  const removeFeature = useCallback(
    (index: number) => editMapping((current) => ({ ...current, features: current.features.filter((_, position) => position !== index) })),
    [editMapping],
  );
  const setSegmentColumn = useCallback((column: number | null) => editMapping((current) => ({ ...current, segment: column })), [editMapping]);

  const loadExample = useCallback(() => {
    setMessage(null);
    survey.load({ text: exampleSurveyText(), fileName: EXAMPLE_ORIGIN });
  }, [survey]);

  // ——— derived results ———
  const summaries = useMemo(() => results?.tallies.features.map(summariseFeature) ?? [], [results]);
  const segments = useMemo(
    () => orderSegments(results?.tallies.segments.map(summariseSegment) ?? [], questionnaire.segments),
    [results, questionnaire.segments],
  );
  const priorities = useMemo(() => priorityList(summaries), [summaries]);
  const means = useMemo(() => meanCoefficients(summaries), [summaries]);
  const referenceLines = useMemo(
    () => (view.lines === 'mean' && means ? { x: means.worseMagnitude, y: means.better } : { x: 0.5, y: 0.5 }),
    [view.lines, means],
  );

  const segmentNames = segments.map((segment) => segment.name);
  const selectedSegment = segments.find((segment) => segment.name === view.segment) ?? segments[0] ?? null;
  const compareFirst = segments.find((segment) => segment.name === view.compareFirst) ?? segments[0] ?? null;
  const compareSecond = segments.find((segment) => segment.name === view.compareSecond) ?? segments.find((segment) => segment !== compareFirst) ?? null;
  const differences = useMemo(
    () => (compareFirst && compareSecond && compareFirst !== compareSecond ? segmentDifferences(compareFirst, compareSecond) : null),
    [compareFirst, compareSecond],
  );

  const exportResultsCsv = useCallback(() => {
    if (summaries.length === 0) return;
    downloadCsv('KANO-结果.csv', kanoResultRows(summaries, segments));
  }, [summaries, segments]);

  // ——— share links ———
  const { share, publish, clearShare } = useShareHash({
    tool: TOOL_ID,
    restored,
    validate: parseKanoSharePayload,
    onError: (error) => setMessage({ kind: 'error', text: error }),
    onLoad: (value) => {
      setQuestionnaire(value.questionnaire);
      const shared = value.results;
      setResults(shared ? { origin: SHARE_ORIGIN, tallies: shared, issues: null, skippedPairs: 0, warnings: [] } : null);
      setMessage({
        kind: 'notice',
        text: shared
          ? `已载入分享链接中的问卷（${value.questionnaire.features.length} 项功能）和结果（${shared.respondents.toLocaleString('zh-CN')} 位受访者）。`
          : `已载入分享链接中的问卷（${value.questionnaire.features.length} 项功能）。`,
      });
    },
  });

  const createShareLink = useCallback(async () => {
    const state = { questionnaire, results: results?.tallies ?? null };
    let payload = toKanoSharePayload(state);
    let note: string | null = null;
    if (encodeShareState(payload, TOOL_ID).length > SHARE_BUDGET) {
      payload = toKanoSharePayload(state, false);
      note = '客群太多，链接里只放了总体结果，没有各客群的分表。';
    }
    if (encodeShareState(payload, TOOL_ID).length > SHARE_BUDGET) {
      payload = toKanoSharePayload({ questionnaire, results: null });
      note = '结果太大，链接里只放了问卷设计，没有分析结果。';
    }
    await publish(payload, note);
  }, [questionnaire, results, publish]);

  // A stale link would share old numbers or an old questionnaire.
  useEffect(() => clearShare(), [questionnaire, results, clearShare]);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 4000);
    return () => clearTimeout(timer);
  }, [copied]);

  const reset = useCallback(() => {
    resetQuestionnaire();
    resetResults();
    resetView();
    survey.reset();
    setEdits(null);
    setAnalysisError(null);
    setMessage(null);
    clearShare();
  }, [resetQuestionnaire, resetResults, resetView, survey, clearShare]);

  return {
    restored,
    builder: {
      questionnaire,
      update: updateQuestionnaire,
      check,
      items,
      starText,
      copied: copied === 'star',
      copyStarText,
      downloadStarText,
      downloadTemplateCsv,
      downloadTemplateXlsx,
      templateBusy,
      printQuestionnaire,
    },
    importer: {
      survey,
      mapping,
      suggestions,
      updateFeature,
      addFeature,
      removeFeature,
      setSegmentColumn,
      analyse: () => analyse(mapping),
      /** Changes with every newly loaded table (for keying the mapping editor). */
      tableKey: preview ? `${preview.source.fileName ?? ''}|${preview.rowCount}|${preview.headers.join('\u0000')}` : '',
      error: analysisError ?? (detected && detected.features.length === 0 ? '没有从表头认出正向、反向问题列：请展开“列对应”，添加功能并选择对应的列。' : null),
      loadExample,
    },
    results,
    summaries,
    segments,
    segmentNames,
    priorities,
    referenceLines,
    view,
    setView: (patch: Partial<KanoViewSettings>) => setView((previous) => ({ ...previous, ...patch })),
    selectedSegment,
    compare: { first: compareFirst, second: compareSecond, differences },
    exportResultsCsv,
    printResults,
    message,
    dismissMessage: () => setMessage(null),
    share,
    createShareLink,
    reset,
  };
}

export type KanoCalculatorState = ReturnType<typeof useKanoCalculator>;
