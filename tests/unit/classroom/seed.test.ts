import { describe, expect, it } from 'vitest';
import { MAX_SEED, parseSeed, randomSeed } from '../../../src/lib/classroom/seed';
import { isProjectorOn } from '../../../src/lib/classroom/projector';

describe('parseSeed', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['2026', 2026],
    ['２０２６', 2026],
    [String(MAX_SEED), MAX_SEED],
  ])('%j → %j', (text, seed) => {
    expect(parseSeed(text)).toEqual({ ok: true, seed });
  });

  it.each([['12a'], ['-3'], ['1.5'], [String(MAX_SEED + 1)]])('%j is refused with a message', (text) => {
    const result = parseSeed(text);
    expect(!result.ok && result.message).toContain('随机种子');
  });

  it('draws seeds in range from the cryptographic generator', () => {
    const seeds = Array.from({ length: 50 }, randomSeed);
    for (const seed of seeds) expect(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED).toBe(true);
    expect(new Set(seeds).size).toBeGreaterThan(45);
  });
});

describe('isProjectorOn', () => {
  it.each([
    ['on', true],
    [null, false],
    ['', false],
    ['ON', false],
    ['true', false],
    ['{"on":true}', false],
  ])('%j → %s', (stored, on) => {
    expect(isProjectorOn(stored)).toBe(on);
  });
});
