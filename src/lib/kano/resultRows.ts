import { KANO_CATEGORIES } from './categories';
import type { FeatureSummary } from './featureSummary';

export type ResultCell = string | number;

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const DECIDED_BY = { clear: '差距显著', rule: 'M>O>A>I 规则', mixed: '混合（含 R/Q）' } as const;

/**
 * The results as a table for CSV export: one row per feature (and per segment × feature when
 * segments are given), counts, shares, category with the Fong test, strengths, Better/Worse,
 * continuous-scale means and SDs, importance.
 *
 * @param overall summaries of all respondents
 * @param segments summaries per segment (name → features)
 */
export function kanoResultRows(overall: readonly FeatureSummary[], segments: readonly { name: string; features: readonly FeatureSummary[] }[] = []): ResultCell[][] {
  const header: ResultCell[] = [
    '客群', '功能', '有效回答',
    ...KANO_CATEGORIES.map((category) => `${category} 人数`),
    ...KANO_CATEGORIES.map((category) => `${category} %`),
    '归类', '判定', 'Fong 差值', 'Fong 临界值', '类别强度 %', '总强度 %', 'Better', 'Worse',
    '功能性均值', '功能性标准差', '缺失性均值', '缺失性标准差', '重要性均值', '重要性标准差',
  ];
  const row = (group: string, feature: FeatureSummary): ResultCell[] => [
    group,
    feature.name,
    feature.respondents,
    ...KANO_CATEGORIES.map((category) => feature.counts[category]),
    ...KANO_CATEGORIES.map((category) => round(feature.shares[category] * 100, 1)),
    feature.classification?.category ?? '',
    feature.classification ? DECIDED_BY[feature.classification.decidedBy] : '',
    feature.classification ? feature.classification.fong.difference : '',
    feature.classification ? round(feature.classification.fong.criticalValue, 2) : '',
    round(feature.categoryStrength * 100, 1),
    round(feature.totalStrength * 100, 1),
    feature.coefficients ? round(feature.coefficients.better, 3) : '',
    feature.coefficients ? round(feature.coefficients.worse, 3) : '',
    feature.continuous ? round(feature.continuous.functional.mean, 3) : '',
    feature.continuous?.functional.standardDeviation != null ? round(feature.continuous.functional.standardDeviation, 3) : '',
    feature.continuous ? round(feature.continuous.dysfunctional.mean, 3) : '',
    feature.continuous?.dysfunctional.standardDeviation != null ? round(feature.continuous.dysfunctional.standardDeviation, 3) : '',
    feature.importance ? round(feature.importance.mean, 2) : '',
    feature.importance?.standardDeviation != null ? round(feature.importance.standardDeviation, 2) : '',
  ];
  return [header, ...overall.map((feature) => row('全部', feature)), ...segments.flatMap((segment) => segment.features.map((feature) => row(segment.name, feature)))];
}
