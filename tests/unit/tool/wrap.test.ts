import { describe, expect, it } from 'vitest';
import { wrapState } from '../../../src/lib/tool/wrap';

describe('wrapState', () => {
  it('puts the version beside the state, as { v, s }', () => {
    expect(wrapState(3, { n: '1' })).toEqual({ v: 3, s: { n: '1' } });
    expect(JSON.stringify(wrapState(1, null))).toBe('{"v":1,"s":null}');
  });
});
