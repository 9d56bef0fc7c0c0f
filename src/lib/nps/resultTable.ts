/**
 * The results as a table of plain values, for the CSV export (one row per figure, then the
 * 0–10 distribution, then the segments). Numbers are plain (ASCII minus, no thousands separator)
 * so spreadsheets read them as numbers.
 */
import { CATEGORY_LABELS, classifyScore, type ScoreCounts } from './classification';
import type { NpsComparison } from './compareGroups';
import type { NpsSummary } from './npsScore';
import type { SegmentSummary } from './segments';
import type { NpsInterval } from './waldInterval';

export type CsvCell = string | number;

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Rows for the NPS results CSV.
 *
 * @param input the summary, the adjusted-Wald and Wald intervals, counts per score and optional segments
 * @returns rows of cells; the first row of each block is its header
 * @example npsResultRows({ summary, adjusted, wald, counts })[0] // ['指标', '数值']
 */
export function npsResultRows(input: {
  summary: NpsSummary;
  adjusted: NpsInterval;
  wald: NpsInterval;
  counts: ScoreCounts;
  segments?: readonly SegmentSummary[] | null;
  source?: string;
  /** The two-group comparison on screen (group labels and compareNps's result). */
  comparison?: { first: string; second: string; result: NpsComparison } | null;
}): CsvCell[][] {
  const { summary, adjusted, wald, counts, segments, source, comparison } = input;
  const confidencePercent = Math.round(adjusted.confidence * 100);
  const rows: CsvCell[][] = [
    ['指标', '数值'],
    ...(source ? [['数据来源', source] as CsvCell[]] : []),
    ['有效回答数 n', summary.total],
    ['推荐者人数（9–10 分）', summary.promoters],
    ['被动者人数（7–8 分）', summary.passives],
    ['贬损者人数（0–6 分）', summary.detractors],
    ['推荐者比例 %', round(100 * summary.promoterShare, 2)],
    ['被动者比例 %', round(100 * summary.passiveShare, 2)],
    ['贬损者比例 %', round(100 * summary.detractorShare, 2)],
    ['NPS', round(summary.nps, 2)],
    [`${confidencePercent}% 置信区间下限（调整 Wald，Rocks 2016）`, round(adjusted.lower, 2)],
    [`${confidencePercent}% 置信区间上限（调整 Wald，Rocks 2016）`, round(adjusted.upper, 2)],
    [`${confidencePercent}% 置信区间下限（Wald）`, round(wald.lower, 2)],
    [`${confidencePercent}% 置信区间上限（Wald）`, round(wald.upper, 2)],
    [],
    ['分数', '人数', '类别'],
    ...counts.map((count, score): CsvCell[] => [score, count, CATEGORY_LABELS[classifyScore(score)]]),
  ];
  if (segments && segments.length > 0) {
    rows.push([], ['分组', 'n', '推荐者 %', '贬损者 %', 'NPS', `${confidencePercent}% 区间下限`, `${confidencePercent}% 区间上限`]);
    for (const segment of segments) {
      rows.push([
        segment.label,
        segment.summary.total,
        round(100 * segment.summary.promoterShare, 2),
        round(100 * segment.summary.detractorShare, 2),
        round(segment.summary.nps, 2),
        round(segment.interval.lower, 2),
        round(segment.interval.upper, 2),
      ]);
    }
  }
  if (comparison) {
    const { first, second, result } = comparison;
    const percent = Math.round(result.confidence * 100);
    rows.push(
      [],
      ['两组比较', `${first} − ${second}`],
      ['方法', result.method],
      ['差值（A − B，调整后）', round(result.adjustedDifference, 2)],
      ['标准误 SE', round(result.standardError, 2)],
      [`${percent}% 置信区间下限`, round(result.lower, 2)],
      [`${percent}% 置信区间上限`, round(result.upper, 2)],
      ['z', round(result.z, 3)],
      ['双侧 p', round(result.pValue, 4)],
      ['注：两组 NPS 直接相减', round(result.difference, 2)],
    );
  }
  return rows;
}
