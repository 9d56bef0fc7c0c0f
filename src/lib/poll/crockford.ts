/**
 * Crockford's base32: 32 symbols (digits and capitals without I, L, O, U), read back
 * case-insensitively with I and L taken as 1 and O as 0, hyphens ignored, and an optional
 * check symbol: the value modulo 37, written with the 32 symbols plus `*~$=U`. Because 37 is
 * prime, the check symbol catches every single wrong symbol and every swap of two neighbours.
 * All symbols are also in QR's alphanumeric set, so an answer payload fits QR alphanumeric mode.
 *
 * References: Crockford, D. "Base 32" (https://www.crockford.com/base32.html);
 * ISO/IEC 18004:2015 §7.4.4 (alphanumeric mode character set).
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The check symbols for values 32–36 (Crockford's table). */
export const CHECK_ALPHABET = `${CROCKFORD_ALPHABET}*~$=U`;

const VALUES: ReadonlyMap<string, number> = new Map([...CROCKFORD_ALPHABET].map((symbol, index) => [symbol, index]));

/**
 * A non-negative integer as exactly `width` base32 symbols (leading zeros kept).
 * @throws RangeError when the value is negative or needs more symbols (a programmer error)
 * @example encodeBase32(33n, 2) // '11'
 */
export function encodeBase32(value: bigint, width: number): string {
  if (value < 0n) throw new RangeError('encodeBase32: negative value');
  let rest = value;
  let out = '';
  for (let index = 0; index < width; index += 1) {
    out = CROCKFORD_ALPHABET[Number(rest % 32n)]! + out;
    rest /= 32n;
  }
  if (rest !== 0n) throw new RangeError('encodeBase32: value does not fit the width');
  return out;
}

/**
 * Reads canonical base32 symbols (upper case, no aliases) into an integer, or null when a symbol
 * is not in the alphabet. Use `normaliseTyped` first for text a person typed.
 * @example decodeBase32('11') // 33n
 */
export function decodeBase32(text: string): bigint | null {
  let value = 0n;
  for (const symbol of text) {
    const digit = VALUES.get(symbol);
    if (digit === undefined) return null;
    value = value * 32n + BigInt(digit);
  }
  return value;
}

/**
 * What a person typed, as canonical symbols: upper case, I/L → 1, O → 0, spaces and hyphens
 * dropped. The last symbol may be a check symbol (`*~$=U` allowed there only; the caller checks).
 * @example normaliseTyped('1ab-c0 il') // '1ABC0011'
 */
export function normaliseTyped(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-－—–]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/**
 * Crockford's check symbol of a base32 string (its value modulo 37).
 * @example checkSymbol('11') // '~' (33 mod 37 = 33, the second extra symbol)
 */
export function checkSymbol(body: string): string {
  const value = decodeBase32(body);
  if (value === null) throw new RangeError('checkSymbol: not base32');
  return CHECK_ALPHABET[Number(value % 37n)]!;
}

/** Symbols needed to write any integer below `limit` (at least 1). */
export function widthFor(limit: bigint): number {
  let width = 1;
  let capacity = 32n;
  while (capacity < limit) {
    capacity *= 32n;
    width += 1;
  }
  return width;
}

/**
 * Groups a code in fours for reading aloud or typing.
 * @example groupCode('1ABCDEFGH') // '1ABC-DEFG-H'
 */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? '';
}
