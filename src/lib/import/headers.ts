/**
 * 问卷星 (wjx.cn) export conventions.
 * Meta columns come before the questions: 序号 · 提交答卷时间 · 所用时间 · 来源 · 来源详情 · 来自IP
 * (newer exports add 总分, 答题序号, 微信昵称 …). Question headers are numbered `3、题干`;
 * matrix questions get one column per row item, `13、题干—外观`.
 */
export const META_COLUMNS: readonly string[] = [
  '序号',
  '答卷编号',
  '用户ID',
  '提交答卷时间',
  '开始答题时间',
  '结束答题时间',
  '所用时间',
  '来源',
  '来源详情',
  '来自IP',
  '来自ip',
  'IP',
  'IP地址',
  '微信昵称',
  '总分',
  '答题序号',
];

const META_SET = new Set(META_COLUMNS.map((name) => name.toLowerCase()));
/** Leading question numbering: `3、` `3.` `3．` `Q3.` `Q3、` `Q3:` `第3题` `(3)` … */
const NUMBERING = /^\s*(?:[Qq]\s*(\d+(?:[._]\d+)*)\s*[.、．:：_\s]?|(\d+(?:[._]\d+)*)\s*[、.．:：)）]|第\s*(\d+)\s*题\s*[、.．:：]?|[(（](\d+)[)）])\s*/;
/** Separator between a matrix question and its row item: 问卷星 writes an em dash. */
const MATRIX_SEPARATOR = /\s*(?:——|—|－|–)\s*/;

/** True when the header is one of 问卷星's answer-sheet meta columns (ignores spaces and case). */
export function isMetaColumn(header: string): boolean {
  return META_SET.has(header.replace(/\s+/g, '').toLowerCase());
}

/** 问卷星 layout: at least two of its meta column names among the first columns. */
export function detectQuestionnaireStar(headers: readonly string[]): boolean {
  let found = 0;
  for (const header of headers.slice(0, 20)) if (isMetaColumn(header)) found += 1;
  return found >= 2;
}

/**
 * The question number in a header, if any.
 * @example questionNumber('3、您有多大可能向朋友推荐我们？') // '3'
 */
export function questionNumber(header: string): string | null {
  const match = NUMBERING.exec(header);
  if (!match) return null;
  return (match[1] ?? match[2] ?? match[3] ?? match[4] ?? null)?.replace('_', '.') ?? null;
}

/**
 * A header without its question numbering.
 * @example cleanHeader('3、您有多大可能向朋友推荐我们？') // '您有多大可能向朋友推荐我们？'
 * @example cleanHeader('Q3. 推荐意愿') // '推荐意愿'
 */
export function cleanHeader(header: string): string {
  const trimmed = header.replace(/\s+/g, ' ').trim();
  const match = NUMBERING.exec(trimmed);
  if (!match) return trimmed;
  const rest = trimmed.slice(match[0].length).trim();
  // A header that is only a number (e.g. “3.”) keeps its text.
  return rest === '' ? trimmed : rest;
}

/**
 * Splits a 问卷星 matrix sub-column header into question and row item (numbering removed).
 * @example splitMatrixHeader('13、请评价以下方面—外观') // { question: '请评价以下方面', item: '外观' }
 * @example splitMatrixHeader('3、推荐意愿') // { question: '推荐意愿', item: null }
 */
export function splitMatrixHeader(header: string): { question: string; item: string | null } {
  const clean = cleanHeader(header);
  const parts = clean.split(MATRIX_SEPARATOR);
  if (parts.length < 2) return { question: clean, item: null };
  const item = parts.pop()!.trim();
  const question = parts.join('—').trim();
  if (question === '' || item === '') return { question: clean, item: null };
  return { question, item };
}
