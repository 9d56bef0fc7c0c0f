/**
 * Fisher–Yates shuffle (Durstenfeld's in-place version, run on a copy): every order of the
 * items is equally likely when `random` is uniform.
 *
 * References: Durstenfeld (1964), "Algorithm 235: Random permutation", *Communications of the
 * ACM* 7(7); Knuth, *The Art of Computer Programming* vol. 2, §3.4.2, Algorithm P.
 *
 * @param items the items; not changed
 * @param random a source of numbers in [0, 1) (e.g. `mulberry32(seed)`)
 * @returns a new array with the same items in shuffled order
 * @example
 * shuffle(['甲', '乙', '丙'], () => 0); // => ['乙', '丙', '甲']
 */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const shuffled = [...items];
  for (let last = shuffled.length - 1; last > 0; last -= 1) {
    const chosen = Math.floor(random() * (last + 1));
    [shuffled[last], shuffled[chosen]] = [shuffled[chosen]!, shuffled[last]!];
  }
  return shuffled;
}
