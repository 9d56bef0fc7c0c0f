/**
 * The column mapping of a SERVQUAL table: its shape, an empty one, how many items it completes,
 * and the check before an analysis. Guessing it from a table's headers is columnDetection.ts
 * (fetched only with a table).
 */
import { ANSWER_ROLES, formatRoles, referenceRole, type AnswerRole, type ServqualFormat } from './answerRoles';
import { DIMENSION_IDS, dimensionById, type DimensionId } from './dimensions';
import { numberedItems, usedDimensions, type ServqualQuestionnaire } from './questionnaire';
import { isRecord } from '../tool/isRecord';

/**
 * Which table column holds which answer: for every questionnaire item its E/P (or desired,
 * adequate, P) columns, and for every dimension its importance column. Column = index into the
 * table's headers; null = not in the table.
 */
export interface ItemColumns {
  itemId: string;
  columns: Record<AnswerRole, number | null>;
}

export interface ServqualColumnMapping {
  items: ItemColumns[];
  weights: Record<DimensionId, number | null>;
}

export type HeaderRole = AnswerRole | 'weight';

/** What a header says about its column. */
export interface HeaderReading {
  role: HeaderRole | null;
  /** Item number (or, for a weight, dimension number) from a code such as E3 or W2, or 第3题. */
  number: number | null;
  /** The dimension a weight column names. */
  dimension: DimensionId | null;
  /** The statement part, for matching against item wording. */
  statement: string;
}

/** A mapping with nothing assigned. */
export function emptyMapping(questionnaire: Pick<ServqualQuestionnaire, 'items'>): ServqualColumnMapping {
  return {
    items: numberedItems(questionnaire).map((item) => ({ itemId: item.id, columns: { expected: null, desired: null, adequate: null, perceived: null } })),
    weights: { tangibles: null, reliability: null, responsiveness: null, assurance: null, empathy: null },
  };
}

export type DetectionMethod = 'codes' | 'text' | 'order' | 'none';

export interface MappingDetection {
  mapping: ServqualColumnMapping;
  /** The format the headers point to (desired/adequate columns → three-column), or null when unclear. */
  format: ServqualFormat | null;
  /** How most columns were matched. */
  method: DetectionMethod;
  /** Rating columns assigned. */
  assigned: number;
  /** Chinese notes for the user (what was assumed, what is missing). */
  notes: string[];
}

/**
 * Items with both a perception column and the format's reference column (E, or desired for the
 * three-column format): the items an analysis can use.
 * @example completeItems(emptyMapping(questionnaire), questionnaire) // 0
 */
export function completeItems(mapping: ServqualColumnMapping, questionnaire: Pick<ServqualQuestionnaire, 'format'>): number {
  const reference = referenceRole(questionnaire.format);
  return mapping.items.filter((entry) => entry.columns.perceived !== null && entry.columns[reference] !== null).length;
}

export type MappingCheck = { ok: true; usableItemIds: string[]; hasWeights: boolean; warnings: string[] } | { ok: false; error: string };

/**
 * Checks a mapping before the analysis: columns exist, no column is used twice, at least one item
 * has both P and its expectation column. Items without them and incomplete weights are warnings.
 * @param mapping the chosen columns
 * @param questionnaire the questionnaire (format decides which roles are needed)
 * @param headers the table's headers (for the column names in messages)
 */
export function checkMapping(mapping: ServqualColumnMapping, questionnaire: ServqualQuestionnaire, headers: readonly string[]): MappingCheck {
  const items = numberedItems(questionnaire);
  const roles = formatRoles(questionnaire.format);
  const reference = referenceRole(questionnaire.format);
  const owners = new Map<number, string>();
  const columnName = (column: number) => `第 ${column + 1} 列「${headers[column] ?? ''}」`;
  const claim = (column: number | null, owner: string): string | null => {
    if (column === null) return null;
    if (!Number.isInteger(column) || column < 0 || column >= headers.length) return `${owner}选择的列不存在（表格只有 ${headers.length} 列）。`;
    const previous = owners.get(column);
    if (previous) return `${columnName(column)}同时被选作${previous}和${owner}：每列只能对应一项。`;
    owners.set(column, owner);
    return null;
  };
  const usableItemIds: string[] = [];
  const warnings: string[] = [];
  const incomplete: number[] = [];
  for (const item of items) {
    const entry = mapping.items.find((candidate) => candidate.itemId === item.id);
    for (const role of roles) {
      const error = claim(entry?.columns[role] ?? null, `第 ${item.number} 题的${ANSWER_ROLES[role].label}`);
      if (error) return { ok: false, error };
    }
    if (entry && entry.columns.perceived !== null && entry.columns[reference] !== null) usableItemIds.push(item.id);
    else incomplete.push(item.number);
  }
  const dimensions = usedDimensions(questionnaire);
  let weightCount = 0;
  for (const dimension of dimensions) {
    const error = claim(mapping.weights[dimension], `「${dimensionById(dimension).courseName}」的重要性`);
    if (error) return { ok: false, error };
    if (mapping.weights[dimension] !== null) weightCount += 1;
  }
  if (usableItemIds.length === 0) {
    return { ok: false, error: `还没有可计算的题项：每题至少需要选好「${ANSWER_ROLES[reference].label}」列和「感知」列。` };
  }
  if (incomplete.length > 0) {
    warnings.push(`第 ${incomplete.slice(0, 10).join('、')}${incomplete.length > 10 ? ' 等' : ''} 题缺少${ANSWER_ROLES[reference].label}或感知列，不计入结果。`);
  }
  if (weightCount > 0 && weightCount < dimensions.length) warnings.push('重要性列不完整（需要每个维度一列）：不计算加权得分。');
  return { ok: true, usableItemIds, hasWeights: weightCount === dimensions.length && dimensions.length > 0, warnings };
}

const isColumn = (value: unknown) => value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100_000);

/** Whether a stored value has the mapping's shape. */
export function isColumnMapping(value: unknown): value is ServqualColumnMapping {
  if (!isRecord(value) || !Array.isArray(value.items) || !isRecord(value.weights)) return false;
  const weights = value.weights;
  return (
    value.items.every((entry) => isRecord(entry) && typeof entry.itemId === 'string' && isRecord(entry.columns) && (['expected', 'desired', 'adequate', 'perceived'] as const).every((role) => isColumn((entry.columns as Record<string, unknown>)[role]))) &&
    DIMENSION_IDS.every((dimension) => isColumn(weights[dimension]))
  );
}
