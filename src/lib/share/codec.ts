/**
 * Share links: a tool's small state (counts, settings — never raw survey rows) in the URL
 * hash, so a trainer can put a result on a slide. Format: `#share=<v>.<payload>.<check>`
 * - v: format version (1)
 * - payload: base64url of the UTF-8 JSON `{ t: tool, s: state }`
 * - check: FNV-1a 32-bit hash of the payload in base36 — catches truncated or edited links
 * No compression: the states are a few hundred bytes at most.
 * FNV-1a: Fowler, Noll & Vo, http://www.isthe.com/chongo/tech/comp/fnv/
 */

export const SHARE_FORMAT_VERSION = 1;
const SHARE_KEY = 'share';
/** Longest hash accepted (a link this long is not ours). */
const MAX_SHARE_LENGTH = 8000;

/** The tool's own check of a decoded value. */
export type ShareValidation<T> = { ok: true; value: T } | { ok: false; error: string };

/** Result of decoding a link. `empty` means there was no share state at all (not an error to show). */
export type ShareDecodeResult<T> = { ok: true; value: T } | { ok: false; empty: boolean; error: string };

/**
 * Encodes a tool's state for the URL hash.
 * @param state a JSON-serialisable object
 * @param tool the tool's id (e.g. 'nps'), so a link for one tool is refused by another
 * @returns the hash content without '#', e.g. `share=1.eyJ0Ijoi….1x2y3z`
 * @throws TypeError when the state is not JSON-serialisable (a programmer error)
 * @example location.hash = encodeShareState({ counts: [1, 2, 3] }, 'nps')
 */
export function encodeShareState(state: unknown, tool = ''): string {
  const json = JSON.stringify({ t: tool, s: state });
  if (json === undefined) throw new TypeError('encodeShareState: state is not JSON-serialisable');
  const payload = base64UrlEncode(new TextEncoder().encode(json));
  return `${SHARE_KEY}=${SHARE_FORMAT_VERSION}.${payload}.${checksum(payload)}`;
}

/**
 * Decodes a share link's hash. Never throws: a missing, truncated, edited or foreign link
 * gives `{ ok: false, error }` with a Chinese message, and the caller keeps its default state.
 * @param hash `location.hash` (with or without '#'; other hash parts such as heading anchors are ignored)
 * @param validate the tool's shape check of the decoded state
 * @param tool the tool's id used when encoding
 */
export function decodeShareState<T>(hash: string, validate: (value: unknown) => ShareValidation<T>, tool = ''): ShareDecodeResult<T> {
  const token = extractShareToken(hash);
  if (token === null) return { ok: false, empty: true, error: '链接中没有分享的数据。' };
  const broken = (detail: string): ShareDecodeResult<T> => ({ ok: false, empty: false, error: `分享链接无效（${detail}），已改用默认数据。请向分享者重新获取完整的链接。` });
  if (token.length > MAX_SHARE_LENGTH) return broken('链接过长');
  const parts = token.split('.');
  if (parts.length !== 3) return broken('链接不完整');
  const [version, payload, check] = parts as [string, string, string];
  if (version !== String(SHARE_FORMAT_VERSION)) {
    return /^\d+$/.test(version) && Number(version) > SHARE_FORMAT_VERSION ? broken('链接来自更新版本的网站，请刷新页面后再试') : broken('版本无法识别');
  }
  if (!/^[A-Za-z0-9_-]*$/.test(payload) || checksum(payload) !== check) return broken('链接被截断或改动过');
  let envelope: unknown;
  try {
    envelope = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64UrlDecode(payload)));
  } catch {
    return broken('内容无法解读');
  }
  if (typeof envelope !== 'object' || envelope === null || !('s' in envelope)) return broken('内容无法解读');
  const { t, s } = envelope as { t?: unknown; s: unknown };
  if (t !== tool) return broken('这是其他工具的分享链接');
  let validated: ShareValidation<T>;
  try {
    validated = validate(s);
  } catch {
    return broken('数据格式不符');
  }
  if (!validated.ok) return broken(validated.error);
  return { ok: true, value: validated.value };
}

/**
 * A full link for the current page with the state in its hash.
 * @example shareUrl('https://example.org/tools/nps/#old', { counts }, 'nps') // 'https://example.org/tools/nps/#share=1.…'
 */
export function shareUrl(href: string, state: unknown, tool = ''): string {
  const url = new URL(href);
  url.hash = encodeShareState(state, tool);
  return url.toString();
}

/** The `share=…` token in a hash, or null. Accepts `#share=…`, `share=…` and `#anchor&share=…`. */
export function extractShareToken(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (part.startsWith(`${SHARE_KEY}=`)) {
      const token = part.slice(SHARE_KEY.length + 1);
      try {
        return decodeURIComponent(token).trim();
      } catch {
        return token.trim();
      }
    }
  }
  return null;
}

/** FNV-1a 32-bit hash of a string's UTF-16 code units, in base36. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** RFC 4648 §5 base64url without padding. */
export function base64UrlEncode(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index]!;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += ALPHABET[c & 63]!;
  }
  return out;
}

/** Inverse of base64UrlEncode. @throws RangeError on characters outside the alphabet or an impossible length. */
export function base64UrlDecode(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new RangeError('base64url: impossible length');
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let byteIndex = 0;
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value === -1) throw new RangeError('base64url: bad character');
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[byteIndex++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, byteIndex);
}
