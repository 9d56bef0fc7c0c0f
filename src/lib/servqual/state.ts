/**
 * The SERVQUAL tool's state on the tool kernel (src/components/shared/useTool.ts): the
 * questionnaire, the results in their compact share form, the display choices and the import
 * panel's mapping; the reducer; the survey-worker hand-off; the share codec (the pre-kernel link
 * format) and the reader for the three keys the old page stored. Modules are imported directly,
 * not through the barrel, so the report maths stays in the results chunk.
 */
import type { IssueSummary, TablePreview } from '../import/types';
import { encodeShareState } from '../share';
import type { ServqualAnalysisRequest, ServqualAnalysisResult, WeightIssueSummary } from './analyseServqual';
import type { AnswerRole, ServqualFormat } from './answerRoles';
import { checkMapping, emptyMapping, type MappingDetection, type ServqualColumnMapping } from './columnMapping';
import type { DimensionId } from './dimensions';
import type { MappingDecision } from '../import/mappingRoles';
import type { CrosshairMode } from './importancePerformance';
import type { PresetId } from './presets';
import { addItem, checkQuestionnaire, createQuestionnaire, isServqualQuestionnaire, moveItem, moveItemToDimension, removeItem, rewordItem, setItemReversed, type ServqualQuestionnaire } from './questionnaire';
import { parseServqualSharePayload, toServqualSharePayload, type ServqualSharePayload } from './sharePayload';
import { isRecord } from '../tool/isRecord';
import { formatCount } from '../tool/format';

export const TOOL_ID = 'servqual';
export const STATE_VERSION = 1;
export const SHARE_ORIGIN = '分享链接';
/** decodeShareState accepts up to 8,000 characters; keep a margin for the address itself. */
export const SHARE_BUDGET = 7800;
export const LEGACY_STORAGE_KEYS = ['jzfw:servqual:questionnaire:v1', 'jzfw:servqual:results:v1', 'jzfw:servqual:view:v1'] as const;

export interface StoredResults {
  origin: string;
  payload: ServqualSharePayload;
  issues: IssueSummary | null;
  weightIssues: WeightIssueSummary | null;
  warnings: string[];
}

export interface ViewSettings {
  typedWeights: Record<DimensionId, string>;
  crosshairs: CrosshairMode;
  ipaLevel: 'dimension' | 'item';
}

export interface ServqualImport {
  fileName: string | null;
  headers: string[];
  mapping: ServqualColumnMapping | null;
  detection: MappingDetection | null;
  /** The request last asked for (questionnaire checked, mapping checked), or null. */
  run: ServqualAnalysisRequest | null;
  error: string | null;
  /** What the file suggests changing in the questionnaire, until the user accepts or declines (absent in states stored before it existed). */
  suggestion?: SettingsSuggestion | null;
  /** How the columns were chosen, with reasons; when it asks, nothing runs until the person confirms (absent in states stored before it existed). */
  decision?: MappingDecision | null;
}

/**
 * Settings a file suggests, offered only when its columns really map under them: another format
 * (with how many items would then be complete), and/or asking for importance points because
 * every dimension has a points column. Nothing changes until the user accepts.
 */
export interface SettingsSuggestion {
  format: ServqualFormat | null;
  /** Items complete under the suggested format (0 when only askWeights is suggested). */
  items: number;
  askWeights: boolean;
}

export interface ServqualState {
  questionnaire: ServqualQuestionnaire;
  results: StoredResults | null;
  view: ViewSettings;
  importer: ServqualImport;
}

type QuestionnairePatch = Partial<Pick<ServqualQuestionnaire, 'title' | 'provider' | 'excellentProvider' | 'scaleMax' | 'format' | 'askWeights'>>;

export type ServqualEvent =
  | { type: 'preset'; presetId: PresetId }
  | { type: 'update'; patch: QuestionnairePatch }
  | { type: 'addItem'; dimension: DimensionId }
  | { type: 'removeItem'; id: string }
  | { type: 'rewordItem'; id: string; text: string }
  | { type: 'setReversed'; id: string; reversed: boolean }
  | { type: 'moveToDimension'; id: string; dimension: DimensionId }
  | { type: 'move'; id: string; direction: -1 | 1 }
  | { type: 'setQuestionnaire'; questionnaire: ServqualQuestionnaire }
  | { type: 'itemColumn'; itemId: string; role: AnswerRole; column: number | null }
  | { type: 'weightColumn'; dimension: DimensionId; column: number | null }
  /** Map the table's columns again from its headers and values (`rules`: loaded.ts, fetched with the table). */
  | { type: 'redetect'; preview: TablePreview; rules: TableRules }
  /** The user accepts the file's suggested settings: apply them and map the columns again. */
  | { type: 'acceptSuggestion'; preview: TablePreview; rules: TableRules }
  | { type: 'declineSuggestion' }
  | { type: 'analyseNow' }
  | { type: 'view'; patch: Partial<ViewSettings> }
  | { type: 'typedWeight'; dimension: DimensionId; text: string };

/**
 * The column detection for a loaded table (loaded.ts). It is passed in with the events that need
 * it, not imported, so that a page where nothing is imported never ships it (JS budget).
 */
export interface TableRules {
  detect(state: ServqualState, preview: TablePreview): ServqualState;
}

export const DEFAULT_VIEW: ViewSettings = {
  typedWeights: { tangibles: '', reliability: '', responsiveness: '', assurance: '', empathy: '' },
  crosshairs: 'data-mean',
  ipaLevel: 'dimension',
};
export const NO_IMPORT: ServqualImport = { fileName: null, headers: [], mapping: null, detection: null, run: null, error: null, suggestion: null, decision: null };

export const initialState: ServqualState = { questionnaire: createQuestionnaire('hotel'), results: null, view: DEFAULT_VIEW, importer: NO_IMPORT };

/** Keeps the columns already chosen for items that still exist; new items start empty. */
export function alignMapping(mapping: ServqualColumnMapping, questionnaire: ServqualQuestionnaire): ServqualColumnMapping {
  const fresh = emptyMapping(questionnaire);
  return { items: fresh.items.map((entry) => mapping.items.find((previous) => previous.itemId === entry.itemId) ?? entry), weights: mapping.weights };
}

/** Checks the questionnaire and the mapping; the request to run, or the message why not. */
export function run(state: ServqualState, mapping: ServqualColumnMapping): ServqualState {
  const current = checkQuestionnaire(state.questionnaire);
  if (!current.ok) return { ...state, importer: { ...state.importer, error: `问卷设置有误：${current.errors[0]}` } };
  const checked = checkMapping(mapping, current.questionnaire, state.importer.headers);
  if (!checked.ok) return { ...state, importer: { ...state.importer, error: checked.error } };
  return { ...state, importer: { ...state.importer, error: null, run: { kind: 'servqual', questionnaire: current.questionnaire, mapping } } };
}

function withQuestionnaire(state: ServqualState, questionnaire: ServqualQuestionnaire): ServqualState {
  const { mapping } = state.importer;
  return { ...state, questionnaire, importer: { ...state.importer, mapping: mapping ? alignMapping(mapping, questionnaire) : null } };
}

/** True while the page waits for the person to confirm a doubtful mapping (nothing has run for this table). */
export function isAsking(state: ServqualState): boolean {
  const { decision, run: ran } = state.importer;
  return decision !== null && decision !== undefined && decision.status === 'ask' && ran === null;
}

export function reduce(state: ServqualState, event: ServqualEvent): ServqualState {
  const q = state.questionnaire;
  switch (event.type) {
    case 'preset':
      return withQuestionnaire(state, createQuestionnaire(event.presetId, { scaleMax: q.scaleMax, format: q.format, askWeights: q.askWeights }));
    case 'update':
      return withQuestionnaire(state, { ...q, ...event.patch });
    case 'addItem':
      return withQuestionnaire(state, addItem(q, event.dimension, '').questionnaire);
    case 'removeItem':
      return withQuestionnaire(state, removeItem(q, event.id));
    case 'rewordItem':
      return withQuestionnaire(state, rewordItem(q, event.id, event.text));
    case 'setReversed':
      return withQuestionnaire(state, setItemReversed(q, event.id, event.reversed));
    case 'moveToDimension':
      return withQuestionnaire(state, moveItemToDimension(q, event.id, event.dimension));
    case 'move':
      return withQuestionnaire(state, moveItem(q, event.id, event.direction));
    case 'setQuestionnaire':
      return withQuestionnaire(state, event.questionnaire);
    case 'itemColumn': {
      const { mapping } = state.importer;
      if (!mapping) return state;
      const next = { ...mapping, items: mapping.items.map((entry) => (entry.itemId === event.itemId ? { ...entry, columns: { ...entry.columns, [event.role]: event.column } } : entry)) };
      return run({ ...state, importer: { ...state.importer, mapping: next } }, next);
    }
    case 'weightColumn': {
      const { mapping } = state.importer;
      if (!mapping) return state;
      const next = { ...mapping, weights: { ...mapping.weights, [event.dimension]: event.column } };
      return run({ ...state, importer: { ...state.importer, mapping: next } }, next);
    }
    case 'redetect':
      return event.rules.detect(state, event.preview);
    case 'acceptSuggestion': {
      const suggestion = state.importer.suggestion;
      if (!suggestion) return state;
      const accepted = withQuestionnaire(state, { ...q, format: suggestion.format ?? q.format, askWeights: q.askWeights || suggestion.askWeights });
      return event.rules.detect(accepted, event.preview);
    }
    case 'declineSuggestion': {
      const declined = { ...state, importer: { ...state.importer, suggestion: null } };
      // Now say what the current settings can use (the message detect held back while asking), unless the mapping itself is doubtful.
      return declined.importer.mapping && declined.importer.run === null && (declined.importer.detection?.assigned ?? 0) > 0 && declined.importer.decision?.status !== 'ask' ? run(declined, declined.importer.mapping) : declined;
    }
    case 'analyseNow':
      return state.importer.mapping ? run(state, state.importer.mapping) : state;
    case 'view':
      return { ...state, view: { ...state.view, ...event.patch } };
    case 'typedWeight':
      return { ...state, view: { ...state.view, typedWeights: { ...state.view.typedWeights, [event.dimension]: event.text } } };
  }
}

// ——— survey worker ———

export function analyse(state: ServqualState): ServqualAnalysisRequest | null {
  return state.importer.run;
}

export function receive(state: ServqualState, result: ServqualAnalysisResult): ServqualState {
  if (!result.ok) return { ...state, importer: { ...state.importer, error: result.error } };
  const payload = toServqualSharePayload({ summary: result.summary, typedWeights: null, crosshairs: 'data-mean', ipaLevel: 'dimension' });
  return { ...state, results: { origin: state.importer.fileName ?? '导入的表格', payload, issues: result.issues, weightIssues: result.weightIssues, warnings: result.warnings }, importer: { ...state.importer, error: null } };
}

// ——— links and storage ———

/**
 * Share codec. `typedWeights` are the page's valid typed weights (per dimension in summary order)
 * or null; the island passes them through `linkWeights` because checking them needs the report maths.
 */
export function shareCodec(linkWeights: (state: ServqualState) => number[] | null) {
  return {
    write(state: ServqualState): { payload: unknown; note: string | null } {
      const parsed = state.results ? parseServqualSharePayload(state.results.payload) : null;
      if (!parsed?.ok) return { payload: null, note: null };
      const shared = { summary: parsed.state.summary, typedWeights: linkWeights(state), crosshairs: state.view.crosshairs, ipaLevel: state.view.ipaLevel };
      const full = toServqualSharePayload(shared);
      if (encodeShareState(full, TOOL_ID).length <= SHARE_BUDGET) return { payload: full, note: null };
      return { payload: toServqualSharePayload(shared, false), note: '题项较多，链接里没有放题目措辞（显示为“第 n 题”），数字完整。' };
    },
    read(value: unknown): { ok: true; value: ServqualState } | { ok: false; error: string } {
      const parsed = parseServqualSharePayload(value);
      if (!parsed.ok) return parsed;
      const { summary, typedWeights, crosshairs, ipaLevel } = parsed.state;
      const typed = { ...DEFAULT_VIEW.typedWeights };
      summary.dimensions.forEach((dimension, index) => {
        const weight = typedWeights?.[index];
        if (weight !== undefined) typed[dimension.dimension] = String(weight);
      });
      return { ok: true, value: { ...initialState, results: { origin: SHARE_ORIGIN, payload: value as ServqualSharePayload, issues: null, weightIssues: null, warnings: [] }, view: { typedWeights: typed, crosshairs, ipaLevel } } };
    },
  };
}

/** @example '已载入分享链接中的结果：160 位受访者，22 个题项。' */
export function sharedNotice(state: ServqualState): string {
  const parsed = state.results ? parseServqualSharePayload(state.results.payload) : null;
  if (!parsed?.ok) return '已载入分享链接中的数据。';
  return `已载入分享链接中的结果：${formatCount(parsed.state.summary.respondents)} 位受访者，${parsed.state.summary.items.length} 个题项。`;
}

export const isStoredResults = (value: unknown): value is StoredResults =>
  isRecord(value) && typeof value.origin === 'string' && parseServqualSharePayload(value.payload).ok && Array.isArray(value.warnings) && value.warnings.every((warning) => typeof warning === 'string');
export const isViewSettings = (value: unknown): value is ViewSettings =>
  isRecord(value) && isRecord(value.typedWeights) && Object.values(value.typedWeights).every((text) => typeof text === 'string') && (value.crosshairs === 'data-mean' || value.crosshairs === 'scale-midpoint') && (value.ipaLevel === 'dimension' || value.ipaLevel === 'item');

/** The old page's three stored keys, gathered into one object by the hook. */
export function legacy(value: unknown): unknown {
  if (!isRecord(value) || !LEGACY_STORAGE_KEYS.some((key) => key in value)) return undefined;
  const [questionnaireKey, resultsKey, viewKey] = LEGACY_STORAGE_KEYS;
  return {
    questionnaire: isServqualQuestionnaire(value[questionnaireKey]) ? value[questionnaireKey] : initialState.questionnaire,
    results: isStoredResults(value[resultsKey]) ? value[resultsKey] : null,
    view: isViewSettings(value[viewKey]) ? value[viewKey] : DEFAULT_VIEW,
    importer: NO_IMPORT,
  };
}
