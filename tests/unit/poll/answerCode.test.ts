import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import encodeQR from 'qr';
import {
  answerCodeLengths,
  decodeAnswer,
  decodeAnswerQr,
  decodeAnswerTyped,
  encodeAnswerQr,
  encodeAnswerTyped,
  packAnswers,
  QR_FALSE_ACCEPT,
  TYPED_FALSE_ACCEPT,
  unpackAnswers,
} from '../../../src/lib/poll/answerCode';
import { CROCKFORD_ALPHABET, groupCode } from '../../../src/lib/poll/crockford';
import { firstMissing, isAsked, pollQuestions, type PollDefinition } from '../../../src/lib/poll/templates';

const NPS: PollDefinition = { id: 'K7QM', title: '课堂 NPS', template: 'nps', subject: '这家企业', groups: ['一组', '二组', '三组'], reasons: ['态度', '速度', '环境'] };
const KANO8: PollDefinition = { id: 'A1B2', title: 'KANO', template: 'kano', features: ['接机', '托管', '退房', '早餐', '洗衣', '停车', '导游', '夜宵'], segments: ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'] };
const SERVQUAL22: PollDefinition = { id: 'ZZZZ', title: 'SQ', template: 'servqual', items: Array.from({ length: 22 }, (_, index) => index + 1), mode: 'EP', scale: 7 };
const BAD: PollDefinition = { id: '0000', title: '糟糕经历', template: 'badExperience' };
const PRE: PollDefinition = { id: 'PQRS', title: '课前调研', template: 'preClass', groups: ['前厅', '客房'] };
const POLLS = [NPS, KANO8, SERVQUAL22, BAD, PRE];

/** A complete, consistent answer set for a poll (the first option everywhere it is asked). */
function fullAnswers(poll: PollDefinition, pick = 1): number[] {
  const questions = pollQuestions(poll);
  const answers = new Array<number>(questions.length).fill(0);
  questions.forEach((question, index) => {
    if (isAsked(question, questions, answers)) answers[index] = Math.min(pick, question.options.length);
  });
  return answers;
}

/** QR version a payload needs at medium error correction: the matrix is 17 + 4·version modules plus a 1-module border each side. */
const qrVersion = (payload: string) => (encodeQR(payload, 'raw', { ecc: 'medium', border: 1 }).length - 2 - 17) / 4;

describe('answer codes', () => {
  it.each(POLLS.map((poll) => [poll.template, poll] as const))('%s: QR payload and typed code round-trip', (_, poll) => {
    const answers = fullAnswers(poll);
    const qr = encodeAnswerQr(poll, 'R5T7W', answers);
    const typed = encodeAnswerTyped(poll, 'R5T7W', answers);
    expect(decodeAnswerQr(poll, qr)).toEqual({ ok: true, via: 'qr', answer: { pollId: poll.id, respondent: 'R5T7W', answers } });
    expect(decodeAnswerTyped(poll, groupCode(typed).toLowerCase())).toEqual({ ok: true, via: 'typed', answer: { pollId: poll.id, respondent: 'R5T7W', answers } });
    expect(qr).toMatch(/^[0-9A-Z]+$/);
    expect(qr).toHaveLength(answerCodeLengths(poll).qr);
    expect(typed).toHaveLength(answerCodeLengths(poll).typed);
  });

  // Sizes worked by hand: NPS with 3 groups and 3 reasons packs 4·12·4 = 192 values → 2 symbols,
  // so the QR payload is 3 + 4 + 5 + 2 + 4 = 18 symbols (version 1-M holds 20 alphanumerics) and
  // the typed code 1 + 4 + 5 + 2 + 1 = 13. KANO with 8 features and 8 segments: 9·6^16 ≈ 2.5·10^13
  // < 32^9 = 2^45 ≈ 3.5·10^13 → 9 symbols, 25 in the QR (version 2-M holds 38). SERVQUAL E and P on 22 items at 1–7:
  // 8^44 = 2^132 → 27 symbols (132 / 5 rounded up), 43 in the QR (version 3-M holds 61).
  it.each([
    [NPS, 18, 13, 1],
    [KANO8, 25, 20, 2],
    [SERVQUAL22, 43, 38, 3],
  ])('size limits: %#', (poll, qrLength, typedLength, version) => {
    expect(answerCodeLengths(poll)).toEqual({ qr: qrLength, typed: typedLength });
    expect(qrVersion(encodeAnswerQr(poll, 'R5T7W', fullAnswers(poll, 5)))).toBe(version);
  });

  it.each(POLLS.map((poll) => [poll.template, poll] as const))('%s: every single-symbol change of the QR payload is refused', (_, poll) => {
    const qr = encodeAnswerQr(poll, 'R5T7W', fullAnswers(poll, 2));
    const symbols = `${CROCKFORD_ALPHABET}abcz-.: `;
    for (let position = 0; position < qr.length; position += 1) {
      for (const symbol of symbols) {
        if (symbol === qr[position]) continue;
        const changed = qr.slice(0, position) + symbol + qr.slice(position + 1);
        expect(decodeAnswerQr(poll, changed).ok, changed).toBe(false);
      }
    }
  });

  it.each(POLLS.map((poll) => [poll.template, poll] as const))('%s: every single-symbol change of the typed code is refused', (_, poll) => {
    const typed = encodeAnswerTyped(poll, 'R5T7W', fullAnswers(poll, 2));
    for (let position = 0; position < typed.length; position += 1) {
      for (const symbol of `${CROCKFORD_ALPHABET}*~$=U`) {
        if (symbol === typed[position]) continue;
        const changed = typed.slice(0, position) + symbol + typed.slice(position + 1);
        expect(decodeAnswerTyped(poll, changed).ok, changed).toBe(false);
      }
    }
  });

  it('catches swapped neighbours in a typed code', () => {
    const typed = encodeAnswerTyped(NPS, 'R5T7W', fullAnswers(NPS, 3));
    for (let position = 0; position + 1 < typed.length; position += 1) {
      if (typed[position] === typed[position + 1]) continue;
      const swapped = typed.slice(0, position) + typed[position + 1] + typed[position] + typed.slice(position + 2);
      expect(decodeAnswerTyped(NPS, swapped).ok).toBe(false);
    }
  });

  it('says why a code is refused', () => {
    const other = { ...NPS, id: 'K7QN' };
    expect(decodeAnswer(NPS, encodeAnswerQr(other, 'R5T7W', fullAnswers(NPS)))).toMatchObject({ ok: false, reason: 'otherPoll' });
    expect(decodeAnswer(NPS, encodeAnswerTyped(other, 'R5T7W', fullAnswers(NPS)))).toMatchObject({ ok: false, reason: 'otherPoll' });
    expect(decodeAnswer(NPS, 'https://example.org/')).toMatchObject({ ok: false, reason: 'damaged' });
    expect(decodeAnswerQr(NPS, 'https://example.org/')).toMatchObject({ ok: false, reason: 'foreign' });
    const qr = encodeAnswerQr(NPS, 'R5T7W', fullAnswers(NPS));
    expect(decodeAnswer(NPS, qr.slice(0, -1))).toMatchObject({ ok: false, reason: 'damaged' });
    expect(decodeAnswer(NPS, '')).toMatchObject({ ok: false, reason: 'damaged' });
    // No score (required): the answers are inconsistent even though the code itself is intact.
    expect(decodeAnswer(NPS, encodeAnswerQr(NPS, 'R5T7W', [1, 0, 0]))).toMatchObject({ ok: false, reason: 'inconsistent' });
    // An answer to a question that was not asked (complained, though no problem).
    expect(decodeAnswer(BAD, encodeAnswerQr(BAD, 'R5T7W', [2, 1, 0, 0, 0]))).toMatchObject({ ok: false, reason: 'inconsistent' });
  });

  it('packs answers as a mixed-radix number', () => {
    const questions = pollQuestions(NPS);
    // Hand-worked: group 2, score option 11 (= 10), reason 3 → 2 + 4·(11 + 12·3) = 190 = 5·32 + 30 → '5Y'.
    expect(packAnswers(questions, [2, 11, 3])).toBe('5Y');
    expect(unpackAnswers(questions, '5Y')).toEqual([2, 11, 3]);
    // 4·12·4 = 192 values: '60' (= 192) is beyond the poll.
    expect(unpackAnswers(questions, '60')).toBeNull();
    expect(() => packAnswers(questions, [4, 1, 1])).toThrow(RangeError);
  });
});

describe('properties', () => {
  const answersFor = (poll: PollDefinition) => fc.array(fc.nat(), { minLength: pollQuestions(poll).length, maxLength: pollQuestions(poll).length }).map((picks) => {
    const questions = pollQuestions(poll);
    const answers = new Array<number>(questions.length).fill(0);
    questions.forEach((question, index) => {
      if (isAsked(question, questions, answers)) answers[index] = question.required ? 1 + (picks[index]! % question.options.length) : picks[index]! % (question.options.length + 1);
    });
    return answers;
  });
  const respondent = fc.string({ unit: fc.constantFrom(...CROCKFORD_ALPHABET), minLength: 5, maxLength: 5 });

  it.each(POLLS.map((poll) => [poll.template, poll] as const))('%s: decode(encode(x)) = x', (_, poll) => {
    fc.assert(fc.property(answersFor(poll), respondent, (answers, id) => {
      expect(firstMissing(pollQuestions(poll), answers)).toBe(-1);
      const expected = { ok: true, answer: { pollId: poll.id, respondent: id, answers } };
      expect(decodeAnswer(poll, encodeAnswerQr(poll, id, answers))).toEqual({ ...expected, via: 'qr' });
      expect(decodeAnswer(poll, encodeAnswerTyped(poll, id, answers))).toEqual({ ...expected, via: 'typed' });
    }));
  });

  it('random strings never crash and pass no more often than the checks allow', () => {
    const { qr, typed } = answerCodeLengths(NPS);
    const symbols = fc.constantFrom(...CROCKFORD_ALPHABET);
    // Right prefix and poll id, random rest: only the CRC-20 stands between these and a count.
    const qrLike = fc.string({ unit: symbols, minLength: qr - 7, maxLength: qr - 7 }).map((rest) => `JZ1${NPS.id}${rest}`);
    const typedLike = fc.string({ unit: symbols, minLength: typed - 5, maxLength: typed - 5 }).map((rest) => `1${NPS.id}${rest}`);
    const runs = 4000;
    let qrAccepted = 0;
    let typedAccepted = 0;
    fc.assert(fc.property(qrLike, typedLike, fc.string(), (a, b, anything) => {
      if (decodeAnswer(NPS, a).ok) qrAccepted += 1;
      if (decodeAnswer(NPS, b).ok) typedAccepted += 1;
      expect(typeof decodeAnswer(NPS, anything).ok).toBe('boolean');
    }), { numRuns: runs, seed: 17 });
    // 4000 tries at 2^-20 expect 0.004 passes; at 1/37 (the check symbol alone) 108 ± 10, and
    // fewer still because some passing numbers are beyond the poll or leave the score blank.
    expect(qrAccepted).toBeLessThanOrEqual(1);
    expect(typedAccepted / runs).toBeLessThan(TYPED_FALSE_ACCEPT + 3 * Math.sqrt(TYPED_FALSE_ACCEPT / runs));
    expect(QR_FALSE_ACCEPT).toBeCloseTo(1 / 1048576, 12);
  });
});
