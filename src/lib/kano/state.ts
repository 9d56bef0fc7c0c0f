/**
 * The KANO tool's state on the tool kernel (src/components/shared/useTool.ts): the questionnaire
 * being designed, the results as counts (never respondents' rows), the display choices and the
 * import panel's column mapping; the reducer; how the state asks the survey worker for an
 * analysis and takes the answer; the schema and the share codec (the pre-kernel link format, so
 * old links open unchanged), and the reader for the three keys the old page stored.
 */
import type { IssueSummary } from '../import/types';
import { encodeShareState } from '../share';
import type { KanoAnalysisRequest, KanoAnalysisResult, KanoTallies } from './analyseKano';
import { DEFAULT_ANSWER_MAPPING, isDefaultAnswerMapping, type AnswerMapping, type CodeOrder, type KanoAnswer } from './answers';
import type { AnswerValueSummary } from './answerValues';
import { checkMapping, type FeatureColumns, type KanoColumnMapping } from './columnMapping';
import type { KanoRoleDecision } from './columnRoles';
import { isFeatureTally } from './featureTally';
import { DEFAULT_QUESTIONNAIRE, isKanoQuestionnaire, type KanoQuestionnaire } from './questionnaire';
import { parseKanoSharePayload, toKanoSharePayload } from './sharePayload';
import { isRecord } from '../tool/isRecord';
import { formatCount } from '../tool/format';

export const TOOL_ID = 'kano';
/** Version 2 added the answer mapping to the import panel (migrations[1]). */
export const STATE_VERSION = 2;
export const EXAMPLE_ORIGIN = '教学示例数据（虚构）';
export const SHARE_ORIGIN = '分享链接';
/** Longest share hash we produce; the decoder accepts up to 8000 characters. */
export const SHARE_BUDGET = 7500;
/** Where the page kept its state before the kernel (usePersistentState's keys). */
export const LEGACY_STORAGE_KEYS = ['jzfw:kano:questionnaire:v1', 'jzfw:kano:results:v1', 'jzfw:kano:view:v1'] as const;

export interface KanoResults {
  /** File name, 教学示例数据（虚构） or 分享链接. */
  origin: string;
  tallies: KanoTallies;
  issues: IssueSummary | null;
  skippedPairs: number;
  warnings: string[];
}

export type ReferenceLines = 'mean' | 'half';
export interface KanoViewSettings { lines: ReferenceLines; segment: string; compareFirst: string; compareSecond: string }

/** The table loaded in this session: its headers, the mapping being edited, the one last run. */
export interface KanoImport {
  fileName: string | null;
  headers: string[];
  mapping: KanoColumnMapping | null;
  run: KanoColumnMapping | null;
  error: string | null;
  /** The answer mapping being edited, and the one last run (part of the worker request). */
  answers: AnswerMapping;
  runAnswers: AnswerMapping;
  /** The distinct answers of the last analysis when some were not recognised; else null. */
  answerValues: AnswerValueSummary | null;
  /** Whether an analysis of this table has succeeded (hides the 'headers not recognised' hint). */
  succeeded: boolean;
  /** How the columns were chosen, with reasons; when it asks, nothing runs until 计算 (absent in states stored before it existed). */
  decision?: KanoRoleDecision | null | undefined;
}

export interface KanoState {
  questionnaire: KanoQuestionnaire;
  results: KanoResults | null;
  view: KanoViewSettings;
  importer: KanoImport;
}

export type KanoEvent =
  | { type: 'questionnaire'; patch: Partial<KanoQuestionnaire> }
  | { type: 'view'; patch: Partial<KanoViewSettings> }
  | { type: 'feature'; index: number; patch: Partial<FeatureColumns> }
  | { type: 'addFeature' }
  | { type: 'removeFeature'; index: number }
  | { type: 'segmentColumn'; column: number | null }
  /** One listed answer text read as one of the five answers (null: back to the built-in reading). */
  | { type: 'answerValue'; value: string; answer: KanoAnswer | null }
  | { type: 'answerOrder'; order: CodeOrder }
  /** 计算: check the mapping and ask for the analysis (with the answer mapping being edited). */
  | { type: 'analyse' };

export const DEFAULT_VIEW: KanoViewSettings = { lines: 'half', segment: '', compareFirst: '', compareSecond: '' };
export const NO_IMPORT: KanoImport = { fileName: null, headers: [], mapping: null, run: null, error: null, answers: DEFAULT_ANSWER_MAPPING, runAnswers: DEFAULT_ANSWER_MAPPING, answerValues: null, succeeded: false, decision: null };

export const initialState: KanoState = { questionnaire: DEFAULT_QUESTIONNAIRE, results: null, view: DEFAULT_VIEW, importer: NO_IMPORT };

/** A mapping is ready for analysis without asking when every detected feature has both columns. */
export function isCompleteMapping(mapping: KanoColumnMapping): boolean {
  return mapping.features.length > 0 && mapping.features.every((feature) => feature.functional !== null && feature.dysfunctional !== null);
}

function editMapping(state: KanoState, change: (mapping: KanoColumnMapping) => KanoColumnMapping): KanoState {
  const { mapping } = state.importer;
  return mapping ? { ...state, importer: { ...state.importer, mapping: change(mapping) } } : state;
}

/** The checked mapping (and the answer mapping being edited) becomes the one to run, or its message is shown. */
export function run(state: KanoState, mapping: KanoColumnMapping): KanoState {
  const checked = checkMapping(mapping, state.importer.headers);
  if (!checked.ok) return { ...state, importer: { ...state.importer, error: checked.error } };
  return { ...state, importer: { ...state.importer, run: checked.mapping, runAnswers: state.importer.answers, error: null } };
}

function editAnswers(state: KanoState, change: (answers: AnswerMapping) => AnswerMapping): KanoState {
  return { ...state, importer: { ...state.importer, answers: change(state.importer.answers) } };
}

export function reduce(state: KanoState, event: KanoEvent): KanoState {
  switch (event.type) {
    case 'questionnaire':
      return { ...state, questionnaire: { ...state.questionnaire, ...event.patch } };
    case 'view':
      return { ...state, view: { ...state.view, ...event.patch } };
    case 'feature':
      return editMapping(state, (mapping) => ({ ...mapping, features: mapping.features.map((feature, position) => (position === event.index ? { ...feature, ...event.patch } : feature)) }));
    case 'addFeature':
      return editMapping(state, (mapping) => ({ ...mapping, features: [...mapping.features, { name: '', functional: null, dysfunctional: null, importance: null }] }));
    case 'removeFeature':
      return editMapping(state, (mapping) => ({ ...mapping, features: mapping.features.filter((_, position) => position !== event.index) }));
    case 'segmentColumn':
      return editMapping(state, (mapping) => ({ ...mapping, segment: event.column }));
    case 'answerValue':
      return editAnswers(state, (answers) => {
        const values = { ...answers.values };
        if (event.answer === null) delete values[event.value];
        else values[event.value] = event.answer;
        return { ...answers, values };
      });
    case 'answerOrder':
      return editAnswers(state, (answers) => ({ ...answers, order: event.order }));
    case 'analyse':
      return state.importer.mapping ? run(state, state.importer.mapping) : state;
  }
}

// ——— survey worker ———

export function analyse(state: KanoState): KanoAnalysisRequest | null {
  const { run: mapping, runAnswers } = state.importer;
  if (!mapping) return null;
  return isDefaultAnswerMapping(runAnswers) ? { kind: 'kano', mapping } : { kind: 'kano', mapping, answers: runAnswers };
}

/** True while the page waits for the person to confirm a doubtful mapping (nothing has run for this table). */
export function isAsking(state: KanoState): boolean {
  const { decision, run: ran } = state.importer;
  return decision !== null && decision !== undefined && decision.pairs.status !== 'chosen' && ran === null;
}

/** A failed analysis keeps the previous results and lists the answers met; a good one clears every stale message. */
export function receive(state: KanoState, result: KanoAnalysisResult): KanoState {
  if (!result.ok) return { ...state, importer: { ...state.importer, error: result.error, answerValues: result.answerValues ?? state.importer.answerValues } };
  const origin = state.importer.fileName ?? '导入的表格';
  return {
    ...state,
    results: { origin, tallies: result.tallies, issues: result.issues, skippedPairs: result.skippedPairs, warnings: result.warnings },
    importer: { ...state.importer, error: null, answerValues: result.answerValues, succeeded: true },
  };
}

/**
 * The message under the import panel: the last error, else — only while nothing from this table
 * has been analysed — the hint that the headers named no question. Null once a run succeeded.
 */
export function importMessage(state: KanoState, hasTable: boolean): string | null {
  const { error, mapping, succeeded } = state.importer;
  if (error !== null) return error;
  if (hasTable && !succeeded && mapping !== null && mapping.features.length === 0) return '没有从表头认出正向、反向问题列：请展开“列对应”，添加功能并选择对应的列。';
  return null;
}

// ——— links and storage ———

export const shareCodec = {
  /** The questionnaire and the counts; segments, then all results, are left out when the link would be too long. */
  write(state: KanoState): { payload: unknown; note: string | null } {
    const shared = { questionnaire: state.questionnaire, results: state.results?.tallies ?? null };
    const full = toKanoSharePayload(shared);
    if (encodeShareState(full, TOOL_ID).length <= SHARE_BUDGET) return { payload: full, note: null };
    const withoutSegments = toKanoSharePayload(shared, false);
    if (encodeShareState(withoutSegments, TOOL_ID).length <= SHARE_BUDGET) return { payload: withoutSegments, note: '客群太多，链接里只放了总体结果，没有各客群的分表。' };
    return { payload: toKanoSharePayload({ questionnaire: state.questionnaire, results: null }), note: '结果太大，链接里只放了问卷设计，没有分析结果。' };
  },
  read(value: unknown): { ok: true; value: KanoState } | { ok: false; error: string } {
    const parsed = parseKanoSharePayload(value);
    if (!parsed.ok) return parsed;
    const { questionnaire, results } = parsed.value;
    return { ok: true, value: { ...initialState, questionnaire, results: results ? { origin: SHARE_ORIGIN, tallies: results, issues: null, skippedPairs: 0, warnings: [] } : null } };
  },
};

/**
 * The notice after a link opened. The results count the features that were analysed (as the
 * results page does); the questionnaire design is named apart when it lists a different number.
 * @example '已载入分享链接中的结果：8 项功能，300 位受访者。链接里的问卷设计有 3 项功能，见“① 设计问卷”。'
 */
export function sharedNotice(state: KanoState): string {
  const designed = state.questionnaire.features.length;
  if (!state.results) return `已载入分享链接中的问卷设计：${designed} 项功能。`;
  const analysed = state.results.tallies.features.length;
  const results = `${analysed} 项功能，${formatCount(state.results.tallies.respondents)} 位受访者`;
  if (designed === analysed) return `已载入分享链接中的问卷设计和结果：${results}。`;
  return `已载入分享链接中的结果：${results}。链接里的问卷设计有 ${designed} 项功能，见“① 设计问卷”。`;
}

export function isTallies(value: unknown): value is KanoTallies {
  if (!isRecord(value)) return false;
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

/** migrations[1]: version 1 had no answer mapping; the import panel gets the built-in reading. */
export const migrations = {
  1: (value: unknown): unknown => {
    if (!isRecord(value) || !isRecord(value.importer)) return value;
    return { ...value, importer: { answers: DEFAULT_ANSWER_MAPPING, runAnswers: DEFAULT_ANSWER_MAPPING, answerValues: null, succeeded: false, ...value.importer } };
  },
};

/**
 * The old page's three stored keys, gathered into one object by the hook. A key that is missing
 * or unreadable falls back to its default, as the old page did.
 */
export function legacy(value: unknown): unknown {
  if (!isRecord(value) || !LEGACY_STORAGE_KEYS.some((key) => key in value)) return undefined;
  const [questionnaireKey, resultsKey, viewKey] = LEGACY_STORAGE_KEYS;
  const questionnaire = isKanoQuestionnaire(value[questionnaireKey]) ? value[questionnaireKey] : DEFAULT_QUESTIONNAIRE;
  const stored = value[resultsKey];
  const results = isRecord(stored) && typeof stored.origin === 'string' && isTallies(stored.tallies) && Array.isArray(stored.warnings) ? { issues: null, skippedPairs: 0, ...stored } : null;
  const view = isRecord(value[viewKey]) ? { ...DEFAULT_VIEW, ...value[viewKey] } : DEFAULT_VIEW;
  return { questionnaire, results, view, importer: NO_IMPORT };
}
