import { ANSWER_ROLES, formatRoles, type AnswerRole } from './answerRoles';
import { dimensionById } from './dimensions';
import { usedDimensions, type ServqualQuestionnaire } from './questionnaire';
import { SCALE_ANCHORS } from './scale';
import { WEIGHT_TOTAL } from './weights';

/**
 * The wording respondents read, shared by the printed questionnaire and the 问卷星 text: the
 * introduction, one instruction per rating column, and the importance question.
 */

/** The introduction printed under the title. */
export function questionnaireIntro(questionnaire: ServqualQuestionnaire): string {
  const columns = formatRoles(questionnaire.format).map((role) => `「${ANSWER_ROLES[role].label}」`).join('');
  const count = formatRoles(questionnaire.format).length === 3 ? '三' : '两';
  return `下面每一句话描述服务的一个方面。请对每一句话分别给出${columns}${count}个评分：1 = ${SCALE_ANCHORS.low}，${questionnaire.scaleMax} = ${SCALE_ANCHORS.high}。答案没有对错，请凭真实感受作答。`;
}

/**
 * What one rating column asks, naming the provider.
 * @example roleInstruction(createQuestionnaire('hotel'), 'expected') // '一家出色的酒店应当做到：'
 */
export function roleInstruction(questionnaire: ServqualQuestionnaire, role: AnswerRole): string {
  switch (role) {
    case 'expected':
      return `${questionnaire.excellentProvider}应当做到：`;
    case 'desired':
      return `您希望${questionnaire.provider}做到（理想水平）：`;
    case 'adequate':
      return `您能接受的最低水平是${questionnaire.provider}做到：`;
    case 'perceived':
      return `${questionnaire.provider}实际做到：`;
  }
}

/** The question above the 100-point allocation. */
export function weightsInstruction(questionnaire: ServqualQuestionnaire): string {
  const count = usedDimensions(questionnaire).length;
  return `请把 ${WEIGHT_TOTAL} 分分配给下面 ${count} 个方面，越重要的方面分数越多，${count} 项合计必须等于 ${WEIGHT_TOTAL}。`;
}

/** One line describing a dimension for the allocation question. */
export function weightLine(dimensionId: Parameters<typeof dimensionById>[0]): string {
  const dimension = dimensionById(dimensionId);
  return `${dimension.courseName}：${dimension.definition}`;
}
