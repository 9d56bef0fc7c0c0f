/**
 * The Market Damage tool's state: what was typed in each field (strings, so a half-typed value
 * survives), the word-of-mouth basis, the value basis and the preset last applied. A pure reducer
 * changes it; selectors turn it into numbers and results. The same object is stored and shared.
 */
import { readFields } from '../tool/fields';
import type { DamageInputs } from './chain';
import { A_FIELDS, B_FIELDS, FIELDS, type FieldKey } from './fields';
import { findPreset, LECTURE_VALUES } from './presets';
import { compareScenarios, complaintRateEffect, type Comparison, type ComplaintEffect, type ProgrammeCost, type ScenarioChange } from './scenario';
import type { State } from './schema';

export type { State } from './schema';

export const TOOL_ID = 'market-damage';

/** Version of the stored and shared state (the schema is ./schema.ts); a change of shape bumps it with a migration. */
export const STATE_VERSION = 1;

export const initialState: State = { values: { ...LECTURE_VALUES }, wordOfMouthBasis: 'lost', valueBasis: 'annual', preset: 'lecture' };

export type Event =
  | { type: 'setField'; key: FieldKey; value: string }
  | { type: 'setWordOfMouthBasis'; basis: State['wordOfMouthBasis'] }
  | { type: 'setValueBasis'; basis: State['valueBasis'] }
  | { type: 'applyPreset'; id: string };

export function reduce(state: State, event: Event): State {
  switch (event.type) {
    case 'setField':
      return { ...state, values: { ...state.values, [event.key]: event.value }, preset: 'custom' };
    case 'setWordOfMouthBasis':
      return { ...state, wordOfMouthBasis: event.basis, preset: 'custom' };
    case 'setValueBasis':
      return { ...state, valueBasis: event.basis };
    case 'applyPreset': {
      const preset = findPreset(event.id);
      if (!preset) return state;
      return {
        ...state,
        values: { ...state.values, ...preset.values },
        wordOfMouthBasis: preset.wordOfMouthBasis ?? state.wordOfMouthBasis,
        preset: preset.id,
      };
    }
  }
}

export type Outcome =
  | { status: 'error'; field: FieldKey; message: string }
  | { status: 'ok'; inputs: DamageInputs; change: ScenarioChange; cost: ProgrammeCost; comparison: Comparison; effect: ComplaintEffect; warnings: string[] };

/** Reads the typed values into the chain's inputs, or the first field that cannot be used. */
export function selectInputs(state: State): { ok: true; inputs: DamageInputs; change: ScenarioChange; cost: ProgrammeCost } | { ok: false; field: FieldKey; message: string } {
  const read = readFields(state.values, [...A_FIELDS, ...B_FIELDS].map((key) => FIELDS[key]));
  if (!read.ok) return read;
  const v = read.values as Record<FieldKey, number> & { headOfficeRate: number | null };
  if (v.headOfficeRate !== null && v.headOfficeRate > v.complaintRate) {
    return { ok: false, field: 'headOfficeRate', message: '「传到总部的比例 h」不能大于「投诉率 c」：传到总部的投诉是全部投诉的一部分。' };
  }
  const inputs: DamageInputs = {
    customers: v.customers,
    problemRate: v.problemRate,
    complaintRate: v.complaintRate,
    headOfficeRate: v.headOfficeRate,
    resolvedRate: v.resolvedRate,
    quickShare: v.quickShare,
    repurchase: { noProblem: v.noProblem, silent: v.silent, unresolved: v.unresolved, resolved: v.resolved, quick: v.quick },
    value: v.value,
    margin: v.margin,
    wordOfMouth: { basis: state.wordOfMouthBasis, toldNegative: v.toldNegative, toldPositive: v.toldPositive, influence: v.influence },
  };
  return {
    ok: true,
    inputs,
    change: { complaintRate: v.bComplaintRate, resolvedRate: v.bResolvedRate, quickShare: v.bQuickShare },
    cost: { perComplaint: v.costPerComplaint, fixed: v.costFixed },
  };
}

/** Everything the views show. */
export function selectOutcome(state: State): Outcome {
  const read = selectInputs(state);
  if (!read.ok) return { status: 'error', field: read.field, message: read.message };
  const { inputs, change, cost } = read;
  const r = inputs.repurchase;
  const warnings: string[] = [];
  if (r.unresolved > r.resolved || (inputs.quickShare > 0 && r.resolved > r.quick)) {
    warnings.push('复购率的顺序不寻常：通常“快速解决 ≥ 已解决 ≥ 未解决”。请检查输入；否则提高解决率反而会显得更糟。');
  }
  if (r.silent > r.noProblem) warnings.push('沉默者的复购率高于没遇到问题的顾客：这一组将按 0 流失计算。');
  return { status: 'ok', inputs, change, cost, comparison: compareScenarios(inputs, change, cost), effect: complaintRateEffect(inputs), warnings };
}

/** What goes into a share link: the whole state (a few hundred bytes). */
export function sharePayload(state: State): State {
  return state;
}
