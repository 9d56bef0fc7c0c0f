/**
 * The stored or shared form of a tool's state, `{ v, s }`: the state with the schema version it
 * was written under. Writing needs only this; reading (envelope.ts, with zod) is fetched when
 * there is something to read, so a tool page that starts empty does not ship the schema code.
 */

/** The stored or shared form. */
export interface Envelope {
  v: number;
  s: unknown;
}

/** Wraps a state for storage or a link. */
export function wrapState(version: number, state: unknown): Envelope {
  return { v: version, s: state };
}
