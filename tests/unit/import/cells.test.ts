import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseWidth, plainInteger, readNumber } from '../../../src/lib/import/cells';

const NPS = { min: 0, max: 10, integer: true } as const;
/** Characters that make up tricky cells: digits of both widths, signs, points, 分, brackets, spaces. */
const CELL_CHARS = fc.constantFrom(...'0123456789０１９+-－.．分 \u3000()（）跳过空eE,xN/A'.split(''));

describe('plainInteger', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['10', 10],
    ['99', 99],
    ['05', -1],
    ['00', -1],
    ['100', -1],
    ['', -1],
    [' 9', -1],
    ['9 ', -1],
    ['-1', -1],
    ['１０', -1],
    ['9分', -1],
    ['a', -1],
  ])('%j → %i', (cell, expected) => {
    expect(plainInteger(cell)).toBe(expected);
  });

  it('reads exactly the cells written as 0–99 without a leading zero, as their number', () => {
    fc.assert(
      fc.property(fc.string({ unit: CELL_CHARS, maxLength: 3 }), (cell) => {
        expect(plainInteger(cell)).toBe(/^(0|[1-9][0-9]?)$/.test(cell) ? Number(cell) : -1);
      }),
    );
  });
});

describe('readNumber on a 0–10 integer scale', () => {
  it.each([
    ['9', 9],
    [' 9 ', 9],
    ['0', 0],
    ['10', 10],
    ['9.0', 9],
    ['9.', 9],
    ['+7', 7],
    ['-0', 0],
    ['9分', 9],
    ['9 分', 9],
    ['１０', 10],
    ['９．０', 9],
    ['８分', 8],
    ['\u30007\u3000', 7],
    ['10分（极有可能）', 10],
    ['0 (完全不可能)', 0],
    ['5分(一般)', 5],
  ])('%j is the value %d', (cell, value) => {
    expect(readNumber(cell, NPS)).toEqual({ kind: 'value', value });
  });

  it.each([
    ['', '空值'],
    ['   ', '空值'],
    ['(跳过)', '跳过'],
    ['（跳过）', '跳过'],
    ['(空)', '未作答'],
    ['（空）', '未作答'],
    ['N/A', '不适用'],
    ['n/a', '不适用'],
    ['#N/A', '不适用'],
    ['-', '空值'],
    ['-2', '代码 -2（跳过或未显示）'],
    ['-3', '代码 -3（跳过或未显示）'],
    ['－３', '代码 -3（跳过或未显示）'],
  ])('%j is missing (%s)', (cell, reason) => {
    expect(readNumber(cell, NPS)).toEqual({ kind: 'missing', reason });
  });

  it.each([
    ['abc', '非数字'],
    ['九', '非数字'],
    ['9分半', '非数字'],
    ['1e1', '非数字'],
    ['0x9', '非数字'],
    ['9,5', '非数字'],
    ['Infinity', '非数字'],
    ['9.5', '小数'],
    ['-0.5', '小数'],
    ['11', '超出 0–10'],
    ['100分', '超出 0–10'],
    ['10.0001', '小数'],
    ['（极有可能）', '非数字'],
    ['11分（极有可能）', '超出 0–10'],
  ])('%j is invalid (%s)', (cell, reason) => {
    expect(readNumber(cell, NPS)).toEqual({ kind: 'invalid', reason });
  });

  it('treats null and undefined as empty', () => {
    expect(readNumber(null, NPS)).toEqual({ kind: 'missing', reason: '空值' });
    expect(readNumber(undefined, NPS)).toEqual({ kind: 'missing', reason: '空值' });
  });
});

describe('readNumber with other ranges', () => {
  it.each([
    // A scale that includes negatives (e.g. a −2…2 KANO-style score): negative codes are values.
    ['-2', { min: -2, max: 2, integer: true }, { kind: 'value', value: -2 }],
    ['-3', { min: -2, max: 2, integer: true }, { kind: 'invalid', reason: '超出 -2–2' }],
    ['4.5', { min: 1, max: 7 }, { kind: 'value', value: 4.5 }],
    ['4.5', {}, { kind: 'value', value: 4.5 }],
    ['-1', {}, { kind: 'missing', reason: '代码 -1（跳过或未显示）' }],
    ['0', { min: 1 }, { kind: 'invalid', reason: '超出 范围（应不小于 1）' }],
    ['8', { max: 7 }, { kind: 'invalid', reason: '超出 范围（应不大于 7）' }],
  ] as const)('%j with %j', (cell, options, expected) => {
    expect(readNumber(cell, options)).toEqual(expected);
  });
});

describe('normaliseWidth', () => {
  it('maps full-width ASCII and the ideographic space', () => {
    expect(normaliseWidth('１２３．５\u3000ＡＢ')).toBe('123.5 AB');
    expect(normaliseWidth('plain 9')).toBe('plain 9');
  });
});

describe('readNumber properties', () => {
  it('every integer 0–10, however written, reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.constantFrom('', '分', ' 分', '.0'), fc.boolean(), (value, suffix, fullWidth) => {
        let cell = `${value}${suffix}`;
        if (fullWidth) cell = cell.replace(/[0-9.]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
        expect(readNumber(cell, NPS)).toEqual({ kind: 'value', value });
      }),
    );
  });

  it('never throws and always gives one of the three kinds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: CELL_CHARS, maxLength: 8 })), (cell) => {
        const reading = readNumber(cell, NPS);
        expect(['value', 'missing', 'invalid']).toContain(reading.kind);
        if (reading.kind === 'value') {
          expect(Number.isInteger(reading.value)).toBe(true);
          expect(reading.value).toBeGreaterThanOrEqual(0);
          expect(reading.value).toBeLessThanOrEqual(10);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
