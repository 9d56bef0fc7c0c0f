/**
 * The customer-value tool's state: what was typed in each field (strings) and the example last
 * loaded. A pure reducer changes it; selectors turn it into the lifetime value, the value of
 * +5 points of retention and the referral table. The same object is stored and shared.
 */
import { readFields } from '../tool/fields';
import { customerLifetimeValue, retentionUplift, type ClvInputs, type ClvResult, type RetentionUplift } from './clv';
import { FIELD_KEYS, FIELDS, type FieldKey } from './fields';
import { referralGrowth, type ReferralInputs } from './referral';
import type { State } from './schema';

export type { State } from './schema';

export const TOOL_ID = 'customer-value';

/** Version of the stored and shared state (the schema is ./schema.ts); a change of shape bumps it with a migration. */
export const STATE_VERSION = 1;

export interface Example {
  id: string;
  label: string;
  source: string;
  values: Record<FieldKey, string>;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'hotel',
    label: '城市酒店会员（教学情景）',
    source: '虚构的整数，只为课堂演示：不来自任何真实酒店或调查。',
    values: { annualValue: '3000', margin: '30', retention: '50', discountRate: '10', years: '', startCustomers: '100', referralsPerYear: '2', conversion: '10' },
  },
  {
    id: 'airport',
    label: '机场贵宾厅会员（教学情景）',
    source: '虚构的整数，只为课堂演示：不来自任何真实机场或调查。',
    values: { annualValue: '2000', margin: '40', retention: '70', discountRate: '10', years: '10', startCustomers: '1000', referralsPerYear: '1', conversion: '20' },
  },
];

export const initialState: State = { values: { ...EXAMPLES[0]!.values }, example: 'hotel' };

export type Event = { type: 'setField'; key: FieldKey; value: string } | { type: 'loadExample'; id: string };

export function reduce(state: State, event: Event): State {
  switch (event.type) {
    case 'setField':
      return { values: { ...state.values, [event.key]: event.value }, example: 'custom' };
    case 'loadExample': {
      const example = EXAMPLES.find((item) => item.id === event.id);
      return example ? { values: { ...example.values }, example: example.id } : state;
    }
  }
}

export type Outcome =
  | { status: 'error'; field: FieldKey; message: string }
  | { status: 'ok'; clv: ClvResult; uplift: RetentionUplift; referral: ReturnType<typeof referralGrowth>; inputs: ClvInputs & ReferralInputs };

export function selectOutcome(state: State): Outcome {
  const read = readFields(state.values, FIELD_KEYS.map((key) => FIELDS[key]));
  if (!read.ok) return { status: 'error', field: read.field, message: read.message };
  const v = read.values as Record<FieldKey, number> & { years: number | null };
  const inputs = {
    annualValue: v.annualValue,
    margin: v.margin,
    retention: v.retention,
    discountRate: v.discountRate,
    years: v.years,
    startCustomers: v.startCustomers,
    referralsPerYear: v.referralsPerYear,
    conversion: v.conversion,
  };
  return { status: 'ok', clv: customerLifetimeValue(inputs), uplift: retentionUplift(inputs), referral: referralGrowth(inputs), inputs };
}

export function sharePayload(state: State): State {
  return state;
}
