import { describe, expect, it } from 'vitest';
import { isPresetId, PRESETS, presetById } from '../../../src/lib/servqual';

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

  it.each([
    ['hotel', true],
    ['airport', true],
    ['bank', false],
    [7, false],
  ])('isPresetId(%j) = %s', (value, expected) => {
    expect(isPresetId(value)).toBe(expected);
  });
});
