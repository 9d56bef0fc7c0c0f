/**
 * The draw's seed: typed by the trainer (the same seed and list give the same groups again, so a
 * draw can be repeated or checked), or drawn from the browser's cryptographic generator.
 */

/** The largest seed accepted: mulberry32 uses the low 32 bits. */
export const MAX_SEED = 4294967295;

export type SeedResult = { ok: true; seed: number | null } | { ok: false; message: string };

/**
 * Reads the seed box: empty means "draw a new random seed" (`seed: null`), otherwise a whole
 * number from 0 to 4294967295 (full-width digits are accepted, as a Chinese IME types them).
 */
export function parseSeed(text: string): SeedResult {
  const trimmed = text.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (trimmed === '') return { ok: true, seed: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `随机种子“${text.trim()}”不是整数：请填 0 到 ${MAX_SEED} 之间的整数，或留空由浏览器随机产生。` };
  const seed = Number(trimmed);
  if (seed > MAX_SEED) return { ok: false, message: `随机种子 ${trimmed} 太大：请填 0 到 ${MAX_SEED} 之间的整数。` };
  return { ok: true, seed };
}

/** A fresh seed from the cryptographic generator (Web Crypto, in browsers and in Node). */
export function randomSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** A number in [0, 1) from the cryptographic generator (for draws that need no seed). */
export function cryptoRandom(): number {
  return randomSeed() / 4294967296;
}
