import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shuffle } from '../../../src/lib/classroom/shuffle';
import { mulberry32 } from '../../../src/lib/random';

describe('shuffle', () => {
  it('keeps every item and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const shuffled = shuffle(items, mulberry32(seed));
        expect(items).toEqual(copy);
        expect([...shuffled].sort()).toEqual([...items].sort());
      }),
    );
  });

  // Worked by hand with random() = 0: last=2 swaps with 0 → [丙,乙,甲]; last=1 swaps with 0 → [乙,丙,甲].
  it('follows Durstenfeld’s swaps', () => {
    expect(shuffle(['甲', '乙', '丙'], () => 0)).toEqual(['乙', '丙', '甲']);
  });

  it('makes all six orders of three items about equally often', () => {
    const random = mulberry32(7);
    const counts = new Map<string, number>();
    const runs = 60000;
    for (let run = 0; run < runs; run += 1) {
      const key = shuffle(['a', 'b', 'c'], random).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // Expected 10000 each; 5 standard deviations (√(60000·⅙·⅚) ≈ 91) either side.
    for (const count of counts.values()) expect(Math.abs(count - runs / 6)).toBeLessThan(460);
  });
});
