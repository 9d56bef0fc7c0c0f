import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/lib/random';

// Expected 32-bit outputs computed from Tommy Ettinger's C reference (uint32 arithmetic,
// re-implemented in Python), divided by 2^32.
describe('mulberry32', () => {
  it.each([
    [0, [1144304738, 1416247, 958946056]],
    [1, [2693262067, 11749833, 2265367787]],
    [20241103, [1430577388, 2685768001, 3431930388]],
  ])('seed %i gives the reference sequence', (seed, outputs) => {
    const random = mulberry32(seed);
    expect([random(), random(), random()]).toEqual(outputs.map((output) => output / 4294967296));
  });

  it('uses the low 32 bits of the seed', () => {
    const wrapped = mulberry32(2 ** 32 + 1);
    const plain = mulberry32(1);
    expect([wrapped(), wrapped()]).toEqual([plain(), plain()]);
  });

  it('is deterministic and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const first = mulberry32(seed);
        const second = mulberry32(seed);
        for (let draw = 0; draw < 20; draw += 1) {
          const value = first();
          expect(value).toBe(second());
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });
});
