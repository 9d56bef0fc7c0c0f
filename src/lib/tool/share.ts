/**
 * A tool's share link on top of src/lib/share/codec.ts (checksum, base64url, tool id): the
 * payload inside the link is the versioned envelope of envelope.ts, so a link made before a
 * schema change still opens through the same migrations as stored state. Writing is here;
 * reading, which needs the schema and zod, is in read.ts and loads when a page has a link.
 */
import { encodeShareState, shareUrl } from '../share';
import { wrapState } from './wrap';

/** What writing a link needs: the schema version (reading, in read.ts, also needs the schema). */
export interface Versioned {
  version: number;
}

/**
 * The hash content (without '#') for a tool's payload.
 * @example location.hash = encodeToolShare('market-damage', spec, payload)
 */
export function encodeToolShare<S>(tool: string, spec: Versioned, payload: S): string {
  return encodeShareState(wrapState(spec.version, payload), tool);
}

/** A full link to the current page carrying the payload. */
export function toolShareUrl<S>(href: string, tool: string, spec: Versioned, payload: S): string {
  return shareUrl(href, wrapState(spec.version, payload), tool);
}

/**
 * A tool whose links keep their own compact format (KANO, SERVQUAL: packed counts that a
 * JSON state would make too long) gives a codec instead of relying on `sharePayload`. Its links
 * are the pre-kernel ones, byte for byte, so old links open unchanged.
 */
export interface ShareCodec<S> {
  /** The payload and, when something was left out to fit, a note saying what. */
  write(state: S): { payload: unknown; note: string | null };
  /** Checks a decoded payload (Chinese reason when it is unusable). */
  read(value: unknown): { ok: true; value: S } | { ok: false; error: string };
}

export interface LinkSpec<S> extends Versioned {
  sharePayload(state: S): S;
  shareCodec?: ShareCodec<S>;
}

/** The link to the current page for a state, and the codec's note. */
export function writeToolLink<S>(href: string, tool: string, spec: LinkSpec<S>, state: S): { url: string; note: string | null } {
  if (!spec.shareCodec) return { url: toolShareUrl(href, tool, spec, spec.sharePayload(state)), note: null };
  const { payload, note } = spec.shareCodec.write(state);
  return { url: shareUrl(href, payload, tool), note };
}
