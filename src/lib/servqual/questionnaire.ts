import { isServqualFormat, type ServqualFormat } from './answerRoles';
import { DIMENSION_IDS, dimensionById, isDimensionId, type DimensionId } from './dimensions';
import { ITEM_BANK } from './itemBank';
import { isPresetId, presetById, type PresetId } from './presets';
import { DEFAULT_SCALE_MAX, isScaleMax, type ScaleMax } from './scale';
import { isRecord } from '../tool/isRecord';

/**
 * An editable SERVQUAL questionnaire: the items (grouped by dimension), the scale, the format
 * (two-column E/P or three-column desired/adequate/perceived) and whether respondents allocate
 * 100 importance points over the five dimensions (PZB 1991). Plain data: it is persisted, shared
 * and sent to the worker as is. Every edit returns a new questionnaire.
 */
export interface QuestionnaireItem {
  /** Stable id: i1 … i22 for bank items, c1, c2 … for items the trainer added. */
  id: string;
  dimension: DimensionId;
  text: string;
  /** Negatively worded (1988 style): scored (scale max + 1) − x. */
  reversed: boolean;
}

export interface ServqualQuestionnaire {
  presetId: PresetId;
  title: string;
  /** The provider being rated, e.g. 本酒店. */
  provider: string;
  /** An excellent provider of the kind, used in the expectation question, e.g. 一家出色的酒店. */
  excellentProvider: string;
  scaleMax: ScaleMax;
  format: ServqualFormat;
  /** Ask for a 100-point allocation of importance over the five dimensions. */
  askWeights: boolean;
  /** Items, kept grouped in dimension order. */
  items: QuestionnaireItem[];
}

/** An item with its printed number (1-based, in dimension order). */
export interface NumberedItem extends QuestionnaireItem {
  number: number;
}

export const MAX_ITEMS = 60;
export const MAX_TEXT_LENGTH = 120;

/**
 * A questionnaire from an industry preset: the 22 items reworded for the setting.
 * @param presetId generic · hotel · scenic · airline · airport
 * @param settings scale, format and weights (kept when switching presets)
 * @example createQuestionnaire('hotel').items.length // 22
 */
export function createQuestionnaire(
  presetId: PresetId = 'generic',
  settings: Partial<Pick<ServqualQuestionnaire, 'scaleMax' | 'format' | 'askWeights'>> = {},
): ServqualQuestionnaire {
  const preset = presetById(presetId);
  return {
    presetId,
    title: preset.title,
    provider: preset.provider,
    excellentProvider: preset.excellentProvider,
    scaleMax: settings.scaleMax ?? DEFAULT_SCALE_MAX,
    format: settings.format ?? 'two-column',
    askWeights: settings.askWeights ?? true,
    items: ITEM_BANK.map((item, index) => ({ id: `i${item.number}`, dimension: item.dimension, text: preset.texts[index]!, reversed: false })),
  };
}

/** Items in dimension order (stable within a dimension). */
function grouped(items: readonly QuestionnaireItem[]): QuestionnaireItem[] {
  const order = (dimension: DimensionId) => DIMENSION_IDS.indexOf(dimension);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => order(a.item.dimension) - order(b.item.dimension) || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The items numbered as printed: 1 … n in dimension order.
 * @example numberedItems(createQuestionnaire())[4] // { id: 'i5', number: 5, dimension: 'reliability', … }
 */
export function numberedItems(questionnaire: Pick<ServqualQuestionnaire, 'items'>): NumberedItem[] {
  return grouped(questionnaire.items).map((item, index) => ({ ...item, number: index + 1 }));
}

/** The items of one dimension, numbered. */
export function dimensionItems(questionnaire: Pick<ServqualQuestionnaire, 'items'>, dimension: DimensionId): NumberedItem[] {
  return numberedItems(questionnaire).filter((item) => item.dimension === dimension);
}

function withItems(questionnaire: ServqualQuestionnaire, items: QuestionnaireItem[]): ServqualQuestionnaire {
  return { ...questionnaire, items: grouped(items) };
}

/** The next free id for an added item: c1, c2 … */
function nextCustomId(items: readonly QuestionnaireItem[]): string {
  let highest = 0;
  for (const item of items) {
    const match = /^c(\d+)$/.exec(item.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `c${highest + 1}`;
}

/**
 * Adds an item at the end of a dimension.
 * @returns the new questionnaire and the new item's id
 * @example addItem(createQuestionnaire(), 'empathy', '记得常客的偏好').questionnaire.items.length // 23
 */
export function addItem(questionnaire: ServqualQuestionnaire, dimension: DimensionId, text = ''): { questionnaire: ServqualQuestionnaire; id: string } {
  const id = nextCustomId(questionnaire.items);
  return { questionnaire: withItems(questionnaire, [...questionnaire.items, { id, dimension, text, reversed: false }]), id };
}

/** Removes an item (unknown ids change nothing). */
export function removeItem(questionnaire: ServqualQuestionnaire, id: string): ServqualQuestionnaire {
  return withItems(questionnaire, questionnaire.items.filter((item) => item.id !== id));
}

/** Changes an item's wording. */
export function rewordItem(questionnaire: ServqualQuestionnaire, id: string, text: string): ServqualQuestionnaire {
  return withItems(questionnaire, questionnaire.items.map((item) => (item.id === id ? { ...item, text } : item)));
}

/** Marks an item as negatively worded (scored reversed) or not. */
export function setItemReversed(questionnaire: ServqualQuestionnaire, id: string, reversed: boolean): ServqualQuestionnaire {
  return withItems(questionnaire, questionnaire.items.map((item) => (item.id === id ? { ...item, reversed } : item)));
}

/** Moves an item to another dimension (it goes to the end of that dimension). */
export function moveItemToDimension(questionnaire: ServqualQuestionnaire, id: string, dimension: DimensionId): ServqualQuestionnaire {
  const item = questionnaire.items.find((candidate) => candidate.id === id);
  if (!item || item.dimension === dimension) return questionnaire;
  return withItems(questionnaire, [...questionnaire.items.filter((candidate) => candidate.id !== id), { ...item, dimension }]);
}

/**
 * Moves an item one place up (−1) or down (+1) within its dimension; at either end nothing changes.
 * @example moveItem(createQuestionnaire(), 'i2', -1).items[0].id // 'i2'
 */
export function moveItem(questionnaire: ServqualQuestionnaire, id: string, direction: -1 | 1): ServqualQuestionnaire {
  const items = grouped(questionnaire.items);
  const index = items.findIndex((item) => item.id === id);
  const target = index + direction;
  if (index === -1 || target < 0 || target >= items.length || items[target]!.dimension !== items[index]!.dimension) return questionnaire;
  const swapped = [...items];
  [swapped[index], swapped[target]] = [swapped[target]!, swapped[index]!];
  return { ...questionnaire, items: swapped };
}

export type QuestionnaireCheck =
  | { ok: true; questionnaire: ServqualQuestionnaire; warnings: string[] }
  | { ok: false; errors: string[] };

/**
 * Checks a questionnaire as the trainer edited it: trims wording, and reports in Chinese an empty
 * questionnaire, empty or repeated items, too many items, and (as warnings) dimensions with fewer
 * than two items (no Cronbach's α) or none at all.
 * @example checkQuestionnaire(createQuestionnaire('hotel')).ok // true
 */
export function checkQuestionnaire(input: ServqualQuestionnaire): QuestionnaireCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const items = numberedItems({ items: input.items.map((item) => ({ ...item, text: item.text.trim() })) });
  if (items.length === 0) errors.push('问卷里还没有题项：请至少为一个维度添加题项。');
  if (items.length > MAX_ITEMS) errors.push(`题项太多（${items.length} 项）：最多 ${MAX_ITEMS} 项。`);
  const seen = new Map<string, number>();
  for (const item of items) {
    if (item.text === '') errors.push(`第 ${item.number} 题（${dimensionById(item.dimension).courseName}）的措辞是空的：请填写或删除该题。`);
    else if (item.text.length > MAX_TEXT_LENGTH) errors.push(`第 ${item.number} 题的措辞超过 ${MAX_TEXT_LENGTH} 个字，请精简。`);
    else if (seen.has(item.text)) errors.push(`第 ${item.number} 题与第 ${seen.get(item.text)} 题的措辞相同，请修改或删除其中一题。`);
    else seen.set(item.text, item.number);
  }
  for (const dimension of DIMENSION_IDS) {
    const count = items.filter((item) => item.dimension === dimension).length;
    const name = dimensionById(dimension).courseName;
    if (count === 0) warnings.push(`「${name}」没有题项：结果中不计算这个维度。`);
    else if (count === 1) warnings.push(`「${name}」只有 1 个题项：无法计算该维度的 Cronbach's α。`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, questionnaire: { ...input, title: input.title.trim(), items: items.map(({ id, dimension, text, reversed }) => ({ id, dimension, text, reversed })) }, warnings };
}

/** Dimensions that have at least one item, in order. */
export function usedDimensions(questionnaire: Pick<ServqualQuestionnaire, 'items'>): DimensionId[] {
  return DIMENSION_IDS.filter((dimension) => questionnaire.items.some((item) => item.dimension === dimension));
}

const isText = (value: unknown, limit = 1000): value is string => typeof value === 'string' && value.length <= limit;

/** Whether a stored or shared value has the shape of one item. */
export function isQuestionnaireItem(value: unknown): value is QuestionnaireItem {
  return isRecord(value) && isText(value.id, 20) && /^[a-z]\d{1,4}$/.test(value.id) && isDimensionId(value.dimension) && isText(value.text, MAX_TEXT_LENGTH * 2) && typeof value.reversed === 'boolean';
}

/** Whether a value read back from storage or a share link has the questionnaire's shape. */
export function isServqualQuestionnaire(value: unknown): value is ServqualQuestionnaire {
  if (!isRecord(value)) return false;
  const { presetId, title, provider, excellentProvider, scaleMax, format, askWeights, items } = value;
  return (
    isPresetId(presetId) &&
    isText(title, 200) &&
    isText(provider, 100) &&
    isText(excellentProvider, 100) &&
    isScaleMax(scaleMax) &&
    isServqualFormat(format) &&
    typeof askWeights === 'boolean' &&
    Array.isArray(items) &&
    items.length <= MAX_ITEMS * 2 &&
    items.every(isQuestionnaireItem) &&
    new Set(items.map((item) => (item as QuestionnaireItem).id)).size === items.length
  );
}
