import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseEnvelope, parseStored, wrapState, type VersionedSchema } from '../../../src/lib/tool';

/** A tool whose state was `{ count: string }` in version 1, `{ count: number }` in 2 and gained `unit` in 3. */
const schema = z.object({ count: z.number().int().min(0), unit: z.enum(['位', '人']) });
type State = z.infer<typeof schema>;
const spec: VersionedSchema<State> = {
  version: 3,
  schema,
  migrations: {
    1: (old) => ({ count: Number((old as { count: string }).count) }),
    2: (old) => ({ ...(old as object), unit: '位' }),
  },
};

describe('parseEnvelope / parseStored', () => {
  it('reads the current version as it is', () => {
    expect(parseStored(JSON.stringify(wrapState(3, { count: 4, unit: '人' })), spec)).toEqual({ ok: true, value: { count: 4, unit: '人' }, migrated: false });
  });

  it('migrates version 1 through 2 to 3, step by step', () => {
    expect(parseEnvelope({ v: 1, s: { count: '12' } }, spec)).toEqual({ ok: true, value: { count: 12, unit: '位' }, migrated: true });
    expect(parseEnvelope({ v: 2, s: { count: 7 } }, spec)).toEqual({ ok: true, value: { count: 7, unit: '位' }, migrated: true });
  });

  it('nothing stored is empty, not an error to show', () => {
    expect(parseStored(null, spec)).toEqual({ ok: false, empty: true, message: '' });
  });

  it.each([
    ['not JSON', '{"v":3,', '已损坏'],
    ['no envelope', '{"count":3}', '无法识别'],
    ['a newer version', JSON.stringify({ v: 4, s: {} }), '更新版本'],
    ['a version with no migration', JSON.stringify({ v: 0, s: {} }), '无法识别'],
    ['a value outside the schema', JSON.stringify({ v: 3, s: { count: -1, unit: '位' } }), '字段 count'],
    ['a migration that throws', JSON.stringify({ v: 1, s: null }), '无法升级'],
  ])('%s gives a Chinese message, never a throw', (_case, raw, fragment) => {
    const result = parseStored(raw, spec);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.empty).toBe(false);
      expect(result.message).toContain(fragment);
    }
  });

  it('a missing step in the history is reported', () => {
    const gap: VersionedSchema<State> = { ...spec, migrations: { 2: spec.migrations![2]! } };
    const result = parseEnvelope({ v: 1, s: { count: '1' } }, gap);
    expect(result).toEqual({ ok: false, empty: false, message: '无法从第 1 版的数据升级。' });
  });
});

describe('legacy values (written before the kernel, no envelope)', () => {
  const withLegacy: VersionedSchema<State> = { ...spec, legacy: (old) => ((old as { n?: unknown }).n === undefined ? undefined : { count: String((old as { n: number }).n) }) };

  it('are read as version 1 and migrated forward', () => {
    expect(parseEnvelope({ n: 5 }, withLegacy)).toEqual({ ok: true, value: { count: 5, unit: '位' }, migrated: true });
  });

  it('a value the legacy reader does not recognise is still refused', () => {
    expect(parseEnvelope({ other: 1 }, withLegacy)).toMatchObject({ ok: false, message: '保存的数据格式无法识别。' });
  });
});
