import { describe, expect, it } from 'vitest';
import { EXAMPLE_ORIGIN, EXAMPLE_SEGMENTS } from '../../../src/lib/nps/exampleData';
import { npsFromCounts } from '../../../src/lib/nps';

describe('教学示例数据 (three invented stores)', () => {
  it('is labelled as invented', () => {
    expect(EXAMPLE_ORIGIN).toContain('虚构');
  });

  it.each([
    // Hand-worked from the counts of scores 0–10:
    // 城东店: detractors 2+1+2+3+4+5+6 = 23, passives 10+25 = 35, promoters 27+35 = 62; n = 120; (62 − 23)/120 = 32.5
    ['城东店', 120, 32.5],
    // 城西店: 3+2+3+4+5+7+8 = 32, 12+18 = 30, 15+18 = 33; n = 95; (33 − 32)/95 = 1.0526…
    ['城西店', 95, (100 * 1) / 95],
    // 机场店: 1+1+2+3+3+5+6 = 21, 11+17 = 28, 16+20 = 36; n = 85; (36 − 21)/85 = 17.647…
    ['机场店', 85, (100 * 15) / 85],
  ])('%s: n = %d, NPS = %d', (label, total, nps) => {
    const segment = EXAMPLE_SEGMENTS.find((item) => item.label === label)!;
    expect(segment.counts).toHaveLength(11);
    const result = npsFromCounts(segment.counts);
    if (!result.ok) throw new Error(result.error);
    expect(result.summary.total).toBe(total);
    expect(result.summary.nps).toBeCloseTo(nps, 10);
  });
});
