/**
 * Starting points for the Market Damage tool, each with where its numbers come from.
 * - The lecture's worked example (lecture 1, section 二): an invented resort hotel (教学情景).
 * - An airport: invented round numbers (教学情景), using the whole model (head office, quick
 *   resolution, positive word of mouth).
 * - TARP's repurchase table as reported second-hand: only the four repurchase rates change.
 *   The eight percentages are those in Fast Company, "What makes us loyal II" (9 December 2003),
 *   which gives them without naming the study; notes on Goodman's "Basic Facts on Customer
 *   Complaint Behavior" (TARP) give the same 54–70 % (resolved) and 82–95 % (resolved quickly).
 *   The 1986 report itself could not be checked, so the preset says "二手资料转述".
 */
import type { FieldKey } from './fields';

export type PresetId = 'lecture' | 'airport' | 'tarpSmall' | 'tarpLarge';

export interface Preset {
  id: PresetId;
  label: string;
  /** Where the numbers come from, shown under the select. */
  source: string;
  /** 'full' replaces every input; 'rates' only the repurchase rates. */
  kind: 'full' | 'rates';
  values: Partial<Record<FieldKey, string>>;
  wordOfMouthBasis?: 'lost' | 'unhappy';
}

/** The lecture's worked example and its improvement (experience-value.mdx), with costs for the ROI. */
export const LECTURE_VALUES: Record<FieldKey, string> = {
  customers: '20000', problemRate: '20', complaintRate: '25', headOfficeRate: '', resolvedRate: '60', quickShare: '0',
  // The lecture gives churn rates: resolved 20 %, unresolved 60 %, silent 40 %; repurchase = 100 % − churn.
  noProblem: '100', silent: '60', unresolved: '40', resolved: '80', quick: '80',
  value: '1500', margin: '30', toldNegative: '5', toldPositive: '0', influence: '2',
  bComplaintRate: '50', bResolvedRate: '80', bQuickShare: '0', costPerComplaint: '30', costFixed: '20000',
};

export const PRESETS: readonly Preset[] = [
  {
    id: 'lecture',
    label: '度假酒店：讲义例题（教学情景）',
    source: '第一讲“体验价值”中的逐步演算；酒店和数字都是虚构的。讲义没有给出利润率和方案成本，这里的 30%、每件 30 元和固定 20,000 元也是教学假设。',
    kind: 'full',
    values: LECTURE_VALUES,
    wordOfMouthBasis: 'lost',
  },
  {
    id: 'airport',
    label: '机场航站楼（教学情景）',
    source: '虚构的整数，只为课堂演示：不来自任何真实机场或调查。',
    kind: 'full',
    values: {
      customers: '2000000', problemRate: '10', complaintRate: '20', headOfficeRate: '2', resolvedRate: '50', quickShare: '40',
      noProblem: '90', silent: '70', unresolved: '60', resolved: '80', quick: '88',
      value: '200', margin: '30', toldNegative: '10', toldPositive: '5', influence: '1',
      bComplaintRate: '40', bResolvedRate: '70', bQuickShare: '60', costPerComplaint: '10', costFixed: '200000',
    },
    wordOfMouthBasis: 'unhappy',
  },
  {
    id: 'tarpSmall',
    label: 'TARP 复购率表：小问题（损失不到 5 美元）',
    source: '沉默 37%、投诉未解决 46%、已解决 70%、快速解决 95%。二手资料转述（Fast Company，2003），未能核对 TARP 1986 年报告原文。只替换四个复购率，其余输入不变；快速解决比例 q 为 0 时，95% 这一项不起作用。',
    kind: 'rates',
    values: { silent: '37', unresolved: '46', resolved: '70', quick: '95' },
  },
  {
    id: 'tarpLarge',
    label: 'TARP 复购率表：大问题（损失超过 100 美元）',
    source: '沉默 9%、投诉未解决 19%、已解决 54%、快速解决 82%。二手资料转述（Fast Company，2003），未能核对 TARP 1986 年报告原文。只替换四个复购率，其余输入不变。',
    kind: 'rates',
    values: { silent: '9', unresolved: '19', resolved: '54', quick: '82' },
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
