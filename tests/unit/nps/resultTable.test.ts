import { describe, expect, it } from 'vitest';
import { adjustedWaldInterval, compareNps, npsFromCounts, npsResultRows, summariseSegments, waldInterval, type NpsSummary } from '../../../src/lib/nps';

function summaryOf(counts: number[]): NpsSummary {
  const result = npsFromCounts(counts);
  if (!result.ok) throw new Error(result.error);
  return result.summary;
}

const issueCounts = [75, 0, 0, 0, 0, 0, 0, 0, 675, 0, 250];

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

  it('adds the two-group comparison with its method, estimate, SE, interval, z and p', () => {
    const summary = summaryOf(issueCounts);
    // 7/2/1 vs 3/3/4: estimate 700/13 = 53.85, SE 29.94, 95% CI −4.84 … 112.54, z 1.798, p 0.0721, raw 70 (compareGroups.test.ts).
    const result = compareNps({ promoters: 7, passives: 2, detractors: 1, total: 10 }, { promoters: 3, passives: 3, detractors: 4, total: 10 });
    const rows = npsResultRows({ summary, adjusted: adjustedWaldInterval(summary), wald: waldInterval(summary), counts: issueCounts, comparison: { first: '北京店', second: '上海店', result } });
    const start = rows.findIndex((row) => row[0] === '两组比较');
    expect(rows.slice(start)).toEqual([
      ['两组比较', '北京店 − 上海店'],
      ['方法', '调整 Wald 法（Rocks 2016）'],
      ['差值（A − B，调整后）', 53.85],
      ['标准误 SE', 29.94],
      ['95% 置信区间下限', -4.84],
      ['95% 置信区间上限', 112.54],
      ['z', 1.798],
      ['双侧 p', 0.0721],
      ['注：两组 NPS 直接相减', 70],
    ]);
  });
});
