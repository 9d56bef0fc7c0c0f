/**
 * Pure helpers for the self-checks (自测) shown after each teaching page: the order in which a
 * question's options are shown, and the progress remembered in localStorage.
 */

/**
 * The options in display order, rotated by `seed`, with the answer's new index. The data lists
 * the correct option wherever it was easiest to write (often first); rotating by a seed taken
 * from the page and the question's position spreads the correct letter over A–E, the same on
 * every build, while the option texts and which one is right stay exactly as written.
 */
export function arrangeOptions(options: readonly string[], answer: number, seed: number): { options: string[]; answer: number } {
  const count = options.length;
  if (count === 0) throw new Error('a choice question needs options');
  if (!Number.isInteger(answer) || answer < 0 || answer >= count) throw new Error(`answer ${answer} is not an option index`);
  const shift = ((Math.trunc(seed) % count) + count) % count;
  const arranged = options.map((_, position) => options[(position + shift) % count]!);
  return { options: arranged, answer: (answer - shift + count) % count };
}

/** A small, stable string hash (FNV-1a, 32 bit) for seeding `arrangeOptions` from a page id. */
export function stringSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (const unit of text) {
    hash ^= unit.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** localStorage key for one page's progress. */
export function progressKey(pageId: string): string {
  return `self-check:${pageId}`;
}

/**
 * The question indices already done, read from what localStorage holds. Anything that is not
 * the shape we write (`{"done":[0,2]}`) — missing, corrupted, edited by hand, from an older
 * page with more questions — counts as no progress or is trimmed to valid indices, never thrown.
 */
export function parseProgress(raw: string | null, total: number): number[] {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null || !('done' in value) || !Array.isArray(value.done)) return [];
  const done = new Set<number>();
  for (const index of value.done as unknown[]) {
    if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < total) done.add(index);
  }
  return [...done].sort((a, b) => a - b);
}

export function serializeProgress(done: Iterable<number>): string {
  return JSON.stringify({ done: [...new Set(done)].sort((a, b) => a - b) });
}
