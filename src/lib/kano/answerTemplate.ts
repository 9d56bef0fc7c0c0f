import { KANO_ANSWERS } from './answers';
import { questionnaireItems, type KanoQuestionnaire } from './questionnaire';

/**
 * The answer-collection template: one column per question, one row per respondent, with the
 * headers the importer recognises automatically (旅客类型 · 接机服务（正向） · 接机服务（反向） ·
 * 接机服务（重要性）). Answers may be typed as the labels or as the codes 1–5.
 *
 * @param questionnaire a checked questionnaire
 * @returns the header row
 */
export function answerTemplateHeaders(questionnaire: KanoQuestionnaire): string[] {
  return questionnaireItems(questionnaire).map((item) => item.column);
}

/**
 * The rows of the template's 填写说明 sheet (XLSX) or the notes beside it: which values each kind of
 * column accepts.
 */
export function answerTemplateNotes(questionnaire: KanoQuestionnaire): string[][] {
  const codes = KANO_ANSWERS.map((answer) => `${answer.code} = ${answer.label}`).join('；');
  const notes: string[][] = [
    ['列', '可填写的内容'],
    ['…（正向） / …（反向）', `五个答案之一：${KANO_ANSWERS.map((answer) => answer.label).join('、')}；也可填代码（${codes}）`],
  ];
  if (questionnaire.askImportance) notes.push(['…（重要性）', '1–9 的整数，1 = 完全不重要，9 = 极其重要；可留空']);
  if (questionnaire.askSegment) notes.push(['旅客类型', questionnaire.segments.join('、')]);
  notes.push(['每一行', '一位受访者；第 1 行是表头，请勿修改表头']);
  return notes;
}
