/**
 * A participant's answers as a code the trainer's laptop can read:
 * - QR payload `JZ1` + poll id (4) + respondent id (5) + packed answers + CRC-20 (4): only
 *   Crockford base32 symbols, which are all in QR's alphanumeric set (5.5 bits a symbol instead
 *   of 8 in byte mode, so the code stays at QR version 1–3 with large modules for a webcam).
 * - typed code `1` + poll id + respondent id + packed answers + Crockford's check symbol, shown
 *   in groups of four for when a camera fails.
 * Answers are packed as one mixed-radix number (each question's radix = its options + 1, with 0
 * meaning "not answered"), written in as few base32 symbols as the poll's largest number needs.
 * Decoding never throws: a foreign, damaged, other-poll or inconsistent code gives a reason.
 */
import { CRC20_FALSE_ACCEPT, crc20 } from './crc20';
import { CROCKFORD_ALPHABET, checkSymbol, decodeBase32, encodeBase32, normaliseTyped, widthFor } from './crockford';
import { firstMissing, pollQuestions, type PollDefinition, type PollQuestion } from './templates';

export const QR_PREFIX = 'JZ1';
export const TYPED_VERSION = '1';
const POLL_ID_LENGTH = 4;
const RESPONDENT_LENGTH = 5;
const CRC_LENGTH = 4;
/** A random answer code passes the QR check with this probability (the CRC's). */
export const QR_FALSE_ACCEPT = CRC20_FALSE_ACCEPT;
/** A random typed code passes the check symbol with this probability (at most; one symbol in 37). */
export const TYPED_FALSE_ACCEPT = 1 / 37;

export interface PollAnswer {
  pollId: string;
  respondent: string;
  /** One integer per question: 0 = not answered, k = the k-th option. */
  answers: number[];
}

export type AnswerFailure = 'foreign' | 'damaged' | 'otherPoll' | 'inconsistent';
export type AnswerDecodeResult = { ok: true; answer: PollAnswer; via: 'qr' | 'typed' } | { ok: false; reason: AnswerFailure; message: string };

const MESSAGES: Readonly<Record<AnswerFailure, string>> = {
  foreign: '这不是本课程投票的答案码，没有计入。',
  damaged: '答案码不完整或有误（可能被改动、截断或输错），没有计入。请学员重新出示，或核对后重输。',
  otherPoll: '这是另一次投票的答案码，没有计入。请学员打开本次投票的链接重新作答。',
  inconsistent: '答案码里的回答不完整，没有计入。请学员回到答题页补全后重新出示。',
};

const fail = (reason: AnswerFailure): AnswerDecodeResult => ({ ok: false, reason, message: MESSAGES[reason] });

/** Random base32 symbols from a source of uniform numbers in [0, 1). */
export function randomSymbols(count: number, random: () => number): string {
  let out = '';
  for (let index = 0; index < count; index += 1) out += CROCKFORD_ALPHABET[Math.floor(random() * 32) % 32]!;
  return out;
}

export const newPollId = (random: () => number) => randomSymbols(POLL_ID_LENGTH, random);
export const newRespondentId = (random: () => number) => randomSymbols(RESPONDENT_LENGTH, random);

const radix = (question: PollQuestion) => BigInt(question.options.length + 1);

/** The number of distinct packed values (product of the radices). */
function capacity(questions: readonly PollQuestion[]): bigint {
  return questions.reduce((product, question) => product * radix(question), 1n);
}

/** Symbols used by the packed answers of a poll. */
export function packedWidth(poll: PollDefinition): number {
  return widthFor(capacity(pollQuestions(poll)));
}

/**
 * Answers as base32 symbols of the poll's fixed width. @throws RangeError on an answer out of
 * range (a programmer error: the answer page only offers the options).
 */
export function packAnswers(questions: readonly PollQuestion[], answers: readonly number[]): string {
  let value = 0n;
  for (let index = questions.length - 1; index >= 0; index -= 1) {
    const answer = answers[index] ?? 0;
    const base = radix(questions[index]!);
    if (!Number.isInteger(answer) || answer < 0 || BigInt(answer) >= base) throw new RangeError(`packAnswers: answer ${index} out of range`);
    value = value * base + BigInt(answer);
  }
  return encodeBase32(value, widthFor(capacity(questions)));
}

/** The inverse of packAnswers, or null when the number is beyond the poll's capacity. */
export function unpackAnswers(questions: readonly PollQuestion[], symbols: string): number[] | null {
  let value = decodeBase32(symbols);
  if (value === null || value >= capacity(questions)) return null;
  const answers: number[] = [];
  for (const question of questions) {
    const base = radix(question);
    answers.push(Number(value % base));
    value /= base;
  }
  return answers;
}

/** The QR payload of an answer. */
export function encodeAnswerQr(poll: PollDefinition, respondent: string, answers: readonly number[]): string {
  const body = `${QR_PREFIX}${poll.id}${respondent}${packAnswers(pollQuestions(poll), answers)}`;
  return body + crc20(body);
}

/** The typed code of an answer (no hyphens; groupCode() adds them for display). */
export function encodeAnswerTyped(poll: PollDefinition, respondent: string, answers: readonly number[]): string {
  const body = `${TYPED_VERSION}${poll.id}${respondent}${packAnswers(pollQuestions(poll), answers)}`;
  return body + checkSymbol(body);
}

/** Lengths of a poll's codes: QR payload and typed code (symbols, without hyphens). */
export function answerCodeLengths(poll: PollDefinition): { qr: number; typed: number } {
  const width = packedWidth(poll);
  return { qr: QR_PREFIX.length + POLL_ID_LENGTH + RESPONDENT_LENGTH + width + CRC_LENGTH, typed: TYPED_VERSION.length + POLL_ID_LENGTH + RESPONDENT_LENGTH + width + 1 };
}

const isBase32 = (text: string) => [...text].every((symbol) => CROCKFORD_ALPHABET.includes(symbol));

function readBody(poll: PollDefinition, idAndAnswers: string, via: 'qr' | 'typed'): AnswerDecodeResult {
  const pollId = idAndAnswers.slice(0, POLL_ID_LENGTH);
  if (pollId !== poll.id) return fail('otherPoll');
  const questions = pollQuestions(poll);
  const packed = idAndAnswers.slice(POLL_ID_LENGTH + RESPONDENT_LENGTH);
  if (packed.length !== widthFor(capacity(questions))) return fail('damaged');
  const answers = unpackAnswers(questions, packed);
  if (!answers) return fail('damaged');
  if (firstMissing(questions, answers) !== -1) return fail('inconsistent');
  return { ok: true, via, answer: { pollId, respondent: idAndAnswers.slice(POLL_ID_LENGTH, POLL_ID_LENGTH + RESPONDENT_LENGTH), answers } };
}

/** Reads a scanned QR payload (exact symbols: a QR decoder gives back what was encoded). */
export function decodeAnswerQr(poll: PollDefinition, payload: string): AnswerDecodeResult {
  const text = payload.trim();
  if (!text.startsWith('JZ')) return fail('foreign');
  if (text.length > 200) return fail('foreign');
  if (!text.startsWith(QR_PREFIX) || text.length < QR_PREFIX.length + POLL_ID_LENGTH + RESPONDENT_LENGTH + 1 + CRC_LENGTH || !isBase32(text)) return fail('damaged');
  const body = text.slice(0, -CRC_LENGTH);
  if (crc20(body) !== text.slice(-CRC_LENGTH)) return fail('damaged');
  return readBody(poll, body.slice(QR_PREFIX.length), 'qr');
}

/** Reads a typed code (case, I/L/O, spaces and hyphens forgiven as Crockford allows). */
export function decodeAnswerTyped(poll: PollDefinition, typed: string): AnswerDecodeResult {
  const text = normaliseTyped(typed);
  if (text.length > 200 || text.length < TYPED_VERSION.length + POLL_ID_LENGTH + RESPONDENT_LENGTH + 2) return fail('damaged');
  const body = text.slice(0, -1);
  if (!isBase32(body) || checkSymbol(body) !== text.slice(-1)) return fail('damaged');
  if (!body.startsWith(TYPED_VERSION)) return fail('damaged');
  return readBody(poll, body.slice(TYPED_VERSION.length), 'typed');
}

/** A QR payload or a typed code, whichever it looks like. */
export function decodeAnswer(poll: PollDefinition, text: string): AnswerDecodeResult {
  const trimmed = text.trim();
  return trimmed.startsWith('JZ') ? decodeAnswerQr(poll, trimmed) : decodeAnswerTyped(poll, trimmed);
}
