/**
 * The Market Damage results as rows (for the on-screen table, the chart's text alternative and
 * the CSV) and as a plain-Chinese paragraph. Numbers stay unrounded here; views format them.
 */
import type { ChainResult, GroupId } from './chain';
import type { Comparison } from './scenario';

export const GROUP_LABELS: Record<GroupId, string> = {
  silent: '沉默者',
  unresolved: '投诉未解决',
  resolvedSlowly: '投诉已解决',
  resolvedQuickly: '快速解决',
};

export type RowUnit = 'people' | 'money';

export interface FlowRow {
  key: string;
  label: string;
  unit: RowUnit;
  a: number;
  b: number;
}

/** The chain step by step, scenario A beside scenario B. */
export function flowRows(comparison: Comparison): FlowRow[] {
  const { a, b } = comparison;
  const row = (key: string, label: string, unit: RowUnit, pick: (result: ChainResult) => number): FlowRow => ({ key, label, unit, a: pick(a), b: pick(b) });
  const lostIn = (group: GroupId) => (result: ChainResult) => result.loss.groups.find((item) => item.group === group)?.lost ?? 0;
  return [
    row('withProblem', '遇到问题的顾客 P', 'people', (r) => r.problems.withProblem),
    row('complainers', '投诉者 C', 'people', (r) => r.problems.complainers),
    row('silent', '沉默者 S', 'people', (r) => r.problems.silent),
    row('resolved', '投诉已解决 Cr', 'people', (r) => r.resolutions.resolved),
    row('unresolved', '投诉未解决 Cu', 'people', (r) => r.resolutions.unresolved),
    row('lostSilent', `流失：${GROUP_LABELS.silent}`, 'people', lostIn('silent')),
    row('lostUnresolved', `流失：${GROUP_LABELS.unresolved}`, 'people', lostIn('unresolved')),
    row('lostResolved', `流失：${GROUP_LABELS.resolvedSlowly}`, 'people', lostIn('resolvedSlowly')),
    row('lostQuick', `流失：${GROUP_LABELS.resolvedQuickly}`, 'people', lostIn('resolvedQuickly')),
    row('lost', '直接流失的顾客', 'people', (r) => r.loss.total),
    row('revenueAtRisk', '直接流失的营收', 'money', (r) => r.atRisk.revenue),
    row('mouthLost', '口碑：因负面口碑失去', 'people', (r) => r.mouth.lost),
    row('mouthWon', '口碑：因正面口碑赢得', 'people', (r) => r.mouth.won),
    row('damageCustomers', '合计失去的顾客', 'people', (r) => r.damage.customers),
    row('damageRevenue', '风险营收（体验损害）', 'money', (r) => r.damage.revenue),
    row('damageProfit', '风险利润', 'money', (r) => r.damage.profit),
  ];
}

/** Bars for the flow chart: the funnel from N to the customers lost. */
export function flowBars(result: ChainResult, customers: number): { key: string; label: string; value: number }[] {
  return [
    { key: 'customers', label: '全部顾客 N', value: customers },
    { key: 'withProblem', label: '遇到问题', value: result.problems.withProblem },
    { key: 'silent', label: '沉默', value: result.problems.silent },
    { key: 'complainers', label: '投诉', value: result.problems.complainers },
    { key: 'unresolved', label: '未解决', value: result.resolutions.unresolved },
    { key: 'lost', label: '直接流失', value: result.loss.total },
    { key: 'mouthLost', label: '口碑失去', value: result.mouth.lost },
    { key: 'damage', label: '合计失去', value: Math.max(0, result.damage.customers) },
  ];
}
