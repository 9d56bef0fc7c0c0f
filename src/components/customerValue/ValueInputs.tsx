/** The customer-value inputs: example buttons, then the value and retention fields and the referral fields. */
import { useId } from 'react';
import { EXAMPLES, FIELDS, type Event, type FieldKey, type State } from '../../lib/customerValue';
import { NumberField } from '../shared/NumberField';

const GROUPS: { legend: string; keys: FieldKey[] }[] = [
  { legend: '顾客价值与留存', keys: ['annualValue', 'margin', 'retention', 'discountRate', 'years'] },
  { legend: '转介绍', keys: ['startCustomers', 'referralsPerYear', 'conversion'] },
];

export function ValueInputs({ state, send, error }: { state: State; send(event: Event): void; error: { field: FieldKey; message: string } | null }) {
  const id = useId();
  const example = EXAMPLES.find((item) => item.id === state.example);
  return (
    <section className="calc-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>输入</h2>
      <div className="calc-actions">
        {EXAMPLES.map((item) => (
          <button key={item.id} type="button" className="tool-button is-quiet" aria-pressed={state.example === item.id} onClick={() => send({ type: 'loadExample', id: item.id })} data-testid={`cv-example-${item.id}`}>
            {item.label}
          </button>
        ))}
      </div>
      <p className="calc-hint" data-testid="cv-example-source">{example ? `来源：${example.source}` : '你修改过输入；下面的数字是你自己的假设。'}</p>
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="tool-fieldset">
          <legend>{group.legend}</legend>
          <div className="tool-grid">
            {group.keys.map((key) => (
              <NumberField
                key={key}
                field={FIELDS[key]}
                value={state.values[key]}
                error={error?.field === key ? error.message : null}
                onChange={(value) => send({ type: 'setField', key, value })}
                testId={`cv-field-${key}`}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );
}
