import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { decodeToolShare, encodeToolShare, toolShareUrl, type VersionedSchema } from '../../../src/lib/tool';
import { encodeShareState } from '../../../src/lib/share';

const schema = z.object({ values: z.record(z.enum(['n', 'p']), z.string().max(20)) });
type State = z.infer<typeof schema>;
const spec: VersionedSchema<State> = { version: 2, schema, migrations: { 1: (old) => ({ values: { n: String((old as { n: number }).n), p: '' } }) } };
const state: State = { values: { n: '20000', p: '20' } };

describe('tool share links', () => {
  it('round-trips a state', () => {
    expect(decodeToolShare(`#${encodeToolShare('demo', spec, state)}`, 'demo', spec)).toEqual({ ok: true, value: state });
  });

  it('a full URL carries the payload in its hash', () => {
    const url = new URL(toolShareUrl('https://example.org/course/tools/demo/#top', 'demo', spec, state));
    expect(url.pathname).toBe('/course/tools/demo/');
    expect(decodeToolShare(url.hash, 'demo', spec)).toEqual({ ok: true, value: state });
  });

  it('a link made by version 1 of the tool opens through the migration', () => {
    const old = encodeShareState({ v: 1, s: { n: 500 } }, 'demo');
    expect(decodeToolShare(`#${old}`, 'demo', spec)).toEqual({ ok: true, value: { values: { n: '500', p: '' } } });
  });

  it('no link is empty, not an error', () => {
    expect(decodeToolShare('#section-2', 'demo', spec)).toMatchObject({ ok: false, empty: true });
  });

  it.each([
    ['an edited character', (hash: string) => hash.replace(/\.(.)/, (_m, c: string) => `.${c === 'A' ? 'B' : 'A'}`), '截断或改动'],
    ['a truncated link', (hash: string) => hash.slice(0, -3), '截断或改动'],
    ['another tool’s link', () => encodeToolShare('other', spec, state), '其他工具'],
    ['a state outside the schema', () => encodeShareState({ v: 2, s: { values: { n: 5 } } }, 'demo'), '数据内容不符'],
  ])('%s → a Chinese message saying the defaults are used', (_case, tamper, fragment) => {
    const result = decodeToolShare(`#${tamper(encodeToolShare('demo', spec, state))}`, 'demo', spec);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.empty).toBe(false);
      expect(result.message).toContain(fragment);
      expect(result.message).toContain('默认数据');
    }
  });
});
