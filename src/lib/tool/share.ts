/**
 * A tool's share link on top of src/lib/share/codec.ts (checksum, base64url, tool id): the
 * payload inside the link is the versioned envelope of envelope.ts, so a link made before a
 * schema change still opens through the same migrations as stored state.
 */
import { decodeShareState, encodeShareState, shareUrl } from '../share';
import { parseEnvelope, wrapState, type VersionedSchema } from './envelope';

/** Decoding a link: ok, no link at all (`empty`), or a Chinese message (the caller keeps its defaults). */
export type ShareResult<S> = { ok: true; value: S } | { ok: false; empty: boolean; message: string };

/**
 * The hash content (without '#') for a tool's payload.
 * @example location.hash = encodeToolShare('market-damage', spec, payload)
 */
export function encodeToolShare<S>(tool: string, spec: VersionedSchema<S>, payload: S): string {
  return encodeShareState(wrapState(spec.version, payload), tool);
}

/** A full link to the current page carrying the payload. */
export function toolShareUrl<S>(href: string, tool: string, spec: VersionedSchema<S>, payload: S): string {
  return shareUrl(href, wrapState(spec.version, payload), tool);
}

/**
 * Reads a tool's payload from `location.hash`. Never throws: a truncated, edited, foreign or
 * unmigratable link gives a message that says the defaults are used instead.
 */
export function decodeToolShare<S>(hash: string, tool: string, spec: VersionedSchema<S>): ShareResult<S> {
  const decoded = decodeShareState(
    hash,
    (value) => {
      const parsed = parseEnvelope(value, spec);
      return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, error: parsed.message.replace(/。$/, '') };
    },
    tool,
  );
  return decoded.ok ? decoded : { ok: false, empty: decoded.empty, message: decoded.error };
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

export interface LinkSpec<S> extends VersionedSchema<S> {
  sharePayload(state: S): S;
  shareCodec?: ShareCodec<S>;
}

/** Reads the link in `hash` with the tool's codec, or as a versioned envelope. */
export function readToolLink<S>(hash: string, tool: string, spec: LinkSpec<S>): ShareResult<S> {
  if (!spec.shareCodec) return decodeToolShare(hash, tool, spec);
  const decoded = decodeShareState(hash, spec.shareCodec.read, tool);
  return decoded.ok ? decoded : { ok: false, empty: decoded.empty, message: decoded.error };
}

/** The link to the current page for a state, and the codec's note. */
export function writeToolLink<S>(href: string, tool: string, spec: LinkSpec<S>, state: S): { url: string; note: string | null } {
  if (!spec.shareCodec) return { url: toolShareUrl(href, tool, spec, spec.sharePayload(state)), note: null };
  const { payload, note } = spec.shareCodec.write(state);
  return { url: shareUrl(href, payload, tool), note };
}
