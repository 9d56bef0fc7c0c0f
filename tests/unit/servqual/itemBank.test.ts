import { describe, expect, it } from 'vitest';
import { ITEM_BANK, NEGATIVELY_WORDED_1988, type DimensionId } from '../../../src/lib/servqual';

describe('the 22-item bank (Parasuraman, Zeithaml & Berry 1988, 1991)', () => {
  it('numbers the items 1 to 22 in order', () => {
    expect(ITEM_BANK.map((item) => item.number)).toEqual(Array.from({ length: 22 }, (_, index) => index + 1));
  });

  it('has 4 tangibles, 5 reliability, 4 responsiveness, 4 assurance and 5 empathy items (1991, appendix)', () => {
    const perDimension = new Map<DimensionId, number[]>();
    for (const item of ITEM_BANK) perDimension.set(item.dimension, [...(perDimension.get(item.dimension) ?? []), item.number]);
    expect(Object.fromEntries(perDimension)).toEqual({
      tangibles: [1, 2, 3, 4],
      reliability: [5, 6, 7, 8, 9],
      responsiveness: [10, 11, 12, 13],
      assurance: [14, 15, 16, 17],
      empathy: [18, 19, 20, 21, 22],
    });
  });

  it('the 1988 instrument worded the responsiveness and empathy items negatively (10–13, 18–22)', () => {
    expect(NEGATIVELY_WORDED_1988).toEqual([10, 11, 12, 13, 18, 19, 20, 21, 22]);
  });

  it('every item has a statement and a short topic', () => {
    for (const item of ITEM_BANK) {
      expect(item.text.length).toBeGreaterThan(4);
      expect(item.topic.length).toBeLessThan(item.text.length);
    }
  });
  it('each item has its own wording, positive as in 1991: no 不 / 没有 negations', () => {
    expect(new Set(ITEM_BANK.map((item) => item.text)).size).toBe(22);
    for (const item of ITEM_BANK) expect(item.text).not.toMatch(/不会|不能|没有|并不/);
  });
});
