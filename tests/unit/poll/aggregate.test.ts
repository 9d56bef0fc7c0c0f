import { describe, expect, it } from 'vitest';
import { kanoPairs, marketDamageClass, marketDamageValues, npsInput, pollTable, servqualScores } from '../../../src/lib/poll/aggregate';
import type { PollResponse } from '../../../src/lib/poll/collection';
import type { PollDefinition } from '../../../src/lib/poll/templates';

const responses = (rows: number[][]): PollResponse[] => rows.map((answers, index) => ({ respondent: `R000${index}`, answers }));

describe('NPS', () => {
  const poll: PollDefinition = { id: 'AAAA', title: 'NPS', template: 'nps', subject: '我们', groups: ['一组', '二组'], reasons: [] };
  // Answers: [group, score + 1]. Scores 10, 9 (一组), 8, 7, 0 (二组), 6 (no group).
  const rows = responses([[1, 11], [1, 10], [2, 9], [2, 8], [0, 7], [2, 1]]);

  it('counts each score, and each group apart', () => {
    const expected = new Array<number>(11).fill(0);
    for (const score of [10, 9, 8, 7, 6, 0]) expected[score] = 1;
    const { counts, groups } = npsInput(poll, rows);
    expect(counts).toEqual(expected);
    expect(groups.map((group) => group.label)).toEqual(['一组', '二组']);
    expect(groups[0]!.counts[10]! + groups[0]!.counts[9]!).toBe(2);
    expect(groups[1]!.counts.reduce((sum, count) => sum + count, 0)).toBe(3);
    // Hand-worked NPS of the class: promoters 2, detractors 2 (6 and 0) of 6 → 0.
  });

  it('writes a table the NPS import recognises', () => {
    const table = pollTable(poll, rows);
    expect(table.headers).toEqual(['分组', '推荐意愿得分']);
    expect(table.rows).toEqual([['一组', '10'], ['一组', '9'], ['二组', '8'], ['二组', '7'], ['', '6'], ['二组', '0']]);
  });
});

describe('KANO', () => {
  const poll: PollDefinition = { id: 'BBBB', title: 'KANO', template: 'kano', features: ['接机', '托管'], segments: [] };
  it('gives each feature its answer pairs', () => {
    const rows = responses([[1, 5, 2, 5], [1, 3, 3, 3], [2, 5, 4, 4]]);
    expect(kanoPairs(poll, rows)).toEqual([
      { feature: '接机', pairs: [[1, 5], [1, 3], [2, 5]] },
      { feature: '托管', pairs: [[2, 5], [3, 3], [4, 4]] },
    ]);
    expect(pollTable(poll, rows).headers).toEqual(['接机（正向）', '接机（反向）', '托管（正向）', '托管（反向）']);
    expect(pollTable(poll, rows).rows[0]).toEqual(['我很喜欢', '我很不喜欢', '理应如此', '我很不喜欢']);
  });
});

describe('SERVQUAL', () => {
  it('gives each item its E and P scores', () => {
    const poll: PollDefinition = { id: 'CCCC', title: 'SQ', template: 'servqual', items: [1, 5], mode: 'EP', scale: 7 };
    const rows = responses([[7, 5, 6, 6], [6, 4, 7, 3]]);
    expect(servqualScores(poll, rows)).toEqual([
      { item: 1, expected: [7, 6], perceived: [5, 4] },
      { item: 5, expected: [6, 7], perceived: [6, 3] },
    ]);
    expect(pollTable(poll, rows).headers[0]).toBe('E1 期望｜设施设备新颖、现代');
  });

  it('P only asks one column per item', () => {
    const poll: PollDefinition = { id: 'CCCC', title: 'SQ', template: 'servqual', items: [14], mode: 'P', scale: 5 };
    expect(servqualScores(poll, responses([[4], [2]]))).toEqual([{ item: 14, expected: [], perceived: [4, 2] }]);
  });
});

describe('Market Damage class column', () => {
  const poll: PollDefinition = { id: 'DDDD', title: '糟糕经历', template: 'badExperience' };
  // [problem, complained, resolved, cameBack, told + 1]; 1 = 是, 2 = 否.
  const rows = responses([
    [2, 0, 0, 0, 0], [2, 0, 0, 0, 0], // no problem
    [1, 2, 0, 1, 1], [1, 2, 0, 2, 4], [1, 2, 0, 2, 6], // silent: back (told 0); lost (3); lost (5)
    [1, 1, 1, 1, 1], [1, 1, 1, 1, 3], [1, 1, 1, 2, 11], // resolved: back; back; lost (told 10+)
    [1, 1, 2, 2, 2], [1, 1, 2, 1, 1], // unresolved: lost (1); back
  ]);

  it('matches the hand-worked rates', () => {
    const figures = marketDamageClass(poll, rows);
    expect(figures.respondents).toBe(10);
    expect(figures.problemRate).toEqual({ count: 8, of: 10, share: 0.8 });
    expect(figures.complaintRate).toEqual({ count: 5, of: 8, share: 0.625 });
    expect(figures.resolvedRate).toEqual({ count: 3, of: 5, share: 0.6 });
    expect(figures.silent).toMatchObject({ count: 1, of: 3 });
    expect(figures.unresolved).toMatchObject({ count: 1, of: 2 });
    expect(figures.resolved).toMatchObject({ count: 2, of: 3 });
    // Lost customers told 3, 5, 10 and 1 people: (3 + 5 + 10 + 1) / 4 = 4.75.
    expect(figures.toldNegative).toEqual({ mean: 4.75, of: 4 });
  });

  it('becomes the tool’s typed values, one decimal', () => {
    expect(marketDamageValues(marketDamageClass(poll, rows))).toEqual({ problemRate: '80', complaintRate: '62.5', resolvedRate: '60', silent: '33.3', unresolved: '50', resolved: '66.7', toldNegative: '4.8' });
  });

  it('leaves a rate out when nobody could answer it', () => {
    const figures = marketDamageClass(poll, responses([[2, 0, 0, 0, 0]]));
    expect(figures.complaintRate.share).toBeNull();
    expect(marketDamageValues(figures)).toEqual({ problemRate: '0' });
  });
});
