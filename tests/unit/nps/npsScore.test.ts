import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NO_ANSWERS_MESSAGE, npsFromCounts, tallyScores } from '../../../src/lib/nps';
import { answers, nonEmptyCounts } from './arbitraries';

/** Counts from category totals: detractors at 0, passives at 8, promoters at 10. */
function counts(promoters: number, passives: number, detractors: number): number[] {
  return [detractors, 0, 0, 0, 0, 0, 0, 0, passives, 0, promoters];
}

function nps(scoreCounts: number[]): number {
  const result = npsFromCounts(scoreCounts);
  if (!result.ok) throw new Error(result.error);
  return result.summary.nps;
}

describe('npsFromCounts', () => {
  it.each([
    // Hand-worked: 100 × (promoters − detractors) / n.
    ['issue 6: n = 1000, 250 promoters, 75 detractors', counts(250, 675, 75), 17.5],
    ['all promoters', counts(40, 0, 0), 100],
    ['all detractors', counts(0, 0, 40), -100],
    ['all passives', counts(0, 40, 0), 0],
    ['n = 1, a 10', counts(1, 0, 0), 100],
    ['n = 1, a 0', counts(0, 0, 1), -100],
    ['n = 1, an 8', counts(0, 1, 0), 0],
    ['method page worked example: 18 promoters, 12 passives, 10 detractors', counts(18, 12, 10), 20],
    ['thirds: 1 − 1 over 3', counts(1, 1, 1), 0],
    ['2 promoters, 1 detractor of 3', counts(2, 0, 1), 100 / 3],
  ])('%s → %d', (_, scoreCounts, expected) => {
    expect(nps(scoreCounts)).toBeCloseTo(expected, 10);
  });

  it('gives exactly 17.5 for the issue example (no rounding drift)', () => {
    expect(nps(counts(250, 675, 75))).toBe(17.5);
  });

  it('reports shares and counts (issue example)', () => {
    const result = npsFromCounts(counts(250, 675, 75));
    expect(result.ok && result.summary).toMatchObject({
      total: 1000,
      promoters: 250,
      passives: 675,
      detractors: 75,
      promoterShare: 0.25,
      passiveShare: 0.675,
      detractorShare: 0.075,
    });
  });

  it('n = 0: no number, a message', () => {
    const result = npsFromCounts(new Array(11).fill(0));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe(NO_ANSWERS_MESSAGE);
    expect(NO_ANSWERS_MESSAGE).toMatch(/n = 0/);
  });

  it('all one score: each score alone gives −100, 0 or 100', () => {
    for (let score = 0; score <= 10; score += 1) {
      const single = new Array(11).fill(0);
      single[score] = 37;
      expect(nps(single)).toBe(score >= 9 ? 100 : score >= 7 ? 0 : -100);
    }
  });

  it('throws on malformed counts (programmer error)', () => {
    expect(() => npsFromCounts([1, 2])).toThrow(RangeError);
  });

  describe('properties', () => {
    it('NPS ∈ [−100, 100]', () => {
      fc.assert(fc.property(nonEmptyCounts, (scoreCounts) => {
        const value = nps(scoreCounts);
        expect(value).toBeGreaterThanOrEqual(-100);
        expect(value).toBeLessThanOrEqual(100);
      }));
    });

    it('is invariant to row order', () => {
      fc.assert(fc.property(answers, fc.integer(), (scores, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(scores, { minLength: scores.length, maxLength: scores.length }), { seed, numRuns: 1 })[0]!;
        expect(nps(tallyScores(shuffled))).toBe(nps(tallyScores(scores)));
      }));
    });

    it('counts input and raw input agree', () => {
      fc.assert(fc.property(answers, (scores) => {
        const fromCounts = npsFromCounts(tallyScores(scores));
        const promoters = scores.filter((score) => score >= 9).length;
        const detractors = scores.filter((score) => score <= 6).length;
        expect(fromCounts.ok && fromCounts.summary.nps).toBeCloseTo((100 * (promoters - detractors)) / scores.length, 10);
      }));
    });
  });
});
