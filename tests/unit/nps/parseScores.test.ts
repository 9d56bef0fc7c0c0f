import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { npsFromCounts, parseCountBoxes, parseScoreList, tallyScores } from '../../../src/lib/nps';
import { answers } from './arbitraries';

describe('parseScoreList', () => {
  it.each([
    ['one per line', '10\n9\n3', [10, 9, 3]],
    ['spaces, commas, 、 and Windows line ends', '10 9,3，7、8\r\n0', [10, 9, 3, 7, 8, 0]],
    ['问卷星 text answers and full-width digits', '9分\n１０\n7.0', [9, 10, 7]],
    ['blank lines are ignored', '\n\n5\n\n', [5]],
  ])('%s', (_, text, expected) => {
    const result = parseScoreList(text);
    expect(result.ok && result.scores).toEqual(expected);
  });

  it('keeps valid values and reports each rejected one with its line and reason', () => {
    const result = parseScoreList('10\n11\nabc\n8.5\n(跳过)\n9 12');
    expect(result.ok && result.scores).toEqual([10, 9]);
    expect(result.issues.invalidCount).toBe(4);
    expect(result.issues.missingCount).toBe(1);
    expect(result.issues.first.map(({ row, column, reason }) => [row, column, reason])).toEqual([
      [2, '分数', '超出 0–10'],
      [3, '分数', '非数字'],
      [4, '分数', '小数'],
      [5, '分数', '跳过'],
      [6, '第 2 个数', '超出 0–10'],
    ]);
  });

  it('empty paste: a message, no number', () => {
    const result = parseScoreList('   \n ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/还没有粘贴分数/);
  });

  it('nothing valid: a message pointing at the list', () => {
    const result = parseScoreList('abc\n99');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/2 个值都未计入/);
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const result = parseScoreList(text);
      if (result.ok) expect(result.scores.every((value) => Number.isInteger(value) && value >= 0 && value <= 10)).toBe(true);
    }));
  });
});

describe('parseCountBoxes', () => {
  it('reads the eleven boxes; empty means 0; thousands separators allowed', () => {
    const result = parseCountBoxes(['', '1', '', '', '', '', '', '', '', '1,200', ' 3 ']);
    expect(result.ok && result.counts).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 1200, 3]);
  });

  it.each([
    [['-1'], 0, '不是人数'],
    [['', '', '2.5'], 2, '小数'],
    [['', '', '', 'abc'], 3, '非数字'],
    [['', '', '', '', '', '', '', '', '', '', '2000000000'], 10, '超过 10 亿'],
  ])('rejects %j at score %i (%s) naming the box', (boxes, score, why) => {
    const result = parseCountBoxes(boxes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.score).toBe(score);
    expect(!result.ok && result.error).toContain(`「${score} 分」`);
    expect(!result.ok && result.error).toContain(why);
  });
});

describe('counts input and raw input agree (property)', () => {
  it('pasting the answers and typing their counts give the same NPS', () => {
    fc.assert(fc.property(answers, fc.constantFrom('\n', ' ', ',', '、'), (scores, separator) => {
      const raw = parseScoreList(scores.join(separator));
      if (!raw.ok) throw new Error(raw.error);
      const boxes = parseCountBoxes(tallyScores(scores).map(String));
      if (!boxes.ok) throw new Error(boxes.error);
      const fromRaw = npsFromCounts(tallyScores(raw.scores));
      const fromBoxes = npsFromCounts(boxes.counts);
      expect(fromRaw.ok && fromBoxes.ok && fromRaw.summary).toEqual(fromBoxes.ok && fromBoxes.summary);
    }));
  });
});
