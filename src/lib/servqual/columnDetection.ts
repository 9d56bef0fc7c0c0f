/**
 * Which columns of a loaded table hold which SERVQUAL answers, guessed from the headers (codes,
 * role words, the items' wording) and, when they say nothing, from the values. Fetched with a
 * table (loaded.ts), not with the page; the mapping itself and its check are in columnMapping.ts.
 */
import { detectScoreColumns, type TableLike } from '../import/detect';
import { cleanHeader, isMetaColumn, splitMatrixHeader } from '../import/headers';
import type { ColumnProfile } from '../import/profile';
import { ANSWER_ROLES, formatRoles, referenceRole, type AnswerRole, type ServqualFormat } from './answerRoles';
import { emptyMapping, type DetectionMethod, type HeaderReading, type HeaderRole, type MappingDetection } from './columnMapping';
import { DIMENSION_IDS, DIMENSION_KEYWORDS, type DimensionId } from './dimensions';
import { numberedItems, usedDimensions, type NumberedItem, type ServqualQuestionnaire } from './questionnaire';

const CODE_AT_START = /^([EPDAW])\s*[-_.]?\s*(\d{1,3})(?!\d)/i;
const CODE_IN_BRACKETS = /[（(【[]\s*([EPDAW])\s*[-_.]?\s*(\d{1,3})(?!\d)[^）)】\]]{0,12}[）)】\]]/i;
const CODE_ROLES: Readonly<Record<string, HeaderRole>> = { E: 'expected', P: 'perceived', D: 'desired', A: 'adequate', W: 'weight' };

/** Role words, checked in this order (“最低可接受的期望” is adequate, not expected). */
const ROLE_WORDS: readonly (readonly [HeaderRole, readonly string[]])[] = [
  ['adequate', ['最低', '可接受', '可以接受', '合格', '容忍下限', 'adequate', 'minimum']],
  ['desired', ['理想', '渴望', '希望得到', 'desired']],
  ['weight', ['重要性', '重要程度', '权重', '分配', 'weight', 'importance']],
  ['perceived', ['感知', '实际', '感受', '体验', '表现', 'perceiv', 'perception', 'actual']],
  ['expected', ['期望', '预期', '期待', 'expect']],
];

const ALL_ROLE_WORDS = ROLE_WORDS.flatMap(([, words]) => words);
const SEPARATORS = /[｜|]/;
/** A respondent-number column (1, 2, 3 … also fits a 1–7 scale at first). */
const ID_HEADER = /^(?:id|编号|序号|受访者|样本|no\.?|#)$/i;

function roleFromWords(text: string): HeaderRole | null {
  const lowered = text.toLowerCase();
  for (const [role, words] of ROLE_WORDS) if (words.some((word) => lowered.includes(word))) return role;
  return null;
}

/**
 * The role of a header without a separator, e.g. `设施新颖（期望）` or `期望3`: a role word in
 * brackets or at either end wins over one inside the statement (“了解顾客的实际需要” is not P).
 */
function roleInPlainHeader(header: string): HeaderRole | null {
  for (const match of header.matchAll(/[（(【[]([^）)】\]]*)[）)】\]]/g)) {
    const role = roleFromWords(match[1]!);
    if (role) return role;
  }
  return roleFromWords(header.slice(0, 4)) ?? roleFromWords(header.slice(-6)) ?? roleFromWords(header);
}

function dimensionFromWords(text: string): DimensionId | null {
  const lowered = text.toLowerCase();
  for (const dimension of DIMENSION_IDS) if (DIMENSION_KEYWORDS[dimension].some((word) => lowered.includes(word))) return dimension;
  return null;
}

const ROLE_WORD_PATTERN = ALL_ROLE_WORDS.join('|');
const LEADING_ROLE = new RegExp(`^(?:${ROLE_WORD_PATTERN})\\s*[-_.#]?\\s*\\d{0,3}(?!\\d)`, 'i');
const TRAILING_ROLE = new RegExp(`(?:${ROLE_WORD_PATTERN})\\s*[-_.#]?\\s*\\d{0,3}$`, 'i');

/** The statement of a header without a separator: codes, bracketed role words, 第N题 and a role word at either end removed. */
function plainStatement(header: string): string {
  return header
    .replace(CODE_AT_START, '')
    .replace(CODE_IN_BRACKETS, '')
    .replace(/[（(【[]([^）)】\]]*)[）)】\]]/g, (bracket, inside: string) => (roleFromWords(inside) ? '' : bracket))
    .replace(/第\s*\d{1,3}\s*[题项]/g, '')
    .trim()
    .replace(LEADING_ROLE, '')
    .replace(TRAILING_ROLE, '')
    .replace(/^[\s：:、.\-—_]+|[\s：:、.\-—_]+$/g, '');
}

/**
 * Reads a header of a SERVQUAL answer sheet: the template's `E3 期望｜…`, a 问卷星 matrix
 * column `5、您对一家出色酒店的期望—设施设备新颖`, or a hand-made `期望3` / `设施新颖（感知）`.
 * @example readServqualHeader('P12 感知｜员工总是乐意帮助顾客') // { role: 'perceived', number: 12, dimension: null, statement: '员工总是乐意帮助顾客' }
 * @example readServqualHeader('W2 重要性｜可靠度') // { role: 'weight', number: 2, dimension: 'reliability', statement: '可靠度' }
 */
export function readServqualHeader(header: string): HeaderReading {
  const clean = cleanHeader(header);
  let label = clean;
  let statement = '';
  const separator = SEPARATORS.exec(clean);
  if (separator) {
    label = clean.slice(0, separator.index).trim();
    statement = clean.slice(separator.index + 1).trim();
  } else {
    const matrix = splitMatrixHeader(clean);
    if (matrix.item !== null) {
      label = matrix.question;
      statement = matrix.item;
    }
  }

  let role: HeaderRole | null = null;
  let number: number | null = null;
  const code = CODE_AT_START.exec(label) ?? CODE_IN_BRACKETS.exec(clean);
  if (code) {
    role = CODE_ROLES[code[1]!.toUpperCase()] ?? null;
    number = Number(code[2]);
  }
  role ??= statement === '' ? roleInPlainHeader(label) : roleFromWords(label) ?? roleFromWords(statement);
  if (number === null) {
    const numbered = /第\s*(\d{1,3})\s*[题项]/.exec(label) ?? new RegExp(`(?:${ALL_ROLE_WORDS.join('|')})\\s*[-_.#]?\\s*(\\d{1,3})(?!\\d)`, 'i').exec(label);
    if (numbered) number = Number(numbered[1]);
  }
  if (statement === '') statement = plainStatement(clean);
  const dimension = role === 'weight' ? dimensionFromWords(clean) : null;
  return { role, number, dimension, statement };
}

/** Wording compared without spaces, punctuation and case. */
export function normaliseStatement(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

function statementMatches(statement: string, itemText: string): boolean {
  const a = normaliseStatement(statement);
  const b = normaliseStatement(itemText);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const shorter = a.length <= b.length ? a : b;
  return shorter.length >= 4 && (a.includes(b) || b.includes(a));
}

/**
 * Guesses the mapping from the headers (and, when the headers say nothing, from which columns
 * hold 1–scale-max integers): codes E1/P1/D1/A1/W1 first, then the items' wording, then column
 * order within a role, and as a last resort the column order of the whole table
 * (all expectations first, then all perceptions — the order of the 1988 questionnaire).
 *
 * @param table headers and some rows
 * @param questionnaire the current questionnaire (items and format)
 * @param profiles the column profiles over all rows (the worker's); when given, the rating columns are judged from them, not from `table.rows`
 * @returns the mapping (for the questionnaire's own format) and notes; `format` is what the headers suggest, which may differ
 */
export function detectServqualColumns(table: TableLike, questionnaire: ServqualQuestionnaire, profiles?: readonly ColumnProfile[]): MappingDetection {
  const items = numberedItems(questionnaire);
  const mapping = emptyMapping(questionnaire);
  const byId = new Map(mapping.items.map((entry) => [entry.itemId, entry]));
  const readings = table.headers.map((header) => (isMetaColumn(header) ? null : readServqualHeader(header)));
  const rolesSeen = new Set(readings.flatMap((reading) => (reading?.role ? [reading.role] : [])));
  const format: ServqualFormat | null = rolesSeen.has('desired') || rolesSeen.has('adequate') ? 'three-column' : rolesSeen.has('expected') ? 'two-column' : null;
  // The questionnaire's format decides the roles: headers may only suggest another (see state.ts).
  const roles = formatRoles(questionnaire.format);
  const used = new Set<number>();
  const notes: string[] = [];
  let byCode = 0;
  let byText = 0;
  let byOrder = 0;

  const assign = (item: NumberedItem, role: AnswerRole, column: number) => {
    const entry = byId.get(item.id)!;
    if (entry.columns[role] !== null || used.has(column)) return false;
    entry.columns[role] = column;
    used.add(column);
    return true;
  };

  // 1. Codes / numbers.
  readings.forEach((reading, column) => {
    if (!reading || !reading.role || reading.role === 'weight' || reading.number === null) return;
    const item = items[reading.number - 1];
    if (item && roles.includes(reading.role) && assign(item, reading.role, column)) byCode += 1;
  });
  // 2. Wording.
  readings.forEach((reading, column) => {
    if (!reading || !reading.role || reading.role === 'weight' || used.has(column) || !roles.includes(reading.role)) return;
    const candidates = items.filter((item) => byId.get(item.id)!.columns[reading.role as AnswerRole] === null && statementMatches(reading.statement, item.text));
    if (candidates.length === 1 && assign(candidates[0]!, reading.role, column)) byText += 1;
  });
  // 3. Order within a role, when the leftover columns and items of that role pair up exactly.
  for (const role of roles) {
    const columns = readings.flatMap((reading, column) => (reading?.role === role && !used.has(column) ? [column] : []));
    const open = items.filter((item) => byId.get(item.id)!.columns[role] === null);
    if (columns.length > 0 && columns.length === open.length) {
      columns.forEach((column, index) => assign(open[index]!, role, column));
      byOrder += columns.length;
    }
  }
  // 4. No role anywhere: the rating columns in table order, one block per role.
  if (byCode + byText + byOrder === 0 && rolesSeen.size === 0) {
    const scoreColumns = (profiles ? ratingColumns(profiles, questionnaire.scaleMax) : detectScoreColumns(table, { min: 1, max: questionnaire.scaleMax })).filter((column) => !used.has(column) && !ID_HEADER.test(cleanHeader(table.headers[column] ?? '')));
    const needed = items.length * roles.length;
    if (items.length > 0 && scoreColumns.length === needed) {
      roles.forEach((role, block) => items.forEach((item, index) => assign(item, role, scoreColumns[block * items.length + index]!)));
      byOrder += needed;
      notes.push(`表头里没有“期望/感知”等字样：已按列的顺序对应，前 ${items.length} 列为${ANSWER_ROLES[roles[0]!].label}${roles.slice(1).map((role) => `，其后 ${items.length} 列为${ANSWER_ROLES[role].label}`).join('')}。请在下方核对。`);
    } else if (scoreColumns.length > 0) {
      notes.push(`表头里没有“期望/感知”或 E1、P1 等代码，且 1–${questionnaire.scaleMax} 分的列有 ${scoreColumns.length} 列，与问卷的 ${items.length} 题 × ${roles.length} 栏 = ${needed} 列对不上：请在下方逐项选择列，或先按问卷调整题项。`);
    }
  }

  // Weights.
  const dimensions = usedDimensions(questionnaire);
  readings.forEach((reading, column) => {
    if (reading?.role !== 'weight' || used.has(column)) return;
    const dimension = reading.dimension ?? (reading.number !== null ? dimensions[reading.number - 1] ?? null : null);
    if (dimension && mapping.weights[dimension] === null) {
      mapping.weights[dimension] = column;
      used.add(column);
    }
  });

  const assigned = byCode + byText + byOrder;
  const method: DetectionMethod = assigned === 0 ? 'none' : byCode >= byText && byCode >= byOrder ? 'codes' : byText >= byOrder ? 'text' : 'order';
  if (format !== null && format !== questionnaire.format) {
    notes.push(`表头像${format === 'three-column' ? '三栏式（理想、可接受、感知）' : '两栏式（期望、感知）'}数据，与当前问卷的格式不同：仍按当前格式对应，问卷格式没有改变。`);
  }
  const missing = items.filter((item) => {
    const columns = byId.get(item.id)!.columns;
    return columns.perceived === null || columns[referenceRole(questionnaire.format)] === null;
  });
  if (assigned > 0 && missing.length > 0) {
    notes.push(`${missing.length} 个题项没有找到完整的评分列（${missing.slice(0, 5).map((item) => `第 ${item.number} 题`).join('、')}${missing.length > 5 ? ' 等' : ''}），这些题项不计入结果。`);
  }
  const weightCount = dimensions.filter((dimension) => mapping.weights[dimension] !== null).length;
  if (weightCount > 0 && weightCount < dimensions.length) {
    notes.push(`只找到 ${weightCount} 个维度的重要性列（共 ${dimensions.length} 个维度）：重要性分配不完整，加权得分将不计算。`);
  }
  if (assigned === 0 && notes.length === 0) notes.push('没有识别出 SERVQUAL 评分列：请在下方逐项选择列。');
  return { mapping, format, method, assigned, notes };
}

/** Columns whose every answer (over all rows) is an integer 1…scaleMax, not meta or ids. */
function ratingColumns(profiles: readonly ColumnProfile[], scaleMax: number): number[] {
  return profiles
    .filter((profile) => !profile.meta && !profile.sequential && profile.numbers > 0 && profile.text === 0 && profile.integers === profile.numbers && profile.min! >= 1 && profile.max! <= scaleMax)
    .map((profile) => profile.index);
}

