import { describe, expect, it } from 'vitest';
import { createAnswerReader, KANO_ANSWERS, readKanoAnswer, UNKNOWN_ANSWER_REASON } from '../../../src/lib/kano';

describe('readKanoAnswer: labels and their variants', () => {
  it.each([
    // The five printed labels.
    ['我很喜欢', 1], ['理应如此', 2], ['无所谓', 3], ['能忍受', 4], ['我很不喜欢', 5],
    // Common Chinese variants.
    ['很喜欢', 1], ['非常喜欢', 1], ['喜欢', 1], ['非常满意', 1],
    ['理所当然', 2], ['理所应当', 2], ['应该的', 2], ['必须的', 2], ['必备', 2],
    ['中立', 3], ['一般', 3], ['都可以', 3], ['不在乎', 3],
    ['可以忍受', 4], ['能接受', 4], ['勉强接受', 4], ['可以容忍', 4],
    ['很不喜欢', 5], ['不喜欢', 5], ['讨厌', 5], ['非常不满意', 5],
    // English (Berger et al. 1993 wording and short forms).
    ['I like it that way', 1], ['Like', 1], ['must-be', 2], ['I expect it', 2], ['Neutral', 3], ['I can live with it', 4],
    ['live with', 4], ['I dislike it', 5], ['DISLIKE', 5],
    // Spacing, punctuation and full-width forms.
    ['  我很喜欢  ', 1], ['我很喜欢。', 1], ['我 很 不 喜 欢', 5], ['ＬＩＫＥ', 1],
    // Codes, full-width codes, decimals written by spreadsheets.
    ['1', 1], ['2', 2], ['3', 3], ['4', 4], ['5', 5], ['５', 5], ['3.0', 3],
    // Option prefixes kept by some exports.
    ['A. 我很喜欢', 1], ['B、理应如此', 2], ['3.无所谓', 3], ['(4) 能忍受', 4], ['⑤我很不喜欢', 5], ['E.', 5], ['②', 2],
  ])('%j → %i', (cell, code) => {
    expect(readKanoAnswer(cell)).toEqual({ kind: 'value', answer: code });
  });

  it('never reads 不喜欢 as 喜欢 (exact matching, not substring)', () => {
    expect(readKanoAnswer('不喜欢')).toEqual({ kind: 'value', answer: 5 });
    expect(readKanoAnswer('我不喜欢')).toEqual({ kind: 'value', answer: 5 });
  });

  it('knows every printed label', () => {
    for (const answer of KANO_ANSWERS) expect(readKanoAnswer(answer.label)).toEqual({ kind: 'value', answer: answer.code });
  });
});

describe('readKanoAnswer: missing and invalid cells', () => {
  it.each(['', '   ', '(跳过)', '（跳过）', '(空)', 'N/A', '-2', '-3', '-'])('%j is missing', (cell) => {
    expect(readKanoAnswer(cell).kind).toBe('missing');
  });

  it.each([
    ['还行', UNKNOWN_ANSWER_REASON],
    ['喜欢吧', UNKNOWN_ANSWER_REASON],
    ['F. 我很喜欢', UNKNOWN_ANSWER_REASON],
    ['6', '代码超出 1–5'],
    ['0', '代码超出 1–5'],
    ['2.5', '代码应为 1–5 的整数'],
  ])('%j is invalid: %s', (cell, reason) => {
    expect(readKanoAnswer(cell)).toEqual({ kind: 'invalid', reason });
  });
});

describe('createAnswerReader', () => {
  it('gives the same readings as readKanoAnswer, cached', () => {
    const read = createAnswerReader();
    for (const cell of ['我很喜欢', '5', '还行', '', '我很喜欢']) expect(read(cell)).toEqual(readKanoAnswer(cell));
  });
});
