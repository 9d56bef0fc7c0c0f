/**
 * State of the NPS calculator: the three inputs (pasted scores, counts per score, an imported
 * table), persistence, share links, the import worker, and every derived result. The view
 * (NpsCalculator.tsx) only renders what this returns; the maths is in src/lib/nps.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  adjustedWaldInterval,
  addCounts,
  compareNps,
  describeComparison,
  describeNps,
  emptyCounts,
  isScoreCounts,
  npsFromCounts,
  npsResultRows,
  parseCountBoxes,
  parseScoreList,
  parseSharePayload,
  sampleSizeForMargin,
  suggestNpsColumns,
  summariseSegments,
  tallyScores,
  toSharePayload,
  waldInterval,
  type CsvCell,
  type NpsComparison,
  type NpsInterval,
  type NpsSummary,
  type NpsTableRequest,
  type NpsTableResult,
  type SampleSizeResult,
  type SegmentCounts,
  type SegmentSummary,
} from '../../lib/nps';
import type { IssueSummary } from '../../lib/import/types';
import { usePersistentState } from '../shared/usePersistentState';
import { useShareHash } from '../shared/useShareHash';
import { useSurveyWorker, type SurveyWorker } from '../shared/useSurveyWorker';
import { downloadCsv } from '../shared/exportCsv';
import { EXAMPLE_ORIGIN, EXAMPLE_SEGMENTS } from './exampleData';

export type InputMode = 'raw' | 'counts' | 'table';

/** Aggregated data from an imported file, the example or a share link: counts only, never rows. */
export interface TableData {
  /** Where it came from: a file name, 教学示例数据（虚构）, 分享链接. */
  origin: string;
  counts: number[];
  segments: SegmentCounts[] | null;
  scoreHeader: string | null;
  segmentHeader: string | null;
  segmentError: string | null;
  issues: IssueSummary | null;
}

export interface PlannerInputs {
  promoterPercent: string;
  detractorPercent: string;
  margin: string;
}

/** Everything the user typed or chose; kept in localStorage. */
export interface NpsInputs {
  mode: InputMode;
  rawText: string;
  countBoxes: string[];
  table: TableData | null;
  planner: PlannerInputs;
  comparison: { first: string; second: string };
}

export type NpsOutcome =
  | { status: 'empty'; message: string }
  | { status: 'error'; message: string }
  | {
      status: 'ok';
      counts: number[];
      summary: NpsSummary;
      adjusted: NpsInterval;
      wald: NpsInterval;
      reading: string[];
    };

export interface ComparisonView {
  labels: string[];
  first: string;
  second: string;
  result: NpsComparison | null;
  verdict: string | null;
}

const TOOL_ID = 'nps';
const STORAGE_KEY = 'nps:inputs';
const STORAGE_VERSION = 1;
const SHARE_ORIGIN = '分享链接';
const ANALYSE_DELAY_MS = 250;

export const DEFAULT_PLANNER: PlannerInputs = { promoterPercent: '40', detractorPercent: '20', margin: '5' };

export function defaultInputs(): NpsInputs {
  return {
    mode: 'raw',
    rawText: '',
    countBoxes: new Array<string>(11).fill(''),
    table: null,
    planner: { ...DEFAULT_PLANNER },
    comparison: { first: '', second: '' },
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isSegmentList(value: unknown): value is SegmentCounts[] {
  return Array.isArray(value) && value.every((segment) => isRecord(segment) && isString(segment.label) && isScoreCounts(segment.counts));
}

function isTableData(value: unknown): value is TableData {
  if (!isRecord(value)) return false;
  return (
    isString(value.origin) &&
    isScoreCounts(value.counts) &&
    (value.segments === null || isSegmentList(value.segments)) &&
    (value.scoreHeader === null || isString(value.scoreHeader)) &&
    (value.segmentHeader === null || isString(value.segmentHeader)) &&
    (value.segmentError === null || isString(value.segmentError)) &&
    (value.issues === null || isRecord(value.issues))
  );
}

/** Shape check of what localStorage held (an old or edited entry is ignored, never trusted). */
export function isNpsInputs(value: unknown): value is NpsInputs {
  if (!isRecord(value)) return false;
  const { mode, rawText, countBoxes, table, planner, comparison } = value;
  return (
    (mode === 'raw' || mode === 'counts' || mode === 'table') &&
    isString(rawText) &&
    Array.isArray(countBoxes) &&
    countBoxes.length === 11 &&
    countBoxes.every(isString) &&
    (table === null || isTableData(table)) &&
    isRecord(planner) &&
    isString(planner.promoterPercent) &&
    isString(planner.detractorPercent) &&
    isString(planner.margin) &&
    isRecord(comparison) &&
    isString(comparison.first) &&
    isString(comparison.second)
  );
}

function createWorker(): Worker {
  return new Worker(new URL('../../workers/nps.worker.ts', import.meta.url), { type: 'module', name: 'nps' });
}

function percentToShare(text: string): number {
  const trimmed = text.trim().replace(/%$/, '');
  return trimmed === '' ? Number.NaN : Number(trimmed) / 100;
}

export function useNpsCalculator() {
  const [inputs, setInputs, { reset: resetStored, restored }] = usePersistentState<NpsInputs>(STORAGE_KEY, defaultInputs, {
    version: STORAGE_VERSION,
    validate: isNpsInputs,
  });
  const survey: SurveyWorker<NpsTableRequest, NpsTableResult> = useSurveyWorker<NpsTableRequest, NpsTableResult>(createWorker);
  const [scoreColumn, setScoreColumnState] = useState<number | null>(null);
  const [segmentColumn, setSegmentColumnState] = useState<number | null>(null);
  const [analysisError, setAnalysisError] = useState<string | null>(null);
  const [analysisIssues, setAnalysisIssues] = useState<IssueSummary | null>(null);
  const [linkMessage, setLinkMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);

  // ——— inputs ———
  const update = useCallback((change: Partial<NpsInputs>) => setInputs((previous) => ({ ...previous, ...change })), [setInputs]);
  const setMode = useCallback((mode: InputMode) => update({ mode }), [update]);
  const setRawText = useCallback((rawText: string) => update({ rawText }), [update]);
  const setCountBox = useCallback(
    (score: number, text: string) => setInputs((previous) => ({ ...previous, countBoxes: previous.countBoxes.map((box, index) => (index === score ? text : box)) })),
    [setInputs],
  );
  const setPlanner = useCallback(
    (field: keyof PlannerInputs, text: string) => setInputs((previous) => ({ ...previous, planner: { ...previous.planner, [field]: text } })),
    [setInputs],
  );
  const setComparison = useCallback(
    (field: 'first' | 'second', label: string) => setInputs((previous) => ({ ...previous, comparison: { ...previous.comparison, [field]: label } })),
    [setInputs],
  );

  // ——— derived: the active counts ———
  const rawParse = useMemo(() => (inputs.rawText.trim() === '' ? null : parseScoreList(inputs.rawText)), [inputs.rawText]);
  const boxesParse = useMemo(() => parseCountBoxes(inputs.countBoxes), [inputs.countBoxes]);

  const active = useMemo((): { counts: number[] | null; message: string | null; isError: boolean } => {
    if (inputs.mode === 'raw') {
      if (!rawParse) return { counts: null, message: '在上方粘贴 0–10 的分数，每行一个，或用空格、逗号分隔。', isError: false };
      if (!rawParse.ok) return { counts: null, message: rawParse.error, isError: rawParse.issues.total > 0 };
      return { counts: tallyScores(rawParse.scores), message: null, isError: false };
    }
    if (inputs.mode === 'counts') {
      if (!boxesParse.ok) return { counts: null, message: boxesParse.error, isError: true };
      return { counts: boxesParse.counts, message: null, isError: false };
    }
    if (!inputs.table) return { counts: null, message: '选择问卷文件（或粘贴表格），再选择推荐意愿得分列。', isError: false };
    return { counts: inputs.table.counts, message: null, isError: false };
  }, [inputs.mode, inputs.table, rawParse, boxesParse]);

  const outcome = useMemo((): NpsOutcome => {
    if (!active.counts) return { status: active.isError ? 'error' : 'empty', message: active.message ?? '' };
    const result = npsFromCounts(active.counts);
    if (!result.ok) return { status: 'empty', message: result.error };
    const adjusted = adjustedWaldInterval(result.summary);
    return { status: 'ok', counts: active.counts, summary: result.summary, adjusted, wald: waldInterval(result.summary), reading: describeNps(result.summary, adjusted) };
  }, [active]);

  const segments = useMemo((): SegmentSummary[] | null => {
    if (inputs.mode !== 'table' || !inputs.table?.segments) return null;
    return summariseSegments(inputs.table.segments);
  }, [inputs.mode, inputs.table]);

  const comparison = useMemo((): ComparisonView | null => {
    if (!segments || segments.length < 2) return null;
    const labels = segments.map((segment) => segment.label);
    // Default: the two largest groups.
    const bySize = [...segments].sort((first, second) => second.summary.total - first.summary.total);
    const first = labels.includes(inputs.comparison.first) ? inputs.comparison.first : bySize[0]!.label;
    const fallbackSecond = bySize.find((segment) => segment.label !== first)!.label;
    const second = labels.includes(inputs.comparison.second) && inputs.comparison.second !== first ? inputs.comparison.second : fallbackSecond;
    const groupA = segments.find((segment) => segment.label === first)!;
    const groupB = segments.find((segment) => segment.label === second)!;
    const result = compareNps(groupA.summary, groupB.summary);
    return { labels, first, second, result, verdict: describeComparison(first, second, result) };
  }, [segments, inputs.comparison]);

  const planner = useMemo((): SampleSizeResult => {
    const margin = Number(inputs.planner.margin.trim());
    return sampleSizeForMargin({
      promoterShare: percentToShare(inputs.planner.promoterPercent),
      detractorShare: percentToShare(inputs.planner.detractorPercent),
      margin: inputs.planner.margin.trim() === '' ? Number.NaN : margin,
    });
  }, [inputs.planner]);

  const fillPlannerFromResult = useCallback(() => {
    if (outcome.status !== 'ok') return;
    const round = (share: number) => String(Math.round(share * 1000) / 10);
    update({ planner: { ...inputs.planner, promoterPercent: round(outcome.summary.promoterShare), detractorPercent: round(outcome.summary.detractorShare) } });
  }, [outcome, inputs.planner, update]);

  // ——— import (worker) ———
  const preview = survey.state.preview;
  const suggestions = useMemo(() => (preview ? suggestNpsColumns(preview) : null), [preview]);
  const analyseTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const surveyRef = useRef(survey);
  surveyRef.current = survey;

  const requestAnalysis = useCallback((score: number | null, segment: number | null, delay: number) => {
    if (analyseTimer.current) clearTimeout(analyseTimer.current);
    if (score === null) return;
    analyseTimer.current = setTimeout(() => {
      surveyRef.current.analyse({ kind: 'nps', scoreColumn: score, segmentColumn: segment });
    }, delay);
  }, []);
  useEffect(() => () => {
    if (analyseTimer.current) clearTimeout(analyseTimer.current);
  }, []);

  // A new table: pick the suggested columns and compute straight away.
  useEffect(() => {
    if (!preview || !suggestions) return;
    const score = suggestions.scoreColumns[0] ?? null;
    const segment = suggestions.segmentColumns[0] ?? null;
    setScoreColumnState(score);
    setSegmentColumnState(segment);
    setAnalysisError(score === null ? '没有找到全是 0–10 整数的列：请在下方选择推荐意愿得分列。' : null);
    setAnalysisIssues(null);
    requestAnalysis(score, segment, 0);
  }, [preview, suggestions, requestAnalysis]);

  const setScoreColumn = useCallback((column: number | null) => {
    setScoreColumnState(column);
    requestAnalysis(column, segmentColumn, ANALYSE_DELAY_MS);
  }, [segmentColumn, requestAnalysis]);
  const setSegmentColumn = useCallback((column: number | null) => {
    setSegmentColumnState(column);
    requestAnalysis(scoreColumn, column, ANALYSE_DELAY_MS);
  }, [scoreColumn, requestAnalysis]);

  // A finished analysis becomes the table data; a failed one leaves the previous result in place.
  const result = survey.state.result;
  useEffect(() => {
    if (!result) return;
    if (!result.ok) {
      setAnalysisError(result.error);
      setAnalysisIssues(result.issues);
      return;
    }
    setAnalysisError(null);
    setAnalysisIssues(result.issues);
    const origin = surveyRef.current.state.preview?.source.fileName ?? '导入的表格';
    setInputs((previous) => ({
      ...previous,
      mode: 'table',
      table: {
        origin,
        counts: result.counts,
        segments: result.segments,
        scoreHeader: result.scoreHeader,
        segmentHeader: result.segmentHeader,
        segmentError: result.segmentError,
        issues: result.issues,
      },
    }));
  }, [result, setInputs]);

  // ——— share links ———
  const { share, publish, clearShare } = useShareHash({
    tool: TOOL_ID,
    restored,
    validate: (value) => {
      const parsed = parseSharePayload(value);
      return parsed.ok ? { ok: true as const, value: parsed.state } : parsed;
    },
    onError: (error) => {
      setInputs(defaultInputs());
      setLinkMessage({ kind: 'error', text: error });
    },
    onLoad: ({ counts, segments: sharedSegments }) => {
      const total = counts.reduce((sum, count) => sum + count, 0);
      setInputs(() => {
        const base = defaultInputs();
        if (sharedSegments) {
          return { ...base, mode: 'table', table: { origin: SHARE_ORIGIN, counts, segments: sharedSegments, scoreHeader: null, segmentHeader: null, segmentError: null, issues: null } };
        }
        return { ...base, mode: 'counts', countBoxes: counts.map(String) };
      });
      setLinkMessage({ kind: 'notice', text: `已载入分享链接中的数据：${total.toLocaleString('zh-CN')} 份回答${sharedSegments ? `，${sharedSegments.length} 个分组` : ''}。` });
    },
  });

  const createShareLink = useCallback(async () => {
    if (outcome.status !== 'ok') return;
    await publish(toSharePayload({ counts: outcome.counts, segments: inputs.mode === 'table' ? inputs.table?.segments ?? null : null }));
  }, [outcome, inputs.mode, inputs.table, publish]);

  // A stale link would share old numbers.
  useEffect(() => clearShare(), [outcome, clearShare]);

  // ——— actions ———
  const loadExample = useCallback(() => {
    const counts = EXAMPLE_SEGMENTS.reduce<number[]>((sum, segment) => addCounts(sum, segment.counts), emptyCounts());
    update({
      mode: 'table',
      table: { origin: EXAMPLE_ORIGIN, counts, segments: EXAMPLE_SEGMENTS.map((segment) => ({ label: segment.label, counts: [...segment.counts] })), scoreHeader: null, segmentHeader: '门店', segmentError: null, issues: null },
      comparison: { first: '', second: '' },
    });
    setLinkMessage(null);
  }, [update]);

  const reset = useCallback(() => {
    if (analyseTimer.current) clearTimeout(analyseTimer.current);
    resetStored();
    survey.reset();
    setScoreColumnState(null);
    setSegmentColumnState(null);
    setAnalysisError(null);
    setAnalysisIssues(null);
    setLinkMessage(null);
    clearShare();
  }, [resetStored, survey, clearShare]);

  const csvRows = useMemo((): CsvCell[][] | null => {
    if (outcome.status !== 'ok') return null;
    const source = inputs.mode === 'raw' ? '粘贴的分数' : inputs.mode === 'counts' ? '填写的人数' : inputs.table?.origin;
    return npsResultRows({ summary: outcome.summary, adjusted: outcome.adjusted, wald: outcome.wald, counts: outcome.counts, segments, ...(source ? { source } : {}) });
  }, [outcome, segments, inputs.mode, inputs.table]);

  const exportCsv = useCallback(() => {
    if (csvRows) downloadCsv('NPS-结果.csv', csvRows);
  }, [csvRows]);

  const pooledFromSegments = useMemo(
    () => (inputs.table?.segments ? inputs.table.segments.reduce<number[]>((sum, segment) => addCounts(sum, segment.counts), emptyCounts()) : null),
    [inputs.table],
  );

  return {
    restored,
    inputs,
    setMode,
    setRawText,
    setCountBox,
    rawIssues: inputs.mode === 'raw' && rawParse ? rawParse.issues : null,
    countError: boxesParse.ok ? null : { score: boxesParse.score, message: boxesParse.error },
    outcome,
    segments,
    /** Segments' counts add up to the table's counts (false when rows had an empty segment that was dropped). */
    segmentsCoverAll: pooledFromSegments === null || inputs.table === null || pooledFromSegments.every((count, score) => count === inputs.table!.counts[score]),
    comparison,
    setComparison,
    planner,
    setPlanner,
    fillPlannerFromResult,
    importer: {
      survey,
      scoreColumn,
      segmentColumn,
      setScoreColumn,
      setSegmentColumn,
      suggestions,
      error: analysisError,
      issues: analysisIssues ?? (inputs.mode === 'table' ? inputs.table?.issues ?? null : null),
    },
    linkMessage,
    dismissLinkMessage: () => setLinkMessage(null),
    share,
    createShareLink,
    loadExample,
    reset,
    exportCsv,
  };
}

export type NpsCalculatorState = ReturnType<typeof useNpsCalculator>;
