import { describe, expect, it } from 'vitest';
import { readField } from '../../../src/lib/tool';
import { A_FIELDS, B_FIELDS, FIELD_KEYS, FIELDS } from '../../../src/lib/marketDamage/fields';

describe('the Market Damage input fields', () => {
  it.each(FIELD_KEYS.map((key) => [key]))('%s: its spec carries its own key and a sensible range', (key) => {
    const field = FIELDS[key];
    expect(field.key).toBe(key);
    expect(field.min).toBeLessThan(field.max);
    expect(field.label.trim()).not.toBe('');
    expect(field.hint).toMatch(/。$/);
  });

  it('labels are unique (the error messages name the field by its label)', () => {
    expect(new Set(FIELD_KEYS.map((key) => FIELDS[key].label)).size).toBe(FIELD_KEYS.length);
  });

  it('a percent field reads “20” as 0.2 and rejects a value above its maximum in Chinese', () => {
    const percentField = FIELD_KEYS.map((key) => FIELDS[key]).find((field) => field.unit === 'percent')!;
    expect(readField('20', percentField)).toEqual({ ok: true, value: 0.2 });
    expect(readField('101', percentField)).toMatchObject({ ok: false, message: expect.stringContaining(`「${percentField.label}」应在`) as unknown });
  });
});

describe('scenario A and B fields', () => {
  it('A and B together are every field, each once', () => {
    expect([...A_FIELDS, ...B_FIELDS].sort()).toEqual([...FIELD_KEYS].sort());
  });
});
