import { questionnaireStarDocument, questionnaireStarQuestion } from '../questionnaire';
import { questionnaireItems, type KanoQuestionnaire } from './questionnaire';

/**
 * Text for 问卷星 (wjx.cn) "批量添加题目 / 文本导入": the survey title on the first line, then one
 * block per question separated by a blank line — the question on its first line followed by the
 * type in brackets, then one option per line. The introduction is left out (paste it into
 * 问卷星's own 问卷说明 field), so that it cannot be mistaken for a question.
 *
 * Options keep the standard order, so that an export "按选项序号" gives the codes 1–5 this tool
 * reads (1 我很喜欢 … 5 我很不喜欢), and an export "按选项文本" gives the labels.
 *
 * @param questionnaire a checked questionnaire
 * @returns the text to paste into 问卷星
 * @example questionnaireStarText(q).split('\n\n')[1] // '1.您这次出行属于哪一类?[单选题]\n团队旅客\n…'
 */
export function questionnaireStarText(questionnaire: KanoQuestionnaire): string {
  const blocks = questionnaireItems(questionnaire).map((item) => questionnaireStarQuestion(item.number, item.text, '单选题', item.options));
  return questionnaireStarDocument(questionnaire.title.trim() || 'KANO 需求调查', blocks);
}
