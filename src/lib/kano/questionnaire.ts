import { KANO_ANSWERS } from './answers';
import { DEFAULT_PERSONAS } from './segments';

/**
 * A Kano questionnaire: for each feature a functional question ("if it is provided") and a
 * dysfunctional question ("if it is not provided"), both answered with the same five options;
 * optionally a self-stated importance question per feature (1–9) and a segment question.
 *
 * References: Berger et al. (1993), Center for Quality Management Journal 2(4), section IIa
 * (developing and administering Kano questionnaires) and IIb (self-stated importance);
 * Matzler & Hinterhuber (1998), Technovation 18(1), 25–38 (questionnaire construction).
 */
export interface KanoQuestionnaire {
  title: string;
  intro: string;
  /** Feature (功能/服务点) names, e.g. 接机服务. */
  features: string[];
  /** Wording of the functional question; {功能} is replaced by the feature name. */
  functionalWording: string;
  /** Wording of the dysfunctional question; {功能} is replaced by the feature name. */
  dysfunctionalWording: string;
  askImportance: boolean;
  importanceWording: string;
  askSegment: boolean;
  segmentQuestion: string;
  segments: string[];
}

export const FEATURE_PLACEHOLDER = '{功能}';

export const DEFAULT_QUESTIONNAIRE: KanoQuestionnaire = {
  title: '酒店服务需求调查',
  intro: '下面每项服务都有两个问题：一问“如果提供”，一问“如果不提供”。请凭第一感觉，在每题的五个选项中选一个。',
  features: ['接机服务', '儿童托管', '延迟退房'],
  functionalWording: '如果提供{功能}，您觉得？',
  dysfunctionalWording: '如果不提供{功能}，您觉得？',
  askImportance: true,
  importanceWording: '{功能}对您有多重要？（1 = 完全不重要，9 = 极其重要）',
  askSegment: true,
  segmentQuestion: '您这次出行属于哪一类？',
  segments: [...DEFAULT_PERSONAS],
};

export type QuestionKind = 'segment' | 'functional' | 'dysfunctional' | 'importance';

export interface QuestionnaireItem {
  /** 1-based question number as printed. */
  number: number;
  kind: QuestionKind;
  /** Feature name; empty for the segment question. */
  feature: string;
  text: string;
  options: string[];
  /** Column header of this question in the answer template. */
  column: string;
}

export const SEGMENT_COLUMN = '旅客类型';
export const IMPORTANCE_OPTIONS: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Template column headers: these are also what the importer recognises automatically. */
export function columnHeader(feature: string, kind: Exclude<QuestionKind, 'segment'>): string {
  const suffix = kind === 'functional' ? '正向' : kind === 'dysfunctional' ? '反向' : '重要性';
  return `${feature}（${suffix}）`;
}

function fill(wording: string, feature: string): string {
  return wording.split(FEATURE_PLACEHOLDER).join(feature);
}

export type QuestionnaireCheck = { ok: true; questionnaire: KanoQuestionnaire } | { ok: false; errors: string[] };

/**
 * Checks a questionnaire as the trainer typed it: trims names, and reports empty or repeated
 * features, wordings without {功能}, and a segment question without answers, in Chinese.
 */
export function checkQuestionnaire(input: KanoQuestionnaire): QuestionnaireCheck {
  const errors: string[] = [];
  const features = input.features.map((feature) => feature.trim()).filter((feature) => feature !== '');
  if (features.length === 0) errors.push('请至少填写一项功能或服务点。');
  const seen = new Set<string>();
  for (const feature of features) {
    if (seen.has(feature)) errors.push(`功能「${feature}」重复出现，请合并或改名。`);
    seen.add(feature);
  }
  for (const [label, wording] of [
    ['正向问题', input.functionalWording],
    ['反向问题', input.dysfunctionalWording],
    ...(input.askImportance ? [['重要性问题', input.importanceWording]] : []),
  ] as const) {
    if (!wording.includes(FEATURE_PLACEHOLDER)) errors.push(`${label}的措辞里缺少 ${FEATURE_PLACEHOLDER}，无法代入功能名称。`);
  }
  const segments = input.segments.map((segment) => segment.trim()).filter((segment) => segment !== '');
  if (input.askSegment && segments.length < 2) errors.push('客群问题至少需要两个选项。');
  if (new Set(segments).size !== segments.length) errors.push('客群选项有重复。');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, questionnaire: { ...input, features, segments } };
}

/**
 * The questions in printed order: the segment question, then the functional and dysfunctional
 * question of each feature in turn, then (if asked) the importance questions as a separate
 * section, as Berger et al. (1993) recommend so that rating importance does not colour the
 * Kano answers.
 *
 * @param questionnaire a checked questionnaire
 * @returns the numbered questions with their options and template column headers
 */
export function questionnaireItems(questionnaire: KanoQuestionnaire): QuestionnaireItem[] {
  const answers = KANO_ANSWERS.map((answer) => answer.label);
  const items: Omit<QuestionnaireItem, 'number'>[] = [];
  if (questionnaire.askSegment) {
    items.push({ kind: 'segment', feature: '', text: questionnaire.segmentQuestion, options: [...questionnaire.segments], column: SEGMENT_COLUMN });
  }
  for (const feature of questionnaire.features) {
    items.push({ kind: 'functional', feature, text: fill(questionnaire.functionalWording, feature), options: answers, column: columnHeader(feature, 'functional') });
    items.push({ kind: 'dysfunctional', feature, text: fill(questionnaire.dysfunctionalWording, feature), options: answers, column: columnHeader(feature, 'dysfunctional') });
  }
  if (questionnaire.askImportance) {
    for (const feature of questionnaire.features) {
      items.push({ kind: 'importance', feature, text: fill(questionnaire.importanceWording, feature), options: [...IMPORTANCE_OPTIONS], column: columnHeader(feature, 'importance') });
    }
  }
  return items.map((item, index) => ({ ...item, number: index + 1 }));
}

/** Whether a value read back from storage or a share link has the questionnaire's shape. */
export function isKanoQuestionnaire(value: unknown): value is KanoQuestionnaire {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  const strings = (list: unknown) => Array.isArray(list) && list.length <= 200 && list.every((item) => typeof item === 'string' && item.length <= 200);
  const text = (item: unknown) => typeof item === 'string' && item.length <= 1000;
  return (
    text(candidate.title) &&
    text(candidate.intro) &&
    strings(candidate.features) &&
    text(candidate.functionalWording) &&
    text(candidate.dysfunctionalWording) &&
    typeof candidate.askImportance === 'boolean' &&
    text(candidate.importanceWording) &&
    typeof candidate.askSegment === 'boolean' &&
    text(candidate.segmentQuestion) &&
    strings(candidate.segments)
  );
}
