/**
 * Numeric inputs typed by a person: each field has a label, a unit, a range and a one-line hint,
 * and reading it gives either the number or a Chinese message that names the field. Tools keep
 * what was typed (strings) in their state, so a half-typed value survives a reload and the
 * message can quote it. Percent fields are typed as 0–100 and returned as shares (0–1).
 */

import { groupDigits } from './format';

export type FieldUnit = 'percent' | 'count' | 'money' | 'people' | 'years';

export interface FieldSpec<K extends string = string> {
  key: K;
  /** What the field is, e.g. '投诉率 c'. */
  label: string;
  unit: FieldUnit;
  /** Smallest and largest accepted value, in the unit typed (percent fields: 0–100). */
  min: number;
  max: number;
  /** One line of plain Chinese under the field. */
  hint: string;
  /** True when an empty box is allowed (the value is then null). */
  optional?: boolean;
  /** True when only whole numbers make sense (customers, people). */
  integer?: boolean;
}

/** Units as written after a number on screen. */
export const UNIT_TEXT: Record<FieldUnit, string> = { percent: '%', count: '位', money: '元', people: '人', years: '年' };

export type FieldResult = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * Reads one typed value. Accepts full-width digits, thousands separators and a trailing '%'.
 * @example readField('20', { key: 'p', label: '问题率 p', unit: 'percent', min: 0, max: 100, hint: '' }) // { ok: true, value: 0.2 }
 */
export function readField(raw: string, field: FieldSpec): FieldResult {
  const text = raw
    .trim()
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[，,\s]/g, '')
    .replace(/．/g, '.')
    .replace(/[%％]$/, '');
  // Written only into a message: a valid value (the usual case, every field on every render) needs none.
  const range = () => `${formatBound(field.min)}–${formatBound(field.max)}${field.unit === 'percent' ? '%' : ` ${UNIT_TEXT[field.unit]}`}`;
  if (text === '') return field.optional ? { ok: true, value: null } : { ok: false, message: `请填写「${field.label}」（${range()}）。` };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return { ok: false, message: `「${field.label}」的“${raw.trim()}”不是数字，请填写 ${range()}。` };
  const value = Number(text);
  if (value < field.min || value > field.max) return { ok: false, message: `「${field.label}」应在 ${range()} 之间，现为“${raw.trim()}”。` };
  if (field.integer && !Number.isInteger(value)) return { ok: false, message: `「${field.label}」应为整数，现为“${raw.trim()}”。` };
  return { ok: true, value: field.unit === 'percent' ? value / 100 : value };
}

/** The first failing field and its message, or every value by key. */
export type FieldsResult<K extends string> = { ok: true; values: Record<K, number | null> } | { ok: false; field: K; message: string };

/** Reads every field in order; stops at the first one that cannot be used. */
export function readFields<K extends string>(raw: Readonly<Record<K, string>>, fields: readonly FieldSpec<K>[]): FieldsResult<K> {
  const values = {} as Record<K, number | null>;
  for (const field of fields) {
    const result = readField(raw[field.key] ?? '', field);
    if (!result.ok) return { ok: false, field: field.key, message: result.message };
    values[field.key] = result.value;
  }
  return { ok: true, values };
}

/** A range's end as typed in the hint: up to two decimals, no trailing zeros, thousands separators. */
function formatBound(value: number): string {
  return (value < 0 ? '-' : '') + groupDigits(Math.abs(value), 2).replace(/\.?0+$/, '');
}
