/** The Market Damage results as CSV rows: the chain A beside B, then ROI and the inputs used. */
import type { CsvValue } from '../shared/exportCsv';
import type { FlowRow, Outcome } from '../../lib/marketDamage';

export function damageCsv(rows: FlowRow[], outcome: Extract<Outcome, { status: 'ok' }>): CsvValue[][] {
  const round = (value: number) => Math.round(value * 100) / 100;
  const { roi } = outcome.comparison;
  return [
    ['项目', '单位', '方案 A', '方案 B', 'A − B'],
    ...rows.map((row) => [row.label, row.unit === 'money' ? '元' : '位', round(row.a), round(row.b), round(row.a - row.b)]),
    ['改进成本', '元', '', round(roi.cost), ''],
    ['省下的利润', '元', '', round(roi.gain), ''],
    ['投资回报率', '%', '', roi.ok ? round(100 * roi.roi) : roi.message, ''],
  ];
}
