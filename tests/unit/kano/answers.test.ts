import { describe, expect, it } from 'vitest';
import { ANSWER_VARIANTS, createAnswerReader, KANO_ANSWERS, normaliseAnswer, readKanoAnswer, UNKNOWN_ANSWER_REASON } from '../../../src/lib/kano';

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

describe('built-in wordings: 问卷星, SPSSAU and English variants', () => {
  it.each([
    // 问卷星 KANO template wording ("它理应如此", "我能忍受") and its 很满意 … 不满意 variant.
    ['它理应如此', 2], ['我能忍受', 4], ['我很讨厌', 5], ['我不在乎', 3], ['很满意', 1], ['应该的', 2], ['能接受', 4], ['不满意', 5],
    // SPSSAU option wording: 非常喜欢 · 理所当然 · 无所谓 · 能忍受 · 很不喜欢.
    ['非常喜欢', 1], ['理所当然', 2], ['无所谓', 3], ['能忍受', 4], ['很不喜欢', 5],
    // English: the five short names, Berger et al. (1993) sentences and common survey-tool forms.
    ['Like', 1], ['Must-be', 2], ['Neutral', 3], ['Live with', 4], ['Dislike', 5],
    ['I like it that way', 1], ['It must be that way', 2], ['I am neutral', 3], ['I can live with it that way', 4], ['I dislike it that way', 5],
    ['I love it', 1], ['Expected', 2], ['Must have', 2], ["I don't care", 3], ['Indifferent', 3], ['I can tolerate it', 4], ['Tolerable', 4],
    ['I do not like it', 5], ['Hate it', 5], ["It doesn't matter", 3],
  ] as const)('%j → %i', (cell, code) => {
    expect(readKanoAnswer(cell)).toEqual({ kind: 'value', answer: code });
  });

  it('every listed variant reads as its own answer and no variant is listed under two answers', () => {
    const seen = new Map<string, number>();
    for (const [code, variants] of Object.entries(ANSWER_VARIANTS)) {
      for (const variant of variants) {
        expect(readKanoAnswer(variant)).toEqual({ kind: 'value', answer: Number(code) });
        const key = normaliseAnswer(variant);
        expect(seen.get(key) ?? Number(code)).toBe(Number(code));
        seen.set(key, Number(code));
      }
    }
  });
});
