/**
 * Where the trainer's laptop keeps a poll and its answers (localStorage, this device only) and
 * how the open tool pages hear about a new answer (BroadcastChannel, with the `storage` event as
 * the fallback between tabs). Nothing here leaves the browser.
 */
import { decodePollHash, encodePollHash, parseCollection, emptyCollection, type Collection, type PollDefinition } from '../../lib/poll';
import { readRaw, writeRaw } from '../shared/toolStorage';

const CHANNEL = 'jzfw-poll';
const definitionKey = (pollId: string) => `jzfw:poll:definition:${pollId}`;
const answersKey = (pollId: string) => `jzfw:poll:answers:${pollId}`;
export const respondentKey = (pollId: string) => `jzfw:poll:respondent:${pollId}`;
export const draftKey = (pollId: string) => `jzfw:poll:draft:${pollId}`;

/** Uniform numbers in [0, 1) from the browser's cryptographic generator. */
export function secureRandom(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0]! / 2 ** 32;
}

export function savePoll(poll: PollDefinition): void {
  writeRaw(definitionKey(poll.id), encodePollHash(poll));
}

export function loadPoll(pollId: string): PollDefinition | null {
  const raw = readRaw(definitionKey(pollId));
  if (raw === null) return null;
  const decoded = decodePollHash(raw);
  return decoded.ok ? decoded.poll : null;
}

export function loadCollection(pollId: string): Collection {
  return parseCollection(readRaw(answersKey(pollId)), pollId) ?? emptyCollection(pollId);
}

/** Stores the answers and tells the other tabs; 'full' when storage is full. */
/** One open channel for the page's lifetime (closing it right after posting can drop the message). */
let sender: BroadcastChannel | null = null;

export function saveCollection(collection: Collection): 'ok' | 'full' | 'unavailable' {
  const result = writeRaw(answersKey(collection.pollId), JSON.stringify(collection));
  try {
    sender ??= new BroadcastChannel(CHANNEL);
    sender.postMessage({ pollId: collection.pollId });
  } catch {
    // No BroadcastChannel (old browser): other tabs still get the `storage` event.
  }
  return result;
}

/** Calls `onChange` whenever another tab saves answers of this poll. Returns the unsubscribe. */
export function subscribeAnswers(pollId: string, onChange: () => void): () => void {
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<{ pollId?: unknown }>) => {
      if (event.data?.pollId === pollId) onChange();
    };
  } catch {
    channel = null;
  }
  // Both: the storage event also arrives where a BroadcastChannel message was lost (callers debounce).
  const onStorage = (event: StorageEvent) => {
    if (event.key === answersKey(pollId)) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    channel?.close();
    window.removeEventListener('storage', onStorage);
  };
}
