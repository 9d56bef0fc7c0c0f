import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { schema } from '../../../src/lib/nps/schema';
import { initialState } from '../../../src/lib/nps/state';

describe('the stored and shared state schema', () => {
  it('accepts the initial state as it is', () => {
    expect(z.safeParse(schema, initialState).success).toBe(true);
  });

  it('rejects a state with a field of the wrong kind, naming the field', () => {
    const parsed = z.safeParse(schema, { ...initialState, importer: 'x' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['importer']);
  });

  it('rejects what is not a state at all', () => {
    for (const value of [null, 5, 'state', [], {}]) expect(z.safeParse(schema, value).success).toBe(false);
  });
});
