/**
 * The text format of 问卷星 (wjx.cn) “批量添加题目 / 文本导入”, shared by the KANO and SERVQUAL
 * questionnaire builders: the survey title on the first line, then one block per question
 * separated by a blank line — the numbered question with its type in brackets, then one option
 * per line. The tools decide the wording; this only lays it out.
 */

/** Question types written in brackets after the question. */
export type QuestionnaireStarType = '单选题' | '填空题';

/**
 * One question block.
 * @param number the question's number as shown in 问卷星 (1-based)
 * @param text the question's wording
 * @param type the 问卷星 question type
 * @param options the answer options, one per line (none for 填空题)
 * @returns the block, without a trailing newline
 * @example questionnaireStarQuestion(1, '您的年龄？', '单选题', ['30 岁以下', '30 岁及以上']) // => '1.您的年龄？[单选题]\n30 岁以下\n30 岁及以上'
 */
export function questionnaireStarQuestion(number: number, text: string, type: QuestionnaireStarType, options: readonly string[] = []): string {
  return [`${number}.${text}[${type}]`, ...options].join('\n');
}

/**
 * The whole text to paste: title, then the question blocks, blank lines between, final newline.
 * @param title the survey title (already defaulted by the tool when empty)
 * @param blocks question blocks from questionnaireStarQuestion
 * @returns the text to paste into 问卷星
 * @example questionnaireStarDocument('调查', ['1.好吗？[填空题]']) // => '调查\n\n1.好吗？[填空题]\n'
 */
export function questionnaireStarDocument(title: string, blocks: readonly string[]): string {
  return `${[title, ...blocks].join('\n\n')}\n`;
}
