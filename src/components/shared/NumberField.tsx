/**
 * One numeric input of a tool: label, the box with its unit, the one-line hint, and the field's
 * error when it is the one that cannot be used. Typed text is kept as typed (the tool's state
 * holds strings); lib/tool/fields.ts reads it.
 */
import { useId } from 'react';
import { UNIT_TEXT, type FieldSpec } from '../../lib/tool/fields';

export interface NumberFieldProps {
  field: FieldSpec;
  value: string;
  /** The message when this field is the one in error. */
  error?: string | null;
  onChange(value: string): void;
  testId?: string;
}

export function NumberField({ field, value, error, onChange, testId }: NumberFieldProps) {
  const id = useId();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`tool-field${error ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>{field.label}</label>
      <span className="tool-field__box">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.currentTarget.value)}
          data-testid={testId}
        />
        <span className="tool-field__unit" aria-hidden="true">{UNIT_TEXT[field.unit]}</span>
      </span>
      <span id={`${id}-hint`} className="tool-field__hint">
        {field.hint}
        <span className="sr-only">（单位：{UNIT_TEXT[field.unit]}）</span>
      </span>
      {error && <span id={`${id}-error`} className="tool-field__error">{error}</span>}
    </div>
  );
}
