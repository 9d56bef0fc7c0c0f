import { describe, expect, it } from 'vitest';
import { adjustedWaldInterval, npsFromCounts, npsResultRows, summariseSegments, waldInterval, type NpsSummary } from '../../../src/lib/nps';

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
});
