import { describe, expect, it } from 'vitest';
import { once } from '../../../src/lib/tool/once';

describe('once', () => {
  it('does not call make until asked, then calls it exactly once', () => {
    let calls = 0;
    const get = once(() => ({ call: ++calls }));
    expect(calls).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(get()).toBe(first);
    expect(calls).toBe(1);
  });

  it('remembers a null or undefined value too', () => {
    let calls = 0;
    const get = once(() => {
      calls += 1;
      return null;
    });
    expect(get()).toBeNull();
    expect(get()).toBeNull();
    expect(calls).toBe(1);
  });
});
