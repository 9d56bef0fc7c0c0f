/**
 * What a rating column measures. SERVQUAL's two-column format asks each item twice — expected
 * (E, what an excellent provider would do) and perceived (P, what this provider does)
 * (Parasuraman, Zeithaml & Berry 1988, 1991). The three-column format of Parasuraman, Zeithaml &
 * Berry (1994) asks desired service (D), adequate (minimum acceptable) service (A) and perceived
 * service (P) side by side, so that the zone of tolerance (A … D) can be measured
 * (Zeithaml, Berry & Parasuraman 1993).
 *
 * References:
 * - Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1994). Alternative scales for measuring
 *   service quality: a comparative assessment based on psychometric and diagnostic criteria.
 *   Journal of Retailing, 70(3), 201–230.
 * - Zeithaml, V. A., Berry, L. L. & Parasuraman, A. (1993). The nature and determinants of
 *   customer expectations of service. Journal of the Academy of Marketing Science, 21(1), 1–12.
 */
export type AnswerRole = 'expected' | 'desired' | 'adequate' | 'perceived';
export type ServqualFormat = 'two-column' | 'three-column';

export interface AnswerRoleInfo {
  role: AnswerRole;
  /** One-letter code used in template headers: E1, P1, D1, A1. */
  code: 'E' | 'D' | 'A' | 'P';
  /** Short Chinese label: 期望, 理想, 可接受, 感知. */
  label: string;
  /** The question the column answers, for the printed questionnaire. */
  question: string;
}

export const ANSWER_ROLES: Readonly<Record<AnswerRole, AnswerRoleInfo>> = {
  expected: { role: 'expected', code: 'E', label: '期望', question: '一家出色的同类企业应当做到什么程度' },
  desired: { role: 'desired', code: 'D', label: '理想', question: '您希望得到的服务水平（理想水平）' },
  adequate: { role: 'adequate', code: 'A', label: '可接受', question: '您能接受的最低服务水平' },
  perceived: { role: 'perceived', code: 'P', label: '感知', question: '您实际感受到的服务水平' },
};

const FORMAT_ROLES: Readonly<Record<ServqualFormat, readonly AnswerRole[]>> = {
  'two-column': ['expected', 'perceived'],
  'three-column': ['desired', 'adequate', 'perceived'],
};

/**
 * The rating columns of a format, in the order they are asked.
 * @example formatRoles('three-column') // ['desired', 'adequate', 'perceived']
 */
export function formatRoles(format: ServqualFormat): readonly AnswerRole[] {
  return FORMAT_ROLES[format];
}

/**
 * The expectation standard that the SERVQUAL gap P − E is taken against: E in the two-column
 * format, desired service in the three-column format (the measure of service superiority,
 * MSS = P − D, PZB 1994).
 * @example referenceRole('three-column') // 'desired'
 */
export function referenceRole(format: ServqualFormat): 'expected' | 'desired' {
  return format === 'three-column' ? 'desired' : 'expected';
}

export const FORMAT_LABELS: Readonly<Record<ServqualFormat, string>> = {
  'two-column': '两栏式（期望 E、感知 P）',
  'three-column': '三栏式（理想、可接受、感知；容忍区间）',
};

export function isServqualFormat(value: unknown): value is ServqualFormat {
  return value === 'two-column' || value === 'three-column';
}

export function isAnswerRole(value: unknown): value is AnswerRole {
  return value === 'expected' || value === 'desired' || value === 'adequate' || value === 'perceived';
}
