import { describe, expect, it } from 'vitest';
import { initialState, reduce, selectOutcome, sharePayload, type Event, type State } from '../../../src/lib/marketDamage';
import { schema } from '../../../src/lib/marketDamage/schema';

describe('reduce', () => {
  it.each<[string, Event, Omit<Partial<State>, 'values'> & { values?: Partial<State['values']> }]>([
    ['a field keeps what was typed and leaves the preset', { type: 'setField', key: 'customers', value: '12,000' }, { values: { customers: '12,000' }, preset: 'custom' }],
    ['the word-of-mouth basis', { type: 'setWordOfMouthBasis', basis: 'unhappy' }, { wordOfMouthBasis: 'unhappy', preset: 'custom' }],
    ['the value basis (a label, not an input)', { type: 'setValueBasis', basis: 'lifetime' }, { valueBasis: 'lifetime', preset: 'lecture' }],
    ['a full preset', { type: 'applyPreset', id: 'airport' }, { values: { customers: '2000000', headOfficeRate: '2' }, wordOfMouthBasis: 'unhappy', preset: 'airport' }],
    ['a rates-only preset', { type: 'applyPreset', id: 'tarpLarge' }, { values: { silent: '9', customers: '20000' }, wordOfMouthBasis: 'lost', preset: 'tarpLarge' }],
  ])('%s', (_case, event, expected) => {
    const next = reduce(initialState, event);
    expect(next).toMatchObject(expected);
    expect(schema.safeParse(next).success).toBe(true);
  });

  it('an unknown preset changes nothing', () => {
    expect(reduce(initialState, { type: 'applyPreset', id: 'nope' })).toBe(initialState);
  });

  it('does not mutate the state it was given', () => {
    const copy = structuredClone(initialState);
    reduce(initialState, { type: 'setField', key: 'value', value: '9' });
    expect(initialState).toEqual(copy);
  });
});

describe('selectOutcome', () => {
  it.each([
    ['problemRate', '120', '「遇到问题的比例 p」应在 0–100% 之间'],
    ['customers', 'abc', '「每年的顾客 N」的“abc”不是数字'],
    ['bResolvedRate', '', '请填写「方案 B 的解决率」'],
  ] as const)('%s = “%s” → a message naming the field', (key, value, message) => {
    const outcome = selectOutcome(reduce(initialState, { type: 'setField', key, value }));
    expect(outcome).toMatchObject({ status: 'error', field: key });
    if (outcome.status === 'error') expect(outcome.message).toContain(message);
  });

  it('head office cannot exceed the complaint rate', () => {
    const outcome = selectOutcome(reduce(initialState, { type: 'setField', key: 'headOfficeRate', value: '30' }));
    expect(outcome).toMatchObject({ status: 'error', field: 'headOfficeRate' });
  });

  it('warns when the repurchase rates are in an unusual order', () => {
    const outcome = selectOutcome(reduce(initialState, { type: 'setField', key: 'unresolved', value: '90' }));
    expect(outcome.status === 'ok' && outcome.warnings.join('')).toContain('顺序不寻常');
  });

  it('the share payload is the state and passes the schema', () => {
    expect(schema.parse(sharePayload(initialState))).toEqual(initialState);
  });
});
