import { describe, expect, it } from 'vitest';
import {
  checkMapping,
  detectServqualColumns,
  emptyMapping,
  isColumnMapping,
  removeItem,
  templateHeaders,
  ratingHeader,
} from '../../../src/lib/servqual';
import { smallQuestionnaire } from './helpers';

describe('checkMapping', () => {
  const small = smallQuestionnaire({ askWeights: true });
  const headers = templateHeaders(small);
  const detected = detectServqualColumns({ headers, rows: [] }, small).mapping;

  it('accepts the detected mapping', () => {
    expect(checkMapping(detected, small, headers)).toEqual({ ok: true, usableItemIds: ['i1', 'i2', 'i5', 'i6'], hasWeights: true, warnings: [] });
  });

  it('refuses a column used twice, naming it', () => {
    const mapping = structuredClone(detected);
    mapping.items[1]!.columns.expected = 0;
    const check = checkMapping(mapping, small, headers);
    expect(check).toEqual({ ok: false, error: '第 1 列「E1 期望｜设施设备新颖、现代」同时被选作第 1 题的期望和第 2 题的期望：每列只能对应一项。' });
  });

  it('refuses a mapping with no complete item, and warns about incomplete ones', () => {
    expect(checkMapping(emptyMapping(small), small, headers).ok).toBe(false);
    const mapping = structuredClone(detected);
    mapping.items[3]!.columns.perceived = null;
    mapping.weights.reliability = null;
    const check = checkMapping(mapping, small, headers);
    expect(check.ok && check.warnings).toEqual(['第 4 题缺少期望或感知列，不计入结果。', '重要性列不完整（需要每个维度一列）：不计算加权得分。']);
    expect(check.ok && check.hasWeights).toBe(false);
  });

  it('refuses a column outside the table', () => {
    const mapping = structuredClone(detected);
    mapping.items[0]!.columns.perceived = 99;
    expect(checkMapping(mapping, small, headers).ok).toBe(false);
  });

  it('validates stored mappings', () => {
    expect(isColumnMapping(detected)).toBe(true);
    expect(isColumnMapping({ items: [{ itemId: 'i1', columns: { expected: -1 } }], weights: {} })).toBe(false);
  });

  it('works after items are removed (numbers follow the questionnaire)', () => {
    const fewer = removeItem(small, 'i1');
    const detection = detectServqualColumns({ headers: templateHeaders(fewer), rows: [] }, fewer);
    expect(detection.mapping.items).toHaveLength(3);
    expect(headers).not.toEqual(templateHeaders(fewer));
    expect(ratingHeader('expected', 1, '营业场所的环境美观、吸引人')).toBe(templateHeaders(fewer)[0]);
  });
});
