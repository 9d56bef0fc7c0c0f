/**
 * A share link for a whole map: the versioned envelope as JSON, deflated (the browser's own
 * CompressionStream, RFC 1951 raw deflate) and written in base64url with the share codec's FNV-1a
 * check (src/lib/share/codec.ts), as `#map=1.<payload>.<check>`. The key differs from the tools'
 * `#share=` because the payload is compressed; everything else (checksum, alphabet, the 8000-
 * character ceiling the codec accepts) is the same. A map whose link would be longer is not
 * shared by link: the page offers the JSON file instead.
 */
import { base64UrlDecode, base64UrlEncode, checksum } from '../share';
import { wrapState } from '../tool/wrap';
import type { JourneyMap } from './model';
import { readMap, SCHEMA_VERSION, type MapResult } from './schema';

const KEY = 'map';
const FORMAT = '1';
/** Longest hash we write or read: the share codec's ceiling (links this long still open in every current browser and chat app we tried). */
export const MAX_LINK_CHARS = 8000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** The hash text (without '#') for a map, or null when it would exceed MAX_LINK_CHARS. */
export async function encodeMapLink(map: JourneyMap): Promise<{ hash: string | null; length: number }> {
  const json = JSON.stringify(wrapState(SCHEMA_VERSION, map));
  const payload = base64UrlEncode(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
  const hash = `${KEY}=${FORMAT}.${payload}.${checksum(payload)}`;
  return { hash: hash.length <= MAX_LINK_CHARS ? hash : null, length: hash.length };
}

/** The `map=…` token in a hash, or null when the hash carries no map. */
function token(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const part = body.split('&').find((item) => item.startsWith(`${KEY}=`));
  return part === undefined ? null : part.slice(KEY.length + 1).trim();
}

/** Reads a map link; `empty` when the hash holds none. Never throws. */
export async function decodeMapLink(hash: string): Promise<MapResult | { ok: false; empty: true }> {
  const text = token(hash);
  if (text === null) return { ok: false, empty: true };
  const broken = (detail: string): MapResult => ({ ok: false, message: `分享链接无效（${detail}）。请向分享者重新获取完整的链接。` });
  if (text.length > MAX_LINK_CHARS) return broken('链接过长');
  const parts = text.split('.');
  if (parts.length !== 3) return broken('链接不完整');
  const [format, payload, check] = parts as [string, string, string];
  if (format !== FORMAT) return broken(/^\d+$/.test(format) && Number(format) > Number(FORMAT) ? '链接来自更新版本的网站，请刷新页面后再试' : '版本无法识别');
  if (!/^[A-Za-z0-9_-]*$/.test(payload) || checksum(payload) !== check) return broken('链接被截断或改动过');
  let value: unknown;
  try {
    const bytes = await pipe(base64UrlDecode(payload), new DecompressionStream('deflate-raw'));
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return broken('内容无法解读');
  }
  const result = readMap(value);
  return result.ok ? result : broken(result.message.replace(/。$/, ''));
}
