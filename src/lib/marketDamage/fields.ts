/**
 * The Market Damage tool's inputs: label, unit, range and a one-line hint each. Percent fields
 * are typed 0–100. Scenario B repeats the three complaint-handling rates; the two cost fields
 * price the programme that moves A to B.
 */
import type { FieldSpec } from '../tool/fields';

export const FIELD_KEYS = [
  'customers', 'problemRate', 'complaintRate', 'headOfficeRate', 'resolvedRate', 'quickShare',
  'noProblem', 'silent', 'unresolved', 'resolved', 'quick',
  'value', 'margin', 'toldNegative', 'toldPositive', 'influence',
  'bComplaintRate', 'bResolvedRate', 'bQuickShare', 'costPerComplaint', 'costFixed',
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

const percent = (key: FieldKey, label: string, hint: string, optional = false): FieldSpec<FieldKey> => ({ key, label, unit: 'percent', min: 0, max: 100, hint, optional });

export const FIELDS: Record<FieldKey, FieldSpec<FieldKey>> = {
  customers: { key: 'customers', label: '每年的顾客 N', unit: 'count', min: 1, max: 1e9, integer: true, hint: '一年里接待的顾客（人次或人数，口径前后一致即可）。' },
  problemRate: percent('problemRate', '遇到问题的比例 p', '这一年里遇到过问题的顾客占多少；可由问卷“您是否遇到过问题”估计。'),
  complaintRate: percent('complaintRate', '投诉率 c', '遇到问题的顾客中，向任何人（前台、热线、点评）说出来的比例。'),
  headOfficeRate: percent('headOfficeRate', '传到总部的比例 h', '选填：遇到问题的顾客中，投诉最终传到总部的比例；用来看“冰山”有多大。', true),
  resolvedRate: percent('resolvedRate', '解决率 s', '投诉中让顾客满意地解决的比例。'),
  quickShare: percent('quickShare', '其中快速解决的比例 q', '已解决的投诉里当场或很快解决的比例；填 0 表示不区分快慢。'),
  noProblem: percent('noProblem', '没遇到问题者的复购率 L₀', '没有遇到问题的顾客再次选择你的比例；讲义例题取 100%。'),
  silent: percent('silent', '沉默者的复购率', '遇到问题却没说出来的顾客再来的比例（流失率 = 1 − 复购率）。'),
  unresolved: percent('unresolved', '投诉未解决者的复购率', '投诉了但没有满意解决的顾客再来的比例。'),
  resolved: percent('resolved', '投诉已解决者的复购率', '投诉后满意解决（不够快）的顾客再来的比例。'),
  quick: percent('quick', '快速解决者的复购率', '投诉后很快得到满意解决的顾客再来的比例；q 为 0 时不用。'),
  value: { key: 'value', label: '每位顾客的价值 V', unit: 'money', min: 0, max: 1e9, hint: '每位顾客一年的营收，或终身价值（在下面选口径）。' },
  margin: percent('margin', '利润率 m', '营收中的利润比例，用来把营收换算成利润。'),
  toldNegative: { key: 'toldNegative', label: '不满者转告的人数 T⁻', unit: 'people', min: 0, max: 1000, hint: '每位不满的顾客平均告诉多少人。' },
  toldPositive: { key: 'toldPositive', label: '满意的投诉者转告的人数 T⁺', unit: 'people', min: 0, max: 1000, hint: '投诉被满意解决的顾客平均告诉多少人；不计正面口碑就填 0。' },
  influence: percent('influence', '听者中因此改变选择的比例 w', '整个模型里最没把握的数：听说的人里真正因此改变选择的比例。'),
  bComplaintRate: percent('bComplaintRate', '方案 B 的投诉率', '例如开通更方便的反馈渠道之后。'),
  bResolvedRate: percent('bResolvedRate', '方案 B 的解决率', '例如授权一线当场处理之后。'),
  bQuickShare: percent('bQuickShare', '方案 B 的快速解决比例', '已解决的投诉中快速解决的比例。'),
  costPerComplaint: { key: 'costPerComplaint', label: '每多处理一件投诉的成本', unit: 'money', min: 0, max: 1e7, hint: '人工、补偿等，按一件投诉平均。' },
  costFixed: { key: 'costFixed', label: '方案的固定成本（一年）', unit: 'money', min: 0, max: 1e10, hint: '培训、渠道建设等一年的固定投入。' },
};

/** Scenario A's fields in the order they are read (and shown). */
export const A_FIELDS: FieldKey[] = [
  'customers', 'problemRate', 'complaintRate', 'headOfficeRate', 'resolvedRate', 'quickShare',
  'noProblem', 'silent', 'unresolved', 'resolved', 'quick',
  'value', 'margin', 'toldNegative', 'toldPositive', 'influence',
];

/** Scenario B and the programme's cost. */
export const B_FIELDS: FieldKey[] = ['bComplaintRate', 'bResolvedRate', 'bQuickShare', 'costPerComplaint', 'costFixed'];
