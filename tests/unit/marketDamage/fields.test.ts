import { describe, expect, it } from 'vitest';
import { A_FIELDS, B_FIELDS, FIELD_KEYS, FIELDS } from '../../../src/lib/marketDamage/fields';
import { describeFieldSpecs } from '../tool/fieldSpecs';

describeFieldSpecs('Market Damage', FIELD_KEYS, FIELDS);

describe('scenario A and B fields', () => {
  it('A and B together are every field, each once', () => {
    expect([...A_FIELDS, ...B_FIELDS].sort()).toEqual([...FIELD_KEYS].sort());
  });
});
