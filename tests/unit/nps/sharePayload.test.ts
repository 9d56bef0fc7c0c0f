import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSharePayload, toSharePayload } from '../../../src/lib/nps';
import { nonEmptyCounts } from './arbitraries';

const counts = [1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 3];

describe('share payload', () => {
  it('round-trips counts and segments (through JSON, as in a link)', () => {
    const state = {
      counts,
      segments: [
        { label: '北京店', counts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3] },
        { label: '上海店', counts: [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0] },
      ],
    };
    expect(parseSharePayload(JSON.parse(JSON.stringify(toSharePayload(state))))).toEqual({ ok: true, state });
  });

  it('carries counts only, never rows', () => {
    expect(Object.keys(toSharePayload({ counts, segments: null }))).toEqual(['c']);
  });

  it.each([
    ['null', null],
    ['an array', [1, 2]],
    ['no counts', { s: [] }],
    ['10 counts', { c: counts.slice(1) }],
    ['a negative count', { c: [-1, ...counts.slice(1)] }],
    ['a fraction', { c: [0.5, ...counts.slice(1)] }],
    ['a string count', { c: ['1', ...counts.slice(1)] }],
    ['all zero', { c: new Array(11).fill(0) }],
    ['segments not an array', { c: counts, s: 'x' }],
    ['a segment without counts', { c: counts, s: [['A']] }],
    ['an empty label', { c: counts, s: [['', counts]] }],
    ['duplicate labels', { c: counts, s: [['A', counts], ['A', counts]] }],
    ['segments not adding up', { c: counts, s: [['A', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]]] }],
  ])('rejects %s with a Chinese message', (_, value) => {
    const result = parseSharePayload(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/[\u4e00-\u9fff]/);
  });

  it('never throws on arbitrary JSON (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(() => parseSharePayload(value)).not.toThrow();
    }));
  });

  it('accepts every valid count vector (property)', () => {
    fc.assert(fc.property(nonEmptyCounts, (valid) => {
      expect(parseSharePayload({ c: valid })).toEqual({ ok: true, state: { counts: valid, segments: null } });
    }));
  });
});
