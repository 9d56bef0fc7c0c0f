import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { parseStored, readToolLink } from '../../../src/lib/tool/read';
import { writeToolLink, type ShareCodec } from '../../../src/lib/tool/share';

const schema = z.object({ n: z.string() });
type State = z.infer<typeof schema>;
const plain = { version: 1, schema, sharePayload: (state: State) => state };
/** A compact codec: the link holds the number alone. */
const codec: ShareCodec<State> = {
  write: (state) => ({ payload: Number(state.n), note: null }),
  read: (value) => (typeof value === 'number' ? { ok: true, value: { n: String(value) } } : { ok: false, error: '不是数字' }),
};

describe('readToolLink reads what writeToolLink wrote', () => {
  it('as a versioned envelope', () => {
    const { url, note } = writeToolLink('https://example.org/tools/demo/', 'demo', plain, { n: '42' });
    expect(note).toBeNull();
    expect(readToolLink(new URL(url).hash, 'demo', plain)).toEqual({ ok: true, value: { n: '42' } });
  });

  it("with the tool's own codec", () => {
    const spec = { ...plain, shareCodec: codec };
    const { url } = writeToolLink('https://example.org/tools/demo/', 'demo', spec, { n: '7' });
    expect(readToolLink(new URL(url).hash, 'demo', spec)).toEqual({ ok: true, value: { n: '7' } });
  });

  it('no link in the address is empty, not an error', () => {
    expect(readToolLink('', 'demo', plain)).toMatchObject({ ok: false, empty: true });
  });
});

describe('parseStored', () => {
  it('reads a stored envelope, says nothing for an empty slot, names a broken one', () => {
    expect(parseStored('{"v":1,"s":{"n":"3"}}', plain)).toEqual({ ok: true, value: { n: '3' }, migrated: false });
    expect(parseStored(null, plain)).toEqual({ ok: false, empty: true, message: '' });
    expect(parseStored('{"v":1,', plain)).toEqual({ ok: false, empty: false, message: '保存的数据已损坏。' });
    expect(parseStored('{"v":1,"s":{"n":3}}', plain)).toMatchObject({ ok: false, message: '数据内容不符（字段 n）。' });
  });
});
