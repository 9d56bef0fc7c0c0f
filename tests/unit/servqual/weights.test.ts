import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTypedWeights, checkWeights, WEIGHT_TOLERANCE } from '../../../src/lib/servqual';

const LABELS = ['有形度', '可靠度', '反应度', '专业度', '同理度'];

describe('checkWeights', () => {
  it.each([
    [[20, 30, 20, 15, 15], 2, { kind: 'valid', weights: [20, 30, 20, 15, 15] }],
    [[null, null, null, null, null], 2, { kind: 'blank' }],
    [[20, 30, 20, 15, 5], 7, { kind: 'invalid', error: '第 7 行：重要性分配合计为 90，应为 100。' }],
    [[20, 30, null, 15, 15], 9, { kind: 'invalid', error: '第 9 行：「反应度」的重要性没有填写；5 个维度都要填，合计为 100。' }],
    [[120, 0, 0, 0, 0], 4, { kind: 'invalid', error: '第 4 行：「有形度」的重要性 120 超出 0–100。' }],
    [[-20, 60, 20, 20, 20], 4, { kind: 'invalid', error: '第 4 行：「有形度」的重要性 -20 超出 0–100。' }],
    [[20, 30, 20, 15, 5], null, { kind: 'invalid', error: '重要性分配合计为 90，应为 100。' }],
  ] as const)('%j on row %s', (values, row, expected) => {
    expect(checkWeights(values, LABELS, row)).toEqual(expected);
  });

  it('accepts rounded decimals and rescales them to exactly 100 (33.3 × 3 = 99.9)', () => {
    const check = checkWeights([33.3, 33.3, 33.3], ['甲', '乙', '丙'], 3);
    expect(check.kind).toBe('valid');
    if (check.kind === 'valid') expect(check.weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(100, 12);
  });

  it('rejects any allocation whose total is not 100 (±0.5), with a message naming the respondent’s row', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }), fc.integer({ min: 2, max: 1_000_000 }), (values, row) => {
        const total = values.reduce((sum, value) => sum + value, 0);
        const check = checkWeights(values, LABELS, row);
        if (Math.abs(total - 100) > WEIGHT_TOLERANCE) {
          expect(check.kind).toBe('invalid');
          if (check.kind === 'invalid') expect(check.error).toBe(`第 ${row} 行：重要性分配合计为 ${total}，应为 100。`);
        } else {
          expect(check.kind).toBe('valid');
        }
      }),
    );
  });

  it('throws when values and labels differ in length (a programmer error)', () => {
    expect(() => checkWeights([100], LABELS, 2)).toThrow(RangeError);
  });
});

describe('checkTypedWeights', () => {
  it.each([
    [['20', '30', '20', '15', '15'], 'valid'],
    [['', '', '', '', ''], 'blank'],
    [['20', '30', '20', '15', '10'], 'invalid'],
  ] as const)('%j → %s', (texts, kind) => {
    expect(checkTypedWeights(texts, LABELS).kind).toBe(kind);
  });

  it('says which box is not a number', () => {
    expect(checkTypedWeights(['20', 'abc', '', '', ''], LABELS)).toEqual({ kind: 'invalid', error: '「可靠度」的重要性“abc”不是数字。' });
    expect(checkTypedWeights(['20', '300', '', '', ''], LABELS)).toEqual({ kind: 'invalid', error: '「可靠度」的重要性“300”超出 0–100。' });
  });
});
