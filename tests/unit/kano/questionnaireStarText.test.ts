import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE, questionnaireStarText } from '../../../src/lib/kano';

describe('KANO questionnaire as 问卷星 text', () => {
  const text = questionnaireStarText({ ...DEFAULT_QUESTIONNAIRE, title: '调查', features: ['接机服务'], askImportance: false, askSegment: false });

  it('title, then numbered single-choice questions with the five answers, blank lines between', () => {
    expect(text).toBe(
      [
        '调查',
        '',
        '1.如果提供接机服务，您觉得？[单选题]\n我很喜欢\n理应如此\n无所谓\n能忍受\n我很不喜欢',
        '',
        '2.如果不提供接机服务，您觉得？[单选题]\n我很喜欢\n理应如此\n无所谓\n能忍受\n我很不喜欢',
      ].join('\n') + '\n',
    );
  });

  it('an empty title falls back to “KANO 需求调查”', () => {
    expect(questionnaireStarText({ ...DEFAULT_QUESTIONNAIRE, title: '  ' }).split('\n')[0]).toBe('KANO 需求调查');
  });
});
