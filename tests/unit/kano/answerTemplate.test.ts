import { describe, expect, it } from 'vitest';
import { answerTemplateHeaders, answerTemplateNotes, DEFAULT_QUESTIONNAIRE } from '../../../src/lib/kano';

describe('answer template', () => {
  const questionnaire = { ...DEFAULT_QUESTIONNAIRE, features: ['接机服务', '延迟退房'] };

  it('headers: segment, then both questions of each feature, then the importance ratings', () => {
    expect(answerTemplateHeaders(questionnaire)).toEqual([
      '旅客类型',
      '接机服务（正向）', '接机服务（反向）',
      '延迟退房（正向）', '延迟退房（反向）',
      '接机服务（重要性）', '延迟退房（重要性）',
    ]);
  });

  it('without importance or segment questions, only the answer pairs', () => {
    expect(answerTemplateHeaders({ ...questionnaire, askImportance: false, askSegment: false })).toEqual([
      '接机服务（正向）', '接机服务（反向）', '延迟退房（正向）', '延迟退房（反向）',
    ]);
  });

  it('notes name the five answers and their codes, and only the columns the template has', () => {
    const notes = answerTemplateNotes(questionnaire).map((row) => row.join(' '));
    expect(notes.join('\n')).toContain('1 = 我很喜欢；2 = 理应如此；3 = 无所谓；4 = 能忍受；5 = 我很不喜欢');
    expect(notes.some((line) => line.startsWith('…（重要性）'))).toBe(true);
    const short = answerTemplateNotes({ ...questionnaire, askImportance: false, askSegment: false });
    expect(short.map((row) => row[0])).toEqual(['列', '…（正向） / …（反向）', '每一行']);
  });
});
