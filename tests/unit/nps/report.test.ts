import { describe, expect, it } from 'vitest';
import {
  adjustedWaldInterval,
  compareNps,
  describeComparison,
  describeNps,
  formatNumber,
  formatPercent,
  formatPoints,
  formatPValue,
  npsFromCounts,
  npsResultRows,
  precisionLevel,
  summariseSegments,
  waldInterval,
  type NpsSummary,
} from '../../../src/lib/nps';

function summaryOf(counts: number[]): NpsSummary {
  const result = npsFromCounts(counts);
  if (!result.ok) throw new Error(result.error);
  return result.summary;
}

const issueCounts = [75, 0, 0, 0, 0, 0, 0, 0, 675, 0, 250];

describe('format', () => {
  it.each([
    [17.5, '17.5'],
    [-12.345, '−12.3'],
    [-0.04, '0.0'],
    [0, '0.0'],
    [100, '100.0'],
  ])('formatNumber(%d) = %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('signs, percents and p-values', () => {
    expect(formatPoints(3, { signed: true })).toBe('+3.0');
    expect(formatPoints(-3, { signed: true })).toBe('−3.0');
    expect(formatPercent(0.075)).toBe('7.5%');
    expect(formatPValue(0.0002)).toBe('< 0.001');
    expect(formatPValue(0.0456)).toBe('0.046');
  });
});

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
    expect(text).toMatch(/^「北京店」的 NPS 比「上海店」高 40.0 分/);
    expect(text).toContain('不包含 0');
    expect(text).toMatch(/z = 3\.69，双侧 p = < 0\.001/);
  });

  it('an unclear difference says the samples cannot tell', () => {
    const text = describeComparison('A', 'B', compareNps(summaryOf([1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2]), summaryOf([2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1])));
    expect(text).toContain('包含 0');
    expect(text).toContain('还不能断定');
  });
});

describe('npsResultRows (CSV)', () => {
  it('lists the figures, the distribution and the segments as plain numbers', () => {
    const summary = summaryOf(issueCounts);
    const rows = npsResultRows({
      summary,
      adjusted: adjustedWaldInterval(summary),
      wald: waldInterval(summary),
      counts: issueCounts,
      segments: summariseSegments([{ label: '北京店', counts: issueCounts }]),
      source: '教学示例数据',
    });
    expect(rows[0]).toEqual(['指标', '数值']);
    expect(rows).toContainEqual(['数据来源', '教学示例数据']);
    expect(rows).toContainEqual(['NPS', 17.5]);
    expect(rows).toContainEqual(['95% 置信区间下限（Wald）', 14.14]);
    expect(rows).toContainEqual(['95% 置信区间上限（Wald）', 20.86]);
    expect(rows).toContainEqual([10, 250, '推荐者']);
    expect(rows).toContainEqual(['北京店', 1000, 25, 7.5, 17.5, 14.09, 20.81]);
  });
});
