import { describe, expect, it } from 'vitest';
import { adjustedWaldInterval, compareNps, describeComparison, describeNps, npsFromCounts, precisionLevel, type NpsSummary } from '../../../src/lib/nps';

function summaryOf(counts: number[]): NpsSummary {
  const result = npsFromCounts(counts);
  if (!result.ok) throw new Error(result.error);
  return result.summary;
}

const issueCounts = [75, 0, 0, 0, 0, 0, 0, 0, 675, 0, 250];

describe('describeNps', () => {
  it.each([
    [3.4, 'precise'],
    [5, 'precise'],
    [7, 'moderate'],
    [25, 'rough'],
  ] as const)('precisionLevel(%d) = %s', (margin, level) => {
    expect(precisionLevel(margin)).toBe(level);
  });

  it('issue example: composition, interval and a "precise" reading', () => {
    const summary = summaryOf(issueCounts);
    const text = describeNps(summary, adjustedWaldInterval(summary)).join('\n');
    expect(text).toContain('共 1,000 份有效回答');
    expect(text).toContain('NPS = (250 − 75) ÷ 1,000 × 100 = 17.5');
    expect(text).toContain('95% 置信区间为 14.1 至 20.8');
    expect(text).toContain('精度较高');
  });

  it('a small survey is called rough and gets a sample-size suggestion', () => {
    const summary = summaryOf([10, 0, 0, 0, 0, 0, 0, 0, 12, 0, 18]);
    const text = describeNps(summary, adjustedWaldInterval(summary)).join('\n');
    expect(text).toContain('样本偏少');
    expect(text).toMatch(/约需 [\d,]+ 份回答/);
  });

  it('n = 1 says one answer cannot speak for everyone', () => {
    const summary = summaryOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(describeNps(summary, adjustedWaldInterval(summary)).join('')).toContain('只有 1 份回答');
  });
});

describe('describeComparison', () => {
  const high = summaryOf([10, 0, 0, 0, 0, 0, 0, 0, 30, 0, 60]);
  const low = summaryOf([30, 0, 0, 0, 0, 0, 0, 0, 30, 0, 40]);

  it('a clear difference is called significant, with z and p', () => {
    const text = describeComparison('北京店', '上海店', compareNps(high, low));
    // The estimate is the adjusted difference 38.835 (compareGroups.test.ts), the centre of the interval shown; the raw 40.0 is not used.
    expect(text).toMatch(/^「北京店」的 NPS 比「上海店」高 38.8 分/);
    expect(text).toContain('不包含 0');
    expect(text).toMatch(/调整 Wald 法（Rocks 2016）：z = 3\.69，双侧 p = < 0\.001/);
  });

  it('an unclear difference says the samples cannot tell', () => {
    const text = describeComparison('A', 'B', compareNps(summaryOf([1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2]), summaryOf([2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1])));
    expect(text).toContain('包含 0');
    expect(text).toContain('还不能断定');
  });
});
