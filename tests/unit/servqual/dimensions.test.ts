import { describe, expect, it } from 'vitest';
import { DIMENSIONS, dimensionById, dimensionLabel, isDimensionId, ITEM_BANK, NEGATIVELY_WORDED_1988, PRESETS, presetById } from '../../../src/lib/servqual';

describe('the five dimensions (PZB 1988/1991)', () => {
  it.each([
    ['tangibles', '有形性', '有形度', 1, 4],
    ['reliability', '可靠性', '可靠度', 5, 9],
    ['responsiveness', '响应性', '反应度', 10, 13],
    ['assurance', '保证性', '专业度', 14, 17],
    ['empathy', '移情性', '同理度', 18, 22],
  ] as const)('%s is %s / %s, items %d–%d', (id, name, courseName, first, last) => {
    const dimension = dimensionById(id);
    expect(dimension).toMatchObject({ name, courseName, firstItem: first, lastItem: last });
    expect(ITEM_BANK.filter((item) => item.dimension === id).map((item) => item.number)).toEqual(Array.from({ length: last - first + 1 }, (_, index) => first + index));
  });

  it('labels with the course name first', () => {
    expect(dimensionLabel('assurance')).toBe('专业度（保证性）');
  });

  it('knows its ids', () => {
    expect(DIMENSIONS.map((dimension) => dimension.id).every(isDimensionId)).toBe(true);
    expect(isDimensionId('quality')).toBe(false);
    expect(() => dimensionById('quality' as never)).toThrow(RangeError);
  });
});

describe('item bank', () => {
  it('has the 22 items numbered 1–22, each with its own wording', () => {
    expect(ITEM_BANK.map((item) => item.number)).toEqual(Array.from({ length: 22 }, (_, index) => index + 1));
    expect(new Set(ITEM_BANK.map((item) => item.text)).size).toBe(22);
  });

  it('is worded positively (1991): no 不 / 没有 negations', () => {
    for (const item of ITEM_BANK) expect(item.text).not.toMatch(/不会|不能|没有|并不/);
  });

  it('lists the 1988 negatively worded items (responsiveness and empathy)', () => {
    expect(NEGATIVELY_WORDED_1988).toEqual([10, 11, 12, 13, 18, 19, 20, 21, 22]);
  });
});

describe('industry presets', () => {
  it('offers 通用 · 酒店 · 景区 · 航空公司 · 机场', () => {
    expect(PRESETS.map((preset) => preset.label)).toEqual(['通用（原量表措辞）', '酒店', '景区', '航空公司', '机场']);
  });

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s rewords all 22 items, each once', (_, preset) => {
    expect(preset.texts).toHaveLength(22);
    expect(new Set(preset.texts).size).toBe(22);
    for (const text of preset.texts) expect(text.trim()).not.toBe('');
  });

  it('names the provider', () => {
    expect(presetById('airport').provider).toBe('本机场');
    expect(() => presetById('bank' as never)).toThrow(RangeError);
  });
});
