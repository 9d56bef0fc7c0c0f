import { describe, expect, it } from 'vitest';
import { CHECK_ALPHABET, checkSymbol, decodeBase32, encodeBase32, groupCode, normaliseTyped, widthFor } from '../../../src/lib/poll/crockford';
import { crc20 } from '../../../src/lib/poll/crc20';

describe('Crockford base32', () => {
  // Hand-worked: '16J' = 1·32² + 6·32 + 18 (J is the 18th symbol: 0–9, A–H = 10–17, J = 18) = 1234.
  it.each([
    ['0', 0n],
    ['Z', 31n],
    ['10', 32n],
    ['16J', 1234n],
    ['ZZ', 1023n],
  ])('%s is %s', (text, value) => {
    expect(decodeBase32(text)).toBe(value);
    expect(encodeBase32(value, text.length)).toBe(text);
  });

  it('keeps leading zeros and refuses values that do not fit', () => {
    expect(encodeBase32(5n, 3)).toBe('005');
    expect(() => encodeBase32(1024n, 2)).toThrow(RangeError);
  });

  it('refuses I, L, O, U and lower case in canonical text', () => {
    for (const text of ['I', 'L', 'O', 'U', 'a']) expect(decodeBase32(text)).toBeNull();
  });

  it('reads what a person types the way Crockford allows', () => {
    expect(normaliseTyped(' 1ab-c0 il o')).toBe('1ABC0110');
  });

  // Hand-worked: 1234 mod 37 = 1234 − 33·37 = 13 → 'D'; 33 mod 37 = 33 → '~' (32 '*', 33 '~', 34 '$', 35 '=', 36 'U').
  it.each([
    ['16J', 'D'],
    ['11', '~'],
    ['0', '0'],
  ])('check symbol of %s is %s', (body, symbol) => {
    expect(checkSymbol(body)).toBe(symbol);
    expect(CHECK_ALPHABET).toHaveLength(37);
  });

  it('sizes and groups codes', () => {
    expect(widthFor(32n)).toBe(1);
    expect(widthFor(33n)).toBe(2);
    expect(widthFor(1025n)).toBe(3);
    expect(groupCode('1ABCDEFGH')).toBe('1ABC-DEFG-H');
  });
});

describe('CRC-20', () => {
  it('is four symbols and zero for an all-zero message', () => {
    expect(crc20('0000')).toBe('0000');
    expect(crc20('JZ1AB')).toMatch(/^[0-9A-Z]{4}$/);
  });

  it('catches every single-symbol change of a message', () => {
    const body = 'JZ1K7QMX2P4T9';
    const check = crc20(body);
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let position = 0; position < body.length; position += 1) {
      for (const symbol of alphabet) {
        if (symbol === body[position]) continue;
        expect(crc20(body.slice(0, position) + symbol + body.slice(position + 1))).not.toBe(check);
      }
    }
  });
});
