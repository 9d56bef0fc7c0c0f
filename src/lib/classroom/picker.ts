/**
 * The name picker: one name at a time, chosen uniformly. Without repeats it draws from the names
 * not yet picked in this round, and says so when everyone has had a turn.
 */

export interface PickerState {
  /** Names picked so far in this round, in order. */
  picked: string[];
}

export type PickResult = { ok: true; name: string; state: PickerState } | { ok: false; message: string };

/** The names still in the hat (all of them when repeats are allowed). */
export function candidates(names: readonly string[], state: PickerState, noRepeats: boolean): string[] {
  if (!noRepeats) return [...names];
  const picked = new Set(state.picked);
  return names.filter((name) => !picked.has(name));
}

/** Picks the next name. */
export function pickName(names: readonly string[], state: PickerState, noRepeats: boolean, random: () => number): PickResult {
  if (names.length === 0) return { ok: false, message: '名单是空的，无法抽取。' };
  const pool = candidates(names, state, noRepeats);
  if (pool.length === 0) return { ok: false, message: `名单上的 ${names.length} 人都已抽过一遍：点“重新开始一轮”再抽。` };
  const name = pool[Math.floor(random() * pool.length)]!;
  return { ok: true, name, state: { picked: [...state.picked, name] } };
}
