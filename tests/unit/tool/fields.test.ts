import { describe, expect, it } from 'vitest';
import { readField, readFields, type FieldSpec } from '../../../src/lib/tool';

const rate: FieldSpec = { key: 'c', label: '投诉率 c', unit: 'percent', min: 0, max: 100, hint: '' };
const customers: FieldSpec = { key: 'n', label: '每年的顾客 N', unit: 'count', min: 1, max: 1e9, integer: true, hint: '' };
const optional: FieldSpec = { key: 'h', label: '传到总部的比例 h', unit: 'percent', min: 0, max: 100, hint: '', optional: true };

describe('readField', () => {
  it.each([
    ['25', rate, 0.25],
    ['25%', rate, 0.25],
    [' 12.5 ', rate, 0.125],
    ['２０，０００', customers, 20000],
    ['20,000', customers, 20000],
    ['', optional, null],
  ])('“%s” reads as %s', (raw, field, expected) => {
    expect(readField(raw, field)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['120', rate, '「投诉率 c」应在 0–100% 之间，现为“120”。'],
    ['abc', rate, '「投诉率 c」的“abc”不是数字，请填写 0–100%。'],
    ['', rate, '请填写「投诉率 c」（0–100%）。'],
    ['2.5', customers, '「每年的顾客 N」应为整数，现为“2.5”。'],
    ['0', customers, '「每年的顾客 N」应在 1–1,000,000,000 位 之间，现为“0”。'],
  ])('“%s” → a message naming the field', (raw, field, message) => {
    expect(readField(raw, field)).toEqual({ ok: false, message });
  });
});

describe('readFields', () => {
  it('stops at the first field that cannot be used, and names it', () => {
    expect(readFields({ n: '100', c: '-1' }, [customers, rate])).toEqual({ ok: false, field: 'c', message: '「投诉率 c」应在 0–100% 之间，现为“-1”。' });
    expect(readFields({ n: '100', c: '5' }, [customers, rate])).toEqual({ ok: true, values: { n: 100, c: 0.05 } });
  });
});
