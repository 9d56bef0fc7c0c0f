/**
 * mulberry32: a tiny 32-bit seeded PRNG, good enough for teaching data and identical in every
 * browser (only 32-bit integer arithmetic via Math.imul and >>>).
 *
 * References: Tommy Ettinger's public-domain generator,
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 *
 * @param seed any number; its low 32 bits (unsigned) are the initial state
 * @returns a function giving the next number in [0, 1) on every call
 * @example
 * mulberry32(1)(); // => 0.6270739405881613 (2693262067 / 2^32)
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
