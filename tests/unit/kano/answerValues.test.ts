/**
 * The answer mapping: distinct answers with their counts (hand-counted in each test), the user's
 * value mapping and the order of numeric codes, and the analysis with a mapping.
 */
import { describe, expect, it } from 'vitest';
import type { SurveyTable } from '../../../src/lib/import/types';
import {
  analyseKano,
  answerValueRows,
  countAnswerValues,
  DEFAULT_ANSWER_MAPPING,
  readMappedAnswer,
  type AnswerMapping,
  type KanoColumnMapping,
} from '../../../src/lib/kano';

function table(rows: string[][]): SurveyTable {
  return { headers: rows[0]!, rows: rows.slice(1), rowNumbers: rows.slice(1).map((_, index) => index + 2), source: { kind: 'paste' }, questionnaireStar: false };
}

/** A Spanish-language export: wording the built-in table does not know. */
const SPANISH = table([
  ['Guest', 'Airport pickup (functional)', 'Airport pickup (dysfunctional)'],
  ['g1', 'Me gusta', 'No me gusta'],
  ['g2', 'Me gusta', 'Lo tolero'],
  ['g3', 'Lo espero', 'No me gusta'],
  ['g4', 'Me da igual', 'Me da igual'],
  ['g5', ' Me  gusta ', '(跳过)'],
  ['g6', '', ''],
]);
const PICKUP: KanoColumnMapping = { segment: null, features: [{ name: 'Airport pickup', functional: 1, dysfunctional: 2, importance: null }] };
const SPANISH_MAPPING: AnswerMapping = { order: 'like-first', values: { 'Me gusta': 1, 'Lo espero': 2, 'Me da igual': 3, 'Lo tolero': 4, 'No me gusta': 5 } };

describe('countAnswerValues', () => {
  it('counts each distinct answer over all rows and both columns, blanks and skips left out', () => {
    // Hand count over columns 1 and 2: Me gusta ×3 (g1, g2, g5 with spaces), No me gusta ×2, Me da igual ×2,
    // Lo tolero ×1 (met in row g2, so listed before) Lo espero ×1 (row g3); (跳过) and the blanks of g6 are not answers. 9 cells, none recognised.
    const summary = countAnswerValues(SPANISH, [1, 2], DEFAULT_ANSWER_MAPPING);
    expect(summary.values.map((entry) => [entry.value, entry.count])).toEqual([
      ['Me gusta', 3], ['No me gusta', 2], ['Me da igual', 2], ['Lo tolero', 1], ['Lo espero', 1],
    ]);
    expect(summary.distinct).toBe(5);
    expect(summary.unrecognisedCells).toBe(9);
    expect(summary.hasCodes).toBe(false);
    expect(summary.values.every((entry) => entry.answer === null && !entry.mapped)).toBe(true);
  });

  it('reads each value through the mapping', () => {
    const summary = countAnswerValues(SPANISH, [1, 2], { order: 'like-first', values: { 'Me gusta': 1 } });
    expect(summary.values[0]).toEqual({ value: 'Me gusta', count: 3, answer: 1, mapped: true, code: false });
    // 9 cells − 3 "Me gusta" = 6 still unrecognised.
    expect(summary.unrecognisedCells).toBe(6);
  });

  it('lists at most `limit` values but counts them all', () => {
    const many = table([['正向', '反向'], ...Array.from({ length: 12 }, (_, index) => [`答案${index}`, `答案${index + 12}`])]);
    const summary = countAnswerValues(many, [0, 1], DEFAULT_ANSWER_MAPPING, 10);
    expect(summary.values).toHaveLength(10);
    expect(summary.distinct).toBe(24);
  });

  it('flags numeric codes, so the code order can be asked', () => {
    const codes = table([['正向', '反向'], ['1', '5'], ['1', '4'], ['2', '5']]);
    const summary = countAnswerValues(codes, [0, 1], DEFAULT_ANSWER_MAPPING);
    // 1 ×2, 5 ×2, 4 ×1, 2 ×1.
    expect(summary.values.map((entry) => [entry.value, entry.count, entry.answer])).toEqual([['1', 2, 1], ['5', 2, 5], ['4', 1, 4], ['2', 1, 2]]);
    expect(summary.hasCodes).toBe(true);
  });
});

describe('readMappedAnswer: the code order', () => {
  it.each([
    // Printed order: code = answer.
    ['1', 'like-first', 1], ['2', 'like-first', 2], ['5', 'like-first', 5],
    // Reverse order: 1 = 我很不喜欢 … 5 = 我很喜欢, so code c is answer 6 − c.
    ['1', 'dislike-first', 5], ['2', 'dislike-first', 4], ['3', 'dislike-first', 3], ['4', 'dislike-first', 2], ['5', 'dislike-first', 1],
    // Words are never reversed.
    ['我很喜欢', 'dislike-first', 1], ['理应如此', 'dislike-first', 2],
  ] as const)('%j read %s → %i', (cell, order, answer) => {
    expect(readMappedAnswer(cell, { order, values: {} })).toEqual({ kind: 'value', answer });
  });

  it('a value mapped by hand wins over the built-in reading and the code order', () => {
    expect(readMappedAnswer('一般', { order: 'like-first', values: { 一般: 4 } })).toEqual({ kind: 'value', answer: 4 });
    expect(readMappedAnswer('1', { order: 'dislike-first', values: { 1: 2 } })).toEqual({ kind: 'value', answer: 2 });
    expect(readMappedAnswer(' Me  gusta ', { order: 'like-first', values: { 'Me gusta': 1 } })).toEqual({ kind: 'value', answer: 1 });
  });

  it('blanks stay missing whatever the mapping', () => {
    expect(readMappedAnswer('(跳过)', { order: 'dislike-first', values: {} }).kind).toBe('missing');
  });
});

describe('answerValueRows', () => {
  it('shows how the mapping being edited reads each listed value, and what is left', () => {
    const summary = countAnswerValues(SPANISH, [1, 2], DEFAULT_ANSWER_MAPPING);
    const { rows, unrecognised } = answerValueRows(summary, { order: 'like-first', values: { 'Me gusta': 1, 'No me gusta': 5 } });
    expect(rows.map((row) => [row.value, row.answer, row.source])).toEqual([
      ['Me gusta', 1, 'user'], ['No me gusta', 5, 'user'], ['Me da igual', null, null], ['Lo tolero', null, null], ['Lo espero', null, null],
    ]);
    // Me da igual ×2 + Lo espero ×1 + Lo tolero ×1 = 4 cells in 3 values.
    expect(unrecognised).toEqual({ values: 3, cells: 4 });
  });
});

describe('analyseKano with an answer mapping', () => {
  it('without a mapping nothing is classified, and the error comes with the value list', () => {
    const result = analyseKano(SPANISH, { kind: 'kano', mapping: PICKUP });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('5 种答案');
    expect(result.answerValues?.distinct).toBe(5);
  });

  it('with the mapping, the pairs are classified as Berger et al. (1993) Figure 4 reads them', () => {
    const result = analyseKano(SPANISH, { kind: 'kano', mapping: PICKUP, answers: SPANISH_MAPPING });
    if (!result.ok) throw new Error(result.error);
    const pairs = result.tallies.features[0]!.pairs;
    // g1 like/dislike → O; g2 like/live with → A; g3 must-be/dislike → M; g4 neutral/neutral → I.
    // g5 has one half skipped (a missing-half issue), g6 both blank (skipped). 4 pairs in all.
    expect(pairs.reduce((sum, value) => sum + value, 0)).toBe(4);
    // Cells (functional − 1)·5 + (dysfunctional − 1): like/dislike 4, like/live with 3, must-be/dislike 9, neutral/neutral 12.
    expect([pairs[4], pairs[3], pairs[9], pairs[12]]).toEqual([1, 1, 1, 1]);
    expect(result.skippedPairs).toBe(1);
    expect(result.issues.total).toBe(1);
    // The list is still returned, so the mapping can be reviewed; nothing is left unrecognised.
    expect(result.answerValues?.unrecognisedCells).toBe(0);
  });

  it('reverse-coded answers: 1 = dislike … 5 = like', () => {
    // Row: functional 1, dysfunctional 5. Read reversed: functional dislike (5), dysfunctional like (1) → R.
    // Read in the printed order it would be like/dislike → O.
    const codes = table([['接机（正向）', '接机（反向）'], ['1', '5']]);
    const mapping: KanoColumnMapping = { segment: null, features: [{ name: '接机', functional: 0, dysfunctional: 1, importance: null }] };
    const printed = analyseKano(codes, { kind: 'kano', mapping });
    const reversed = analyseKano(codes, { kind: 'kano', mapping, answers: { order: 'dislike-first', values: {} } });
    if (!printed.ok || !reversed.ok) throw new Error('analysis failed');
    // pairIndex = (functional − 1)·5 + (dysfunctional − 1): like/dislike is index 4, dislike/like is index 20.
    expect(printed.tallies.features[0]!.pairs[4]).toBe(1);
    expect(reversed.tallies.features[0]!.pairs[20]).toBe(1);
  });
});
