/**
 * Checks every tool's stored-state schema must pass (used by tests/unit/<tool>/schema.test.ts):
 * the tool's own initial state is accepted, a wrong kind of value is rejected with the field's
 * path, and values that are not a state at all are rejected.
 */
import { expect, it } from 'vitest';
import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';

export function stateSchemaCases<S extends object>(schema: $ZodType<S>, initialState: S, wrongField: { state: unknown; path: (string | number)[] }): void {
  it('accepts the initial state as it is', () => {
    expect(z.safeParse(schema, initialState).success).toBe(true);
  });

  it(`rejects a wrong value, naming the field (${wrongField.path.join('.')})`, () => {
    const parsed = z.safeParse(schema, wrongField.state);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(wrongField.path);
  });

  it('rejects what is not a state at all', () => {
    for (const value of [null, 5, 'state', [], {}]) expect(z.safeParse(schema, value).success).toBe(false);
  });
}
