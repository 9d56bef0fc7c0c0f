/**
 * Share links and stored state saved from the site before the tool kernel (issue 13), made with
 * the example data on each page (tests/unit/fixtures/legacy/*.json: the link's hash and every
 * `jzfw:` localStorage entry). They must keep opening to the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeShareState } from '../../../src/lib/share';
import { parseKanoSharePayload } from '../../../src/lib/kano/sharePayload';
import { parseServqualSharePayload } from '../../../src/lib/servqual/sharePayload';

const fixture = (tool: string) => JSON.parse(readFileSync(`tests/unit/fixtures/legacy/${tool}.json`, 'utf8')) as { hash: string; storage: Record<string, string> };

describe('KANO link from before the kernel', () => {
  const decoded = decodeShareState(fixture('kano').hash, (value) => {
    const parsed = parseKanoSharePayload(value);
    return parsed.ok ? { ok: true, value: parsed.value } : parsed;
  }, 'kano');

  it('opens with 300 respondents, 8 features and 6 segments (the example page says so)', () => {
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.results?.respondents).toBe(300);
    expect(decoded.value.results?.features).toHaveLength(8);
    expect(decoded.value.results?.segments).toHaveLength(6);
  });

  it('客房清洁卫生: 72 one-dimensional (like / dislike) and 64 + 75 + 67 = 206 must-be answers of 300', () => {
    if (!decoded.ok) throw new Error('link did not open');
    const pairs = decoded.value.results!.features[0]!.pairs;
    // Pair index = functional × 5 + dysfunctional; answers in the order like, must-be, neutral, live-with, dislike.
    expect(pairs[0 * 5 + 4]).toBe(72);
    expect(pairs[1 * 5 + 4]! + pairs[2 * 5 + 4]! + pairs[3 * 5 + 4]!).toBe(206);
    expect(pairs.reduce((sum, count) => sum + count, 0)).toBe(300);
  });
});

describe('SERVQUAL link from before the kernel', () => {
  const decoded = decodeShareState(fixture('servqual').hash, (value) => {
    const parsed = parseServqualSharePayload(value);
    return parsed.ok ? { ok: true, value: parsed.state } : parsed;
  }, 'servqual');

  it('opens with 160 respondents, five dimensions and the overall gaps shown on today’s page (−0.74 unweighted, −0.81 weighted)', () => {
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const { summary } = decoded.value;
    expect(summary.respondents).toBe(160);
    expect(summary.dimensions).toHaveLength(5);
    expect(summary.overall.unweighted.mean).toBeCloseTo(-0.7385, 4);
    expect(summary.overall.weighted?.mean).toBeCloseTo(-0.8121, 4);
  });
});

describe('stored state from before the kernel', () => {
  it.each([
    ['kano', ['jzfw:kano:questionnaire:v1', 'jzfw:kano:results:v1', 'jzfw:kano:view:v1']],
    ['servqual', ['jzfw:servqual:questionnaire:v1', 'jzfw:servqual:results:v1', 'jzfw:servqual:view:v1']],
    ['nps', ['jzfw:nps:inputs:v1']],
  ])('%s fixture holds the keys the old pages wrote', (tool, keys) => {
    const { storage } = fixture(tool);
    expect(Object.keys(storage).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(() => JSON.parse(storage[key]!)).not.toThrow();
  });
});
