/** The customer-value tool's inputs: label, unit, range and a one-line hint each (percent typed 0–100). */
import type { FieldSpec } from '../tool/fields';

export const FIELD_KEYS = ['annualValue', 'margin', 'retention', 'discountRate', 'years', 'startCustomers', 'referralsPerYear', 'conversion'] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

export const FIELDS: Record<FieldKey, FieldSpec<FieldKey>> = {
  annualValue: { key: 'annualValue', label: '每位顾客一年的营收 a', unit: 'money', min: 0, max: 1e9, hint: '一位顾客一年里平均带来的营收。' },
  margin: { key: 'margin', label: '利润率 m', unit: 'percent', min: 0, max: 100, hint: '营收中的利润比例。' },
  retention: { key: 'retention', label: '留存率 r', unit: 'percent', min: 0, max: 90, hint: '今年的顾客明年还在的比例；上限 90%，留出“+5 个百分点”的空间。' },
  discountRate: { key: 'discountRate', label: '贴现率 d', unit: 'percent', min: 0, max: 30, hint: '明年的 1 元今天值多少：资金成本，常取 8%–12%。' },
  years: { key: 'years', label: '计算年数 n', unit: 'years', min: 1, max: 50, integer: true, optional: true, hint: '留空表示一直算到顾客流失为止。' },
  startCustomers: { key: 'startCustomers', label: '起始顾客数', unit: 'count', min: 1, max: 1e7, integer: true, hint: '转介绍表从多少位顾客开始。' },
  referralsPerYear: { key: 'referralsPerYear', label: '每位留下的顾客每年推荐的人数 f', unit: 'people', min: 0, max: 20, hint: '向朋友、同事推荐的次数；课程资料的倍增相当于每年 2 人。' },
  conversion: { key: 'conversion', label: '被推荐者成为顾客的比例 k', unit: 'percent', min: 0, max: 100, hint: '课程资料的倍增假设是 100%；实际通常低得多。' },
};
