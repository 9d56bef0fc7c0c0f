/** The checks every tool's typed fields must pass (Market Damage, customer value, …). */
import { describe, expect, it } from 'vitest';
import { readField, type FieldSpec } from '../../../src/lib/tool';

export function describeFieldSpecs<K extends string>(tool: string, keys: readonly K[], fields: Readonly<Record<K, FieldSpec<K>>>): void {
  describe(`the ${tool} input fields`, () => {
    it.each(keys.map((key) => [key]))('%s: its spec carries its own key and a sensible range', (key) => {
      const field = fields[key];
      expect(field.key).toBe(key);
      expect(field.min).toBeLessThan(field.max);
      expect(field.label.trim()).not.toBe('');
      expect(field.hint).toMatch(/。$/);
    });

    it('labels are unique (the error messages name the field by its label)', () => {
      expect(new Set(keys.map((key) => fields[key].label)).size).toBe(keys.length);
    });

    it('a percent field reads “20” as 0.2 and rejects a value above its maximum in Chinese', () => {
      const percentField = keys.map((key) => fields[key]).find((field) => field.unit === 'percent')!;
      expect(readField('20', percentField)).toEqual({ ok: true, value: 0.2 });
      expect(readField('101', percentField)).toMatchObject({ ok: false, message: expect.stringContaining(`「${percentField.label}」应在`) as unknown });
    });
  });
}
