/**
 * A 20-bit cyclic redundancy check over base32 symbols (5 bits each), written as 4 symbols.
 * Generator g(x) = x^20 + x^3 + 1. A CRC whose generator has degree r and a non-zero constant
 * term detects every error burst no longer than r bits; one wrong symbol changes at most 5
 * neighbouring bits, so every single-symbol change is caught. A random string passes with
 * probability 2^-20 (about 1 in a million).
 *
 * References: Peterson, W. W. & Brown, D. T. (1961). Cyclic codes for error detection.
 * Proceedings of the IRE 49(1), 228–235 (burst detection of cyclic codes).
 */
import { CROCKFORD_ALPHABET, encodeBase32 } from './crockford';

const DEGREE = 20;
const POLY = 0b1001; // x^3 + 1, the low terms of g(x)
const MASK = (1 << DEGREE) - 1;

/** Probability that a random body passes the check. */
export const CRC20_FALSE_ACCEPT = 2 ** -DEGREE;

/**
 * The CRC of a string of base32 symbols, as 4 base32 symbols.
 * @throws RangeError on a symbol outside the alphabet (callers check first)
 * @example crc20('0') // '0000' (an all-zero message has a zero remainder)
 */
export function crc20(body: string): string {
  let register = 0;
  for (const symbol of body) {
    const value = CROCKFORD_ALPHABET.indexOf(symbol);
    if (value === -1) throw new RangeError('crc20: not base32');
    for (let bit = 4; bit >= 0; bit -= 1) {
      const top = ((register >> (DEGREE - 1)) & 1) ^ ((value >> bit) & 1);
      register = (register << 1) & MASK;
      if (top) register ^= POLY;
    }
  }
  return encodeBase32(BigInt(register), 4);
}
