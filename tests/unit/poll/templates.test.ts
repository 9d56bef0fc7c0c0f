import { describe, expect, it } from 'vitest';
import { KANO_ANSWERS } from '../../../src/lib/kano/answers';
import { columnHeader, SEGMENT_COLUMN } from '../../../src/lib/kano/questionnaire';
import { ratingHeader } from '../../../src/lib/servqual/columns';
import { splitMatrixHeader } from '../../../src/lib/import/headers';
import { suggestNpsColumns } from '../../../src/lib/nps/detectColumns';
import { pollTable } from '../../../src/lib/poll/aggregate';
import { defaultPoll, type TemplateId } from '../../../src/lib/poll/templates';
import { firstMissing, isAsked, KANO_LABELS, KANO_SEGMENT_COLUMN, kanoHeader, pollQuestions, servqualHeader, type PollDefinition } from '../../../src/lib/poll/templates';

describe('templates', () => {
  it('write the headers and labels the KANO and SERVQUAL imports recognise', () => {
    expect(KANO_LABELS).toEqual(KANO_ANSWERS.map((answer) => answer.label));
    expect(KANO_SEGMENT_COLUMN).toBe(SEGMENT_COLUMN);
    for (const kind of ['functional', 'dysfunctional'] as const) expect(kanoHeader('接机服务', kind)).toBe(columnHeader('接机服务', kind));
    for (const role of ['expected', 'perceived'] as const) expect(servqualHeader(role, 12, '员工总是乐意帮助顾客')).toBe(ratingHeader(role, 12, '员工总是乐意帮助顾客'));
  });

  it('ask the bad-experience follow-ups only after a problem, and "resolved" only after a complaint', () => {
    const poll: PollDefinition = { id: 'AAAA', title: 'x', template: 'badExperience' };
    const questions = pollQuestions(poll);
    const asked = (answers: number[]) => questions.filter((question) => isAsked(question, questions, answers)).map((question) => question.key);
    expect(asked([2, 0, 0, 0, 0])).toEqual(['problem']);
    expect(asked([1, 2, 0, 0, 0])).toEqual(['problem', 'complained', 'cameBack', 'told']);
    expect(asked([1, 1, 0, 0, 0])).toEqual(['problem', 'complained', 'resolved', 'cameBack', 'told']);
    expect(firstMissing(questions, [1, 1, 1, 1, 0])).toBe(4);
    expect(firstMissing(questions, [2, 0, 0, 0, 0])).toBe(-1);
    expect(firstMissing(questions, [2, 0, 0, 1, 0])).toBe(-2);
  });

  it.each(['nps', 'kano', 'servqual', 'badExperience', 'preClass'] as TemplateId[])('%s: no header reads as a matrix sub-item (the import would ask to confirm it)', (template) => {
    for (const header of pollTable(defaultPoll(template, 'AAAA'), []).headers) expect(splitMatrixHeader(header).item, header).toBeNull();
  });

  it('NPS export: the import suggests the score and group columns', () => {
    const poll = { ...defaultPoll('nps', 'AAAA'), groups: ['一组', '二组'] };
    const table = pollTable(poll, [{ respondent: 'AAAAA', answers: [1, 11, 1] }, { respondent: 'BBBBB', answers: [2, 3, 2] }]);
    expect(suggestNpsColumns(table)).toMatchObject({ scoreColumns: [1], segmentColumns: [0, 2] });
  });
});
