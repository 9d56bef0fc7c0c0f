/**
 * Reading a tool's stored state or share link: the zod side of the kernel. A tool page fetches
 * this module (and the tool's schema) only when there is something to read, a saved state or a
 * link in the address (src/components/shared/useTool.ts), so a first visit does not ship zod.
 */
import { decodeShareState } from '../share';
import { parseEnvelope, type VersionedSchema } from './envelope';
import type { LinkSpec } from './share';

export { parseEnvelope, parseStored } from './envelope';

/** Decoding a link: ok, no link at all (`empty`), or a Chinese message (the caller keeps its defaults). */
export type ShareResult<S> = { ok: true; value: S } | { ok: false; empty: boolean; message: string };

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

/** Reads the link in `hash` with the tool's codec, or as a versioned envelope. */
export function readToolLink<S>(hash: string, tool: string, spec: LinkSpec<S> & VersionedSchema<S>): ShareResult<S> {
  if (!spec.shareCodec) return decodeToolShare(hash, tool, spec);
  const decoded = decodeShareState(hash, spec.shareCodec.read, tool);
  return decoded.ok ? decoded : { ok: false, empty: decoded.empty, message: decoded.error };
}
