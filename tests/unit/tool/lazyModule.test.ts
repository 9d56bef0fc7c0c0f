import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../../src/lib/tool/lazyModule';

describe('lazyModule', () => {
  it('refuses to be read before it has loaded, then gives the module', async () => {
    const rules = lazyModule(async () => ({ answer: 42 }));
    expect(() => rules.current).toThrow(/before load/);
    await rules.load();
    expect(rules.current.answer).toBe(42);
  });

  it('fetches once however often it is asked', async () => {
    let fetches = 0;
    const rules = lazyModule(async () => {
      fetches += 1;
      return { fetches };
    });
    const [first, second] = await Promise.all([rules.load(), rules.load()]);
    await rules.load();
    expect(fetches).toBe(1);
    expect(first).toBe(second);
  });

  it('a failed fetch is reported and may be tried again', async () => {
    let attempt = 0;
    const rules = lazyModule(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('offline');
      return { attempt };
    });
    await expect(rules.load()).rejects.toThrow('offline');
    expect(() => rules.current).toThrow();
    await expect(rules.load()).resolves.toEqual({ attempt: 2 });
    expect(rules.current.attempt).toBe(2);
  });
});
