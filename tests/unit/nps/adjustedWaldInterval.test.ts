import { describe, expect, it } from 'vitest';
import { adjustedShares, adjustedWaldInterval } from '../../../src/lib/nps';
import { group, issueExample } from './groups';

describe('adjustedWaldInterval (Rocks 2016)', () => {
  it('adds 3 to n and 0.75 to promoters and detractors', () => {
    expect(adjustedShares(issueExample)).toEqual({
      adjustedTotal: 1003,
      adjustedPromoterShare: 250.75 / 1003,
      adjustedDetractorShare: 75.75 / 1003,
    });
  });

  it('issue example: centre 17.45, 14.09 … 20.81 (scipy)', () => {
    // Confirmed in Python/scipy from the same formula: centre 17.44765702891326, margin 3.3617739678161622.
    const interval = adjustedWaldInterval(issueExample);
    expect(interval.center).toBeCloseTo(17.44765702891326, 10);
    expect(interval.margin).toBeCloseTo(3.3617739678161622, 10);
    expect(interval.lower).toBeCloseTo(14.085883061097098, 10);
    expect(interval.upper).toBeCloseTo(20.80943099672942, 10);
  });

  it('all one score: still has a width, clipped at 100', () => {
    // scipy: centre 86.957, margin 17.273, upper 104.23 → clipped to 100.
    const interval = adjustedWaldInterval(group(20, 0, 0));
    expect(interval.center).toBeCloseTo(86.95652173913044, 10);
    expect(interval.margin).toBeCloseTo(17.273177713691073, 10);
    expect(interval.lower).toBeCloseTo(69.68334402543937, 10);
    expect(interval.upper).toBe(100);
  });

  it('n = 1: the pseudo-answers dominate, and the interval (−48.5 … 98.5) does not contain the NPS of 100', () => {
    const interval = adjustedWaldInterval(group(1, 0, 0));
    expect(interval.center).toBeCloseTo(25, 12);
    expect(interval.lower).toBeCloseTo(-48.49864942025203, 10);
    expect(interval.upper).toBeCloseTo(98.49864942025202, 10);
  });

  it('throws on n = 0 (programmer error: the caller shows a message instead)', () => {
    expect(() => adjustedWaldInterval(group(0, 0, 0))).toThrow(RangeError);
  });
});
