/**
 * The answers a trainer has collected for one poll: one response per respondent id (a second
 * scan of the same code is a duplicate; a changed answer from the same phone replaces the first),
 * and a history so the last scan can be undone. Pure and immutable, so the scan view, its
 * storage and the tools all read the same object; `parseCollection` checks what storage holds.
 */
import { z } from 'zod/mini';
import type { PollAnswer } from './answerCode';

export interface PollResponse {
  respondent: string;
  answers: number[];
}

/** What a scan changed, so that it can be undone: the respondent and their previous answers. */
export interface HistoryEntry {
  respondent: string;
  previous: number[] | null;
}

export interface Collection {
  pollId: string;
  responses: PollResponse[];
  history: HistoryEntry[];
}

export type AddOutcome = 'new' | 'duplicate' | 'updated';

/** How many scans can be undone, one after another. */
export const HISTORY_LIMIT = 200;
/** Most responses one poll keeps (a large lecture hall). */
export const RESPONSE_LIMIT = 2000;

export const emptyCollection = (pollId: string): Collection => ({ pollId, responses: [], history: [] });

const sameAnswers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Adds a decoded answer. A code already counted is a `duplicate` and changes nothing; the same
 * respondent with different answers is `updated` (the newer answers count, once).
 * @throws Error when the answer belongs to another poll (decodeAnswer refuses those first)
 */
export function addResponse(collection: Collection, answer: PollAnswer): { collection: Collection; outcome: AddOutcome } {
  if (answer.pollId !== collection.pollId) throw new Error('addResponse: answer of another poll');
  const index = collection.responses.findIndex((response) => response.respondent === answer.respondent);
  const history = (entry: HistoryEntry) => [...collection.history, entry].slice(-HISTORY_LIMIT);
  if (index === -1) {
    if (collection.responses.length >= RESPONSE_LIMIT) return { collection, outcome: 'duplicate' };
    return {
      outcome: 'new',
      collection: { ...collection, responses: [...collection.responses, { respondent: answer.respondent, answers: [...answer.answers] }], history: history({ respondent: answer.respondent, previous: null }) },
    };
  }
  const existing = collection.responses[index]!;
  if (sameAnswers(existing.answers, answer.answers)) return { collection, outcome: 'duplicate' };
  const responses = collection.responses.map((response, position) => (position === index ? { respondent: answer.respondent, answers: [...answer.answers] } : response));
  return { outcome: 'updated', collection: { ...collection, responses, history: history({ respondent: answer.respondent, previous: existing.answers }) } };
}

/** Undoes the last counted scan (a new response is removed, an update goes back). */
export function undoLast(collection: Collection): { collection: Collection; undone: HistoryEntry | null } {
  const last = collection.history.at(-1);
  if (!last) return { collection, undone: null };
  const history = collection.history.slice(0, -1);
  const responses = last.previous === null
    ? collection.responses.filter((response) => response.respondent !== last.respondent)
    : collection.responses.map((response) => (response.respondent === last.respondent ? { ...response, answers: [...last.previous!] } : response));
  return { collection: { ...collection, responses, history }, undone: last };
}

const answers = z.array(z.int().check(z.minimum(0), z.maximum(64))).check(z.maxLength(64));
const respondent = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{5}$/));
const schema = z.object({
  pollId: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{4}$/)),
  responses: z.array(z.object({ respondent, answers })).check(z.maxLength(RESPONSE_LIMIT)),
  history: z.array(z.object({ respondent, previous: z.nullable(answers) })).check(z.maxLength(HISTORY_LIMIT)),
});

/** A stored collection, or null when it is missing, unreadable or of another poll. */
export function parseCollection(raw: string | null, pollId: string): Collection | null {
  if (raw === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.pollId === pollId ? parsed.data : null;
  } catch {
    return null;
  }
}
