import { describe, expect, it } from 'vitest';
import {
  answerTemplateHeaders,
  answerTemplateNotes,
  checkQuestionnaire,
  DEFAULT_PERSONAS,
  DEFAULT_QUESTIONNAIRE,
  detectKanoColumns,
  isKanoQuestionnaire,
  questionnaireItems,
  questionnaireStarText,
  type KanoQuestionnaire,
} from '../../../src/lib/kano';

const BASE: KanoQuestionnaire = { ...DEFAULT_QUESTIONNAIRE, features: ['接机服务', '儿童托管'] };

describe('questionnaireItems', () => {
  it('asks the segment question, then each feature as a functional/dysfunctional pair, then importance', () => {
    const items = questionnaireItems(BASE);
    expect(items.map((item) => [item.number, item.kind, item.feature])).toEqual([
      [1, 'segment', ''],
      [2, 'functional', '接机服务'],
      [3, 'dysfunctional', '接机服务'],
      [4, 'functional', '儿童托管'],
      [5, 'dysfunctional', '儿童托管'],
      [6, 'importance', '接机服务'],
      [7, 'importance', '儿童托管'],
    ]);
    expect(items[1]!.text).toBe('如果提供接机服务，您觉得？');
    expect(items[2]!.text).toBe('如果不提供接机服务，您觉得？');
    expect(items[1]!.options).toEqual(['我很喜欢', '理应如此', '无所谓', '能忍受', '我很不喜欢']);
    expect(items[0]!.options).toEqual(['团队旅客', '夕阳红旅客', '亲子家庭', '疗养休闲', '企业会务', 'OTA旅客']);
    expect(items[5]!.options).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('leaves out the optional questions when not asked', () => {
    const items = questionnaireItems({ ...BASE, askImportance: false, askSegment: false });
    expect(items.map((item) => item.kind)).toEqual(['functional', 'dysfunctional', 'functional', 'dysfunctional']);
    expect(items[0]!.number).toBe(1);
  });

  it('defaults to the six personas of lecture 2', () => {
    expect(DEFAULT_PERSONAS).toEqual(['团队旅客', '夕阳红旅客', '亲子家庭', '疗养休闲', '企业会务', 'OTA旅客']);
    expect(DEFAULT_QUESTIONNAIRE.segments).toEqual(DEFAULT_PERSONAS);
  });
});

describe('checkQuestionnaire', () => {
  it('trims and drops empty feature lines', () => {
    const result = checkQuestionnaire({ ...BASE, features: [' 接机服务 ', '', '儿童托管'] });
    expect(result).toEqual({ ok: true, questionnaire: { ...BASE, features: ['接机服务', '儿童托管'] } });
  });

  it.each([
    ['no features', { features: ['', ' '] }, '至少填写一项'],
    ['repeated feature', { features: ['接机服务', '接机服务'] }, '「接机服务」重复'],
    ['wording without placeholder', { functionalWording: '如果提供，您觉得？' }, '正向问题的措辞里缺少 {功能}'],
    ['one segment', { segments: ['团队旅客'] }, '至少需要两个选项'],
    ['repeated segment', { segments: ['团队旅客', '团队旅客', '亲子家庭'] }, '客群选项有重复'],
  ])('rejects %s', (_name, change, message) => {
    const result = checkQuestionnaire({ ...BASE, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('')).toContain(message);
  });

  it('does not check the importance wording when importance is not asked', () => {
    expect(checkQuestionnaire({ ...BASE, askImportance: false, importanceWording: '' }).ok).toBe(true);
  });
});

describe('questionnaireStarText (问卷星 批量添加题目)', () => {
  it('writes the title, then one block per question with [单选题] and one option per line', () => {
    const text = questionnaireStarText({ ...BASE, features: ['接机服务'], askImportance: false });
    expect(text).toBe(
      [
        '酒店服务需求调查',
        '',
        '1.您这次出行属于哪一类？[单选题]\n团队旅客\n夕阳红旅客\n亲子家庭\n疗养休闲\n企业会务\nOTA旅客',
        '',
        '2.如果提供接机服务，您觉得？[单选题]\n我很喜欢\n理应如此\n无所谓\n能忍受\n我很不喜欢',
        '',
        '3.如果不提供接机服务，您觉得？[单选题]\n我很喜欢\n理应如此\n无所谓\n能忍受\n我很不喜欢',
        '',
      ].join('\n'),
    );
  });
});

describe('answer template', () => {
  it('has one column per question, recognised by the importer', () => {
    const headers = answerTemplateHeaders(BASE);
    expect(headers).toEqual(['旅客类型', '接机服务（正向）', '接机服务（反向）', '儿童托管（正向）', '儿童托管（反向）', '接机服务（重要性）', '儿童托管（重要性）']);
    expect(detectKanoColumns(headers)).toEqual({
      segment: 0,
      features: [
        { name: '接机服务', functional: 1, dysfunctional: 2, importance: 5 },
        { name: '儿童托管', functional: 3, dysfunctional: 4, importance: 6 },
      ],
    });
  });

  it('explains the accepted values', () => {
    const notes = answerTemplateNotes(BASE).map((row) => row.join(' '));
    expect(notes.join('\n')).toContain('1 = 我很喜欢');
    expect(notes.join('\n')).toContain('团队旅客、夕阳红旅客');
  });
});

describe('isKanoQuestionnaire', () => {
  it('accepts the default and rejects other shapes', () => {
    expect(isKanoQuestionnaire(DEFAULT_QUESTIONNAIRE)).toBe(true);
    expect(isKanoQuestionnaire({ ...DEFAULT_QUESTIONNAIRE, features: [1] })).toBe(false);
    expect(isKanoQuestionnaire({ ...DEFAULT_QUESTIONNAIRE, askSegment: 'yes' })).toBe(false);
    expect(isKanoQuestionnaire(null)).toBe(false);
  });
});
