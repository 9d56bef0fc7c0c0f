import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupCountFor, groupSizes, splitIntoGroups } from '../../../src/lib/classroom/groups';
import { mulberry32 } from '../../../src/lib/random';

describe('groupSizes', () => {
  // Hand-worked: 35 = 5 × 6 + 5, so five groups of 6 and one of 5; 7 = 2 × 3 + 1.
  it.each([
    [35, 6, [6, 6, 6, 6, 6, 5]],
    [7, 3, [3, 2, 2]],
    [12, 4, [3, 3, 3, 3]],
    [2, 3, [1, 1, 0]],
  ])('%i people in %i groups → %j', (people, groups, expected) => {
    expect(groupSizes(people, groups)).toEqual(expected);
  });

  it('sizes add up to everyone, there are as many as asked, and no two differ by more than one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 500 }), (people, groups) => {
        const sizes = groupSizes(people, groups);
        expect(sizes).toHaveLength(groups);
        expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(people);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('throws on a programmer error', () => {
    expect(() => groupSizes(5, 0)).toThrow(RangeError);
    expect(() => groupSizes(-1, 2)).toThrow(RangeError);
  });
});

describe('groupCountFor', () => {
  // "at most 6 a group": 37 people need 7 groups (6 groups would leave one group of 7).
  it.each([
    [37, 6, 7],
    [36, 6, 6],
    [5, 6, 1],
  ])('%i people, at most %i a group → %i groups', (people, size, expected) => {
    expect(groupCountFor(people, { by: 'size', size })).toBe(expected);
  });

  it('never makes a group larger than the size asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 50 }), (people, size) => {
        const sizes = groupSizes(people, groupCountFor(people, { by: 'size', size }));
        expect(Math.max(...sizes)).toBeLessThanOrEqual(size);
      }),
    );
  });
});

describe('splitIntoGroups', () => {
  const names = (count: number) => Array.from({ length: count }, (_, index) => `学员${index + 1}`);

  it('puts every name in exactly one group, with even sizes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), fc.integer(), (people, groups, seed) => {
        fc.pre(groups <= people);
        const list = names(people);
        const result = splitIntoGroups(list, { by: 'count', groups }, mulberry32(seed));
        if (!result.ok) throw new Error(result.message);
        expect(result.groups).toHaveLength(groups);
        expect(result.groups.flat().sort()).toEqual([...list].sort());
        const sizes = result.groups.map((group) => group.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives the same groups for the same seed and list', () => {
    const first = splitIntoGroups(names(30), { by: 'size', size: 5 }, mulberry32(2026));
    const again = splitIntoGroups(names(30), { by: 'size', size: 5 }, mulberry32(2026));
    expect(again).toEqual(first);
  });

  it.each([
    [{ by: 'count', groups: 0 } as const, '组数要填 1 或更大的整数。'],
    [{ by: 'size', size: 2.5 } as const, '每组人数要填 1 或更大的整数。'],
    [{ by: 'count', groups: 4 } as const, '3 个人分不成 4 组：组数不能多于人数。'],
  ])('rejects %j with a message', (request, message) => {
    expect(splitIntoGroups(names(3), request, Math.random)).toEqual({ ok: false, message });
  });
});
