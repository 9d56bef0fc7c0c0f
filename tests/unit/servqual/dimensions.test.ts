import { describe, expect, it } from 'vitest';
import { DIMENSIONS, dimensionById, dimensionLabel, isDimensionId, ITEM_BANK } from '../../../src/lib/servqual';

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
