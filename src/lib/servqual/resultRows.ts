import { ANSWER_ROLES, referenceRole } from './answerRoles';
import type { ServqualSummary } from './analyseServqual';
import { dimensionById } from './dimensions';
import type { GapRow, ServqualReport } from './report';
import { QUADRANTS } from './importancePerformance';
import { POSITION_LABELS } from './zoneOfTolerance';

export type ResultCell = string | number | null;

const round = (value: number | null | undefined, decimals = 4): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 10 ** decimals) / 10 ** decimals : null;

/**
 * The results as one CSV sheet (plain numbers, 4 decimals): overall scores, dimensions, items,
 * reliability and the IPA quadrants, each block under its own heading row.
 * @param summary the analysis
 * @param report the derived report (same summary)
 * @param source where the data came from (file name, 教学示例数据, 分享链接)
 */
export function servqualResultRows(summary: ServqualSummary, report: ServqualReport, source: string): ResultCell[][] {
  const reference = ANSWER_ROLES[referenceRole(summary.format)].label;
  const three = summary.format === 'three-column';
  const rows: ResultCell[][] = [
    ['SERVQUAL 服务质量分析'],
    ['数据来源', source],
    ['受访者（数据行）', summary.respondents],
    ['量表', `1–${summary.scaleMax}`],
    ['格式', three ? '三栏式（理想、可接受、感知）' : '两栏式（期望、感知）'],
    [],
    ['总体得分', '数值', '95% CI 下限', '95% CI 上限', '说明'],
    ['未加权 SERVQUAL 得分', round(report.scores.unweighted), round(report.scores.unweightedInterval?.lower), round(report.scores.unweightedInterval?.upper), '各维度差距的平均；置信区间基于完整作答全部维度的受访者'],
    [
      '加权 SERVQUAL 得分',
      round(report.scores.weighted),
      round(report.scores.weightedInterval?.lower),
      round(report.scores.weightedInterval?.upper),
      report.scores.weightSource === 'respondents' ? 'Σ 维度差距 × 受访者本人的权重 / 100，再对受访者取平均' : report.scores.weightSource === 'typed' ? 'Σ 维度差距 × 页面上填写的权重 / 100' : '未提供权重',
    ],
    [],
  ];
  const gapHeader = ['', 'n', `${reference}均值`, ...(three ? ['可接受均值'] : []), '感知均值', `差距 P − ${three ? '理想（MSS）' : 'E'}`, '95% CI 下限', '95% CI 上限', ...(three ? ['MSA（P − 可接受）', 'MSA 95% CI 下限', 'MSA 95% CI 上限', '容忍区间位置'] : [])];
  const gapLine = (row: GapRow, first: ResultCell[]): ResultCell[] => [
    ...first,
    row.n,
    round(row.expected),
    ...(three ? [round(row.adequate)] : []),
    round(row.perceived),
    round(row.gap),
    round(row.interval?.lower),
    round(row.interval?.upper),
    ...(three ? [round(row.adequacyGap), round(row.adequacyInterval?.lower), round(row.adequacyInterval?.upper), row.zone ? POSITION_LABELS[row.zone.position] : null] : []),
  ];
  rows.push(['维度', ...gapHeader.slice(1)]);
  for (const row of report.dimensions) rows.push(gapLine(row, [`${row.label}（${dimensionById(row.dimension).name}）`]));
  rows.push([]);
  rows.push(['题号', '维度', '题项', ...gapHeader.slice(1), '反向题']);
  for (const row of report.items) rows.push([...gapLine(row, [row.number, dimensionById(row.dimension).courseName, row.label]), row.reversed ? '是' : '']);
  rows.push([]);
  rows.push(['信度', '评分栏', "Cronbach's α", 'n（完整作答）', '题项数']);
  for (const row of report.reliability) rows.push([dimensionById(row.dimension).courseName, ANSWER_ROLES[row.role].label, round(row.alpha), row.n, row.itemCount]);
  rows.push([]);
  rows.push(['删除该题后的 α', '评分栏', '题号', '题项', 'α（删除后）', '校正的题总相关']);
  for (const row of report.reliability) {
    for (const item of row.items) rows.push([dimensionById(row.dimension).courseName, ANSWER_ROLES[row.role].label, item.number, item.text, round(item.alphaIfDeleted), round(item.itemTotal)]);
  }
  rows.push([]);
  rows.push(['重要性—表现分析', report.ipa.importanceLabel, '表现（感知均值）', '象限']);
  for (const point of report.ipa.points) rows.push([point.label, round(point.importance), round(point.performance), QUADRANTS[point.quadrant].label]);
  rows.push(['十字线', round(report.ipa.crosshairs.importance), round(report.ipa.crosshairs.performance), '']);
  return rows;
}
