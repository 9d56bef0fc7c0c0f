import { describe, expect, it } from 'vitest';
import { questionnaireStarDocument, questionnaireStarQuestion } from '../../../src/lib/questionnaire';

// Expected texts hand-written from the 问卷星 批量添加题目 layout (question line, then options).
describe('questionnaireStarQuestion', () => {
  it.each([
    [1, '您的年龄？', '单选题', ['30 岁以下', '30 岁及以上'], '1.您的年龄？[单选题]\n30 岁以下\n30 岁及以上'],
    [12, '请分配 100 分：可靠度', '填空题', [], '12.请分配 100 分：可靠度[填空题]'],
  ] as const)('question %i', (number, text, type, options, expected) => {
    expect(questionnaireStarQuestion(number, text, type, options)).toBe(expected);
  });

  it('has no options line for a fill-in question without options', () => {
    expect(questionnaireStarQuestion(3, '备注', '填空题')).toBe('3.备注[填空题]');
  });
});

describe('questionnaireStarDocument', () => {
  it.each([
    ['调查', [], '调查\n'],
    ['调查', ['1.好吗？[填空题]'], '调查\n\n1.好吗？[填空题]\n'],
    ['调查', ['1.甲[单选题]\n是\n否', '2.乙[填空题]'], '调查\n\n1.甲[单选题]\n是\n否\n\n2.乙[填空题]\n'],
  ])('title %s with %j', (title, blocks, expected) => {
    expect(questionnaireStarDocument(title, blocks)).toBe(expected);
  });
});
