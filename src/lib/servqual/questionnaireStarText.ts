import { questionnaireStarDocument, questionnaireStarQuestion } from '../questionnaire';
import { ANSWER_ROLES, formatRoles } from './answerRoles';
import { questionnaireIntro, roleInstruction, weightLine, weightsInstruction } from './instructions';
import { numberedItems, usedDimensions, type ServqualQuestionnaire } from './questionnaire';
import { scalePoints, SCALE_ANCHORS } from './scale';

/**
 * Text for 问卷星 (wjx.cn) “批量添加题目 / 文本导入”, laid out by the shared
 * src/lib/questionnaire/questionnaireStar.ts (as the KANO tool's): the survey title on the first line, then one block
 * per question separated by a blank line — the question with its type in brackets, then one
 * option per line.
 *
 * Each rating is a single-choice question whose options are the bare numbers 1 … 7 (or 1 … 5),
 * so an export “按选项文本” and “按选项序号” both give the digits this tool reads. Every question
 * starts with its code in brackets (【E1 期望】, 【P1 感知】, 【W1 重要性】), which survives into the
 * export's column headers and lets the importer match columns automatically. Questions are
 * grouped by column (all expectations first, then all perceptions), as in the 1988 administration.
 * The introduction is returned apart for 问卷星's own 问卷说明 field.
 *
 * @param questionnaire a checked questionnaire
 * @returns `{ text, intro }`: the text to paste, and the introduction
 * @example questionnaireStarText(createQuestionnaire('hotel')).text.split('\n\n')[1].split('\n')[0]
 * // '1.【E1 期望】一家出色的酒店应当做到：客房和公共区域的设施设备新颖、好用（1 = 非常不同意，7 = 非常同意）[单选题]'
 */
export function questionnaireStarText(questionnaire: ServqualQuestionnaire): { text: string; intro: string } {
  const items = numberedItems(questionnaire);
  const options = scalePoints(questionnaire.scaleMax).map(String);
  const anchors = `（1 = ${SCALE_ANCHORS.low}，${questionnaire.scaleMax} = ${SCALE_ANCHORS.high}）`;
  const blocks: string[] = [];
  let number = 0;
  for (const role of formatRoles(questionnaire.format)) {
    const info = ANSWER_ROLES[role];
    for (const item of items) {
      number += 1;
      blocks.push(questionnaireStarQuestion(number, `【${info.code}${item.number} ${info.label}】${roleInstruction(questionnaire, role)}${item.text}${anchors}`, '单选题', options));
    }
  }
  if (questionnaire.askWeights) {
    usedDimensions(questionnaire).forEach((dimension, index) => {
      number += 1;
      blocks.push(questionnaireStarQuestion(number, `【W${index + 1} 重要性】${weightsInstruction(questionnaire)}${weightLine(dimension)}`, '填空题'));
    });
  }
  return { text: questionnaireStarDocument(questionnaire.title.trim() || '服务质量调查（SERVQUAL）', blocks), intro: questionnaireIntro(questionnaire) };
}
