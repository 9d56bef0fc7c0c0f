import { describe, expect, it } from 'vitest';
import { formatGap, formatInterval, formatScore } from '../../../src/lib/servqual';

describe('format', () => {
  it.each([
    [formatScore(-0.254), '−0.25'],
    [formatScore(-0.001), '0.00'],
    [formatScore(null), '—'],
    [formatGap(0.1), '+0.10'],
    [formatGap(-0.1), '−0.10'],
    [formatGap(0.001), '0.00'],
    [formatInterval(-0.41, -0.09), '−0.41 至 −0.09'],
    [formatInterval(null, 1), '—'],
  ])('%s = %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
