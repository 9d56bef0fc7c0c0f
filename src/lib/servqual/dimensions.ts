/**
 * The five SERVQUAL dimensions, in the order of the 22-item scale, with the course's own names
 * (lecture 3: 有形度、可靠度、反应度、专业度、同理度).
 *
 * References:
 * - Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). SERVQUAL: A multiple-item scale for
 *   measuring consumer perceptions of service quality. Journal of Retailing, 64(1), 12–40.
 * - Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Refinement and reassessment of the
 *   SERVQUAL scale. Journal of Retailing, 67(4), 420–450.
 */

export type DimensionId = 'tangibles' | 'reliability' | 'responsiveness' | 'assurance' | 'empathy';

export interface ServqualDimension {
  id: DimensionId;
  /** The usual Chinese name of the SERVQUAL dimension, e.g. 有形性. */
  name: string;
  /** The course's name (lecture 3), e.g. 有形度. */
  courseName: string;
  english: string;
  /** Item numbers of the 22-item scale (1991 order). */
  firstItem: number;
  lastItem: number;
  /** What the dimension covers, in one line (PZB 1988, table 1, paraphrased). */
  definition: string;
}

export const DIMENSIONS: readonly ServqualDimension[] = [
  { id: 'tangibles', name: '有形性', courseName: '有形度', english: 'Tangibles', firstItem: 1, lastItem: 4, definition: '设施、设备、人员和资料等看得见的部分' },
  { id: 'reliability', name: '可靠性', courseName: '可靠度', english: 'Reliability', firstItem: 5, lastItem: 9, definition: '准确、可靠地履行所承诺的服务' },
  { id: 'responsiveness', name: '响应性', courseName: '反应度', english: 'Responsiveness', firstItem: 10, lastItem: 13, definition: '乐意帮助顾客并迅速提供服务' },
  { id: 'assurance', name: '保证性', courseName: '专业度', english: 'Assurance', firstItem: 14, lastItem: 17, definition: '员工的知识和礼貌，以及让人信任、放心的能力' },
  { id: 'empathy', name: '移情性', courseName: '同理度', english: 'Empathy', firstItem: 18, lastItem: 22, definition: '对每位顾客的关心和个别化的照顾' },
];

export const DIMENSION_IDS: readonly DimensionId[] = DIMENSIONS.map((dimension) => dimension.id);

const BY_ID = new Map(DIMENSIONS.map((dimension) => [dimension.id, dimension]));

/**
 * A dimension's definition.
 * @throws {RangeError} for an unknown id (a programmer error)
 * @example dimensionById('empathy').courseName // '同理度'
 */
export function dimensionById(id: DimensionId): ServqualDimension {
  const dimension = BY_ID.get(id);
  if (!dimension) throw new RangeError(`dimensionById: unknown dimension ${String(id)}`);
  return dimension;
}

/**
 * The label shown in tables: course name first, SERVQUAL name beside it.
 * @example dimensionLabel('assurance') // '专业度（保证性）'
 */
export function dimensionLabel(id: DimensionId): string {
  const dimension = dimensionById(id);
  return `${dimension.courseName}（${dimension.name}）`;
}

/** Whether a value is one of the five dimension ids. */
export function isDimensionId(value: unknown): value is DimensionId {
  return typeof value === 'string' && BY_ID.has(value as DimensionId);
}

/** Header words that name each dimension (course, SERVQUAL, English, common synonyms). */
export const DIMENSION_KEYWORDS: Readonly<Record<DimensionId, readonly string[]>> = {
  tangibles: ['有形', 'tangib'],
  reliability: ['可靠', 'reliab'],
  responsiveness: ['响应', '反应', 'respons'],
  assurance: ['保证', '专业', 'assur'],
  empathy: ['移情', '同理', '关怀', 'empath'],
};
