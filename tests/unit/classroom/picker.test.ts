import { describe, expect, it } from 'vitest';
import { pickName, type PickerState } from '../../../src/lib/classroom/picker';
import { mulberry32 } from '../../../src/lib/random';

const names = ['张伟', '李娜', '王芳', '刘洋'];

describe('pickName', () => {
  it('without repeats, picks everyone once and then says the round is over', () => {
    const random = mulberry32(42);
    let state: PickerState = { picked: [] };
    for (let turn = 0; turn < names.length; turn += 1) {
      const result = pickName(names, state, true, random);
      if (!result.ok) throw new Error(result.message);
      state = result.state;
    }
    expect([...state.picked].sort()).toEqual([...names].sort());
    const after = pickName(names, state, true, random);
    expect(!after.ok && after.message).toContain('4 人都已抽过一遍');
  });

  it('with repeats allowed, keeps picking from the whole list', () => {
    const random = mulberry32(1);
    let state: PickerState = { picked: [] };
    for (let turn = 0; turn < 20; turn += 1) {
      const result = pickName(names, state, false, random);
      if (!result.ok) throw new Error(result.message);
      expect(names).toContain(result.name);
      state = result.state;
    }
    expect(state.picked).toHaveLength(20);
  });

  it('chooses uniformly from the names left', () => {
    // random() = 0.99 picks the last of the names not yet picked (李娜 is out).
    const result = pickName(names, { picked: ['李娜'] }, true, () => 0.99);
    expect(result.ok && result.name).toBe('刘洋');
  });

  it('refuses an empty list', () => {
    expect(pickName([], { picked: [] }, true, Math.random)).toEqual({ ok: false, message: '名单是空的，无法抽取。' });
  });
});
