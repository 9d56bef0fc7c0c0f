/** The customer-value results as CSV rows: lifetime value, +5 points of retention, the referral table. */
import type { CsvValue } from '../shared/exportCsv';
import type { Outcome } from '../../lib/customerValue';

export function valueCsv(outcome: Extract<Outcome, { status: 'ok' }>): CsvValue[][] {
  const round = (value: number) => Math.round(value * 100) / 100;
  const { clv, uplift, referral } = outcome;
  return [
    ['指标', '数值'],
    ['终身价值（元）', round(clv.value)],
    ['留存率提高 5 个百分点后的终身价值（元）', round(uplift.improved.value)],
    ['增加（元）', round(uplift.difference)],
    [],
    ['年', '半年', '课程资料的倍增（位）', '按你的输入（位）', '年化营收（元）'],
    ...referral.rows.map((row) => [row.year, row.half === 1 ? '上' : '下', round(row.courseCustomers), round(row.customers), round(row.revenue)]),
  ];
}
