import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXAMPLES, FIELDS, initialState, reduce, selectOutcome, type Event, type FieldKey } from '../../../src/lib/customerValue';
import { schema } from '../../../src/lib/customerValue/schema';

describe('reduce', () => {
  it.each<[string, Event, object]>([
    ['a field keeps what was typed', { type: 'setField', key: 'retention', value: '55' }, { values: { retention: '55' }, example: 'custom' }],
    ['an example replaces every field', { type: 'loadExample', id: 'airport' }, { values: EXAMPLES[1]!.values, example: 'airport' }],
  ])('%s', (_case, event, expected) => {
    const next = reduce(initialState, event);
    expect(next).toMatchObject(expected);
    expect(schema.safeParse(next).success).toBe(true);
  });

  it('an unknown example changes nothing', () => {
    expect(reduce(initialState, { type: 'loadExample', id: 'nope' })).toBe(initialState);
  });
});

describe('selectOutcome', () => {
  it('the hotel example: 1,650 元, +150 元 for +5 points (worked in clv.test.ts)', () => {
    const outcome = selectOutcome(initialState);
    if (outcome.status !== 'ok') throw new Error(outcome.message);
    expect(outcome.clv.value).toBeCloseTo(1650, 9);
    expect(outcome.uplift.difference).toBeCloseTo(150, 9);
  });

  it('an empty year box means “until churn”', () => {
    const outcome = selectOutcome(initialState);
    expect(outcome.status === 'ok' && outcome.inputs.years).toBeNull();
  });

  const keys = Object.keys(FIELDS) as FieldKey[];

  it('out-of-range input gives a Chinese message naming the field', () => {
    fc.assert(fc.property(fc.constantFrom(...keys), fc.constantFrom(-1, 1), fc.double({ min: 0.01, max: 1e6, noNaN: true }), (key, side, beyond) => {
      const field = FIELDS[key];
      const value = side < 0 ? field.min - beyond : field.max + beyond;
      const outcome = selectOutcome(reduce(initialState, { type: 'setField', key, value: String(value) }));
      expect(outcome).toMatchObject({ status: 'error', field: key });
      if (outcome.status === 'error') expect(outcome.message).toContain(`「${field.label}」`);
    }));
  });

  it('every output is finite for every input in range', () => {
    const inRange = (key: FieldKey) => fc.double({ min: FIELDS[key].min, max: FIELDS[key].max, noNaN: true }).map((value) => (FIELDS[key].integer ? String(Math.round(value)) : value.toFixed(4)));
    fc.assert(fc.property(fc.record(Object.fromEntries(keys.map((key) => [key, inRange(key)])) as Record<FieldKey, fc.Arbitrary<string>>), fc.boolean(), (values, untilChurn) => {
      const outcome = selectOutcome({ values: { ...values, years: untilChurn ? '' : values.years }, example: 'custom' });
      if (outcome.status !== 'ok') throw new Error(outcome.message);
      const numbers: number[] = [];
      JSON.stringify(outcome, (_key, value: unknown) => {
        if (typeof value === 'number') numbers.push(value);
        return value;
      });
      expect(numbers.every(Number.isFinite)).toBe(true);
    }));
  });
});
