import { describe, expect, it } from 'vitest';
import { isRecord } from '../../../src/lib/tool/isRecord';

describe('isRecord', () => {
  it.each([
    [{}, true],
    [{ v: 1 }, true],
    [JSON.parse('{"__proto__": 1}'), true],
    [null, false],
    [[], false],
    [[1, 2], false],
    ['{}', false],
    [0, false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });
});
