import { ANSWER_ROLES, formatRoles, type AnswerRole } from './answerRoles';
import { dimensionById, type DimensionId } from './dimensions';
import { numberedItems, usedDimensions, type ServqualQuestionnaire } from './questionnaire';

/**
 * Column headers of the answer template. The importer recognises them automatically:
 * `E1 期望｜设施设备新颖、现代` — code (role letter + item number), role, the statement — and
 * `W1 重要性｜有形度` for the 100-point allocation. The code alone is enough (`E1`, `P12`).
 */
export const HEADER_SEPARATOR = '｜';

/**
 * The template header of one rating column.
 * @example ratingHeader('perceived', 3, '员工仪容整洁') // 'P3 感知｜员工仪容整洁'
 */
export function ratingHeader(role: AnswerRole, number: number, text: string): string {
  const info = ANSWER_ROLES[role];
  return `${info.code}${number} ${info.label}${HEADER_SEPARATOR}${text}`;
}

/**
 * The template header of one importance column (dimension in questionnaire order, 1-based).
 * @example weightHeader('tangibles', 1) // 'W1 重要性｜有形度'
 */
export function weightHeader(dimension: DimensionId, index: number): string {
  return `W${index} 重要性${HEADER_SEPARATOR}${dimensionById(dimension).courseName}`;
}

export interface TemplateColumn {
  header: string;
  kind: 'rating' | 'weight';
  itemId: string | null;
  role: AnswerRole | null;
  dimension: DimensionId;
}

/**
 * The template's columns: for each item (in printed order) its rating columns side by side —
 * E, P, or desired, adequate, P — as on the printed questionnaire, then one importance column per
 * dimension when weights are asked.
 * @example templateColumns(createQuestionnaire()).slice(0, 2).map((column) => column.header)
 * // ['E1 期望｜设施设备新颖、现代', 'P1 感知｜设施设备新颖、现代']
 */
export function templateColumns(questionnaire: ServqualQuestionnaire): TemplateColumn[] {
  const columns: TemplateColumn[] = [];
  for (const item of numberedItems(questionnaire)) {
    for (const role of formatRoles(questionnaire.format)) {
      columns.push({ header: ratingHeader(role, item.number, item.text), kind: 'rating', itemId: item.id, role, dimension: item.dimension });
    }
  }
  if (questionnaire.askWeights) {
    usedDimensions(questionnaire).forEach((dimension, index) => {
      columns.push({ header: weightHeader(dimension, index + 1), kind: 'weight', itemId: null, role: null, dimension });
    });
  }
  return columns;
}

/** The header row of the template. */
export function templateHeaders(questionnaire: ServqualQuestionnaire): string[] {
  return templateColumns(questionnaire).map((column) => column.header);
}

/**
 * The rows of the template's 填写说明 sheet (XLSX) or of the notes shown beside the CSV download.
 */
export function templateNotes(questionnaire: ServqualQuestionnaire): string[][] {
  const roles = formatRoles(questionnaire.format).map((role) => `${ANSWER_ROLES[role].code} = ${ANSWER_ROLES[role].label}（${ANSWER_ROLES[role].question}）`).join('；');
  const notes: string[][] = [
    ['项目', '说明'],
    ['每一行', '一位受访者；第 1 行是表头，请勿修改表头开头的代码（如 E1、P1）'],
    ['评分列', `填 1–${questionnaire.scaleMax} 的整数，1 = 非常不同意，${questionnaire.scaleMax} = 非常同意；没答可留空`],
    ['列代码', `${roles}；数字是题号`],
  ];
  const reversed = numberedItems(questionnaire).filter((item) => item.reversed);
  if (reversed.length > 0) {
    notes.push(['反向题', `第 ${reversed.map((item) => item.number).join('、')} 题为反向措辞：照原样填写答案，计算时自动按（${questionnaire.scaleMax} + 1）− 分数换算`]);
  }
  if (questionnaire.askWeights) {
    notes.push(['W 列（重要性）', `把 100 分分配给 ${usedDimensions(questionnaire).length} 个维度，越重要分越多；同一行的 W 列合计必须为 100`]);
  }
  return notes;
}
