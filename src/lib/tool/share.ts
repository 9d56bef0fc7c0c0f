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
