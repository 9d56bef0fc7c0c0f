/** A grid of the tool's numeric fields, each showing its own error when it is the one in error. */
import { FIELDS, type FieldKey } from '../../lib/marketDamage';
import { NumberField } from '../shared/NumberField';
import type { InputsProps } from './DamageInputs';

export function FieldList({ keys, state, send, errorField, errorText }: InputsProps & { keys: FieldKey[] }) {
  return (
    <div className="tool-grid">
      {keys.map((key) => (
        <NumberField
          key={key}
          field={FIELDS[key]}
          value={state.values[key]}
          error={errorField === key ? errorText : null}
          onChange={(value) => send({ type: 'setField', key, value })}
          testId={`md-field-${key}`}
        />
      ))}
    </div>
  );
}
