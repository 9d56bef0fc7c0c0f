import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deferSearchUi, lazySearchPlugin } from '../../../src/plugins/lazy-search.mjs';

/** The script of the Search.astro this project installs, as Astro hands it to Vite. */
function starlightSearchScript(): string {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('@astrojs/starlight/components/Search.astro'), 'utf8');
  const scripts = [...source.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const script = scripts.find((text) => text.includes('@pagefind/default-ui'));
  if (!script) throw new Error('Search.astro has no script that imports Pagefind UI');
  return script;
}

describe('lazySearchPlugin', () => {
  it("replaces the installed Starlight's idle-time load of Pagefind UI with a load on first use", () => {
    const original = starlightSearchScript();
    expect(original).toContain('requestIdleCallback');
    const changed = deferSearchUi(original);
    expect(changed).not.toContain('requestIdleCallback');
    for (const trigger of ["'pointerenter'", "'focus'", "'touchstart'", "'click'", "event.key === 'k'"]) expect(changed).toContain(trigger);
    // The rest of Starlight's script is untouched: the UI is still imported and built the same way.
    expect(changed).toContain("await import('@pagefind/default-ui')");
    expect(changed).toContain('onIdle(async () => {');
  });

  it('fails the build when the statement it replaces is missing or ambiguous', () => {
    expect(() => deferSearchUi('onIdle(async () => {});', 'x.astro')).toThrow(/lazy-search: x\.astro/);
    const twice = `${starlightSearchScript()}\n${starlightSearchScript()}`;
    expect(() => deferSearchUi(twice)).toThrow(/exactly one/);
  });

  it('only touches the Search component’s script', () => {
    const plugin = lazySearchPlugin();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('const onIdle = 1;', '/x/src/components/Search.astro?astro&type=script&index=0&lang.ts')).toBeNull();
    const id = '/x/node_modules/@astrojs/starlight/dist/components/Search.astro?astro&type=script&index=0&lang.ts';
    expect(transform(starlightSearchScript(), id)?.code).toContain("'pointerenter'");
    expect(plugin.enforce).toBe('pre');
  });
});
