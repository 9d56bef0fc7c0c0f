/** Scenario A's inputs: the preset select (with its source) and the four groups of fields. */
import { useId } from 'react';
import { findPreset, PRESETS, type Event, type FieldKey, type State } from '../../lib/marketDamage';
import { FieldList } from './FieldList';

export interface InputsProps {
  state: State;
  send(event: Event): void;
  errorField: FieldKey | null;
  errorText: string | null;
}

const GROUPS: { legend: string; keys: FieldKey[] }[] = [
  { legend: '顾客与问题', keys: ['customers', 'problemRate', 'complaintRate', 'headOfficeRate', 'resolvedRate', 'quickShare'] },
  { legend: '各组的复购率', keys: ['noProblem', 'silent', 'unresolved', 'resolved', 'quick'] },
  { legend: '顾客价值', keys: ['value', 'margin'] },
  { legend: '口碑', keys: ['toldNegative', 'toldPositive', 'influence'] },
];

export function DamageInputs(props: InputsProps) {
  const { state, send } = props;
  const id = useId();
  const preset = findPreset(state.preset);
  return (
    <section className="calc-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>方案 A：现在的情况</h2>
      <label htmlFor={`${id}-preset`} className="tool-label">从一组数字开始</label>
      <select
        id={`${id}-preset`}
        className="tool-select"
        value={preset ? preset.id : 'custom'}
        onChange={(event) => send({ type: 'applyPreset', id: event.currentTarget.value })}
        aria-describedby={`${id}-source`}
        data-testid="md-preset"
      >
        {!preset && <option value="custom">自定义（已修改）</option>}
        {PRESETS.map((item) => (
          <option key={item.id} value={item.id}>{item.label}</option>
        ))}
      </select>
      <p id={`${id}-source`} className="calc-hint" data-testid="md-preset-source">
        {preset ? `来源：${preset.source}` : '你修改过输入；下面的数字是你自己的假设。'}
      </p>
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="tool-fieldset">
          <legend>{group.legend}</legend>
          {group.legend === '顾客价值' && (
            <div className="tool-radio" role="radiogroup" aria-label="顾客价值的口径">
              {(['annual', 'lifetime'] as const).map((basis) => (
                <label key={basis}>
                  <input type="radio" name={`${id}-value-basis`} checked={state.valueBasis === basis} onChange={() => send({ type: 'setValueBasis', basis })} />
                  {basis === 'annual' ? '一年的营收（算一年的损失）' : '终身价值（算长期的损失）'}
                </label>
              ))}
            </div>
          )}
          {group.legend === '口碑' && (
            <div className="tool-radio" role="radiogroup" aria-label="谁在传播负面口碑">
              {(['lost', 'unhappy'] as const).map((basis) => (
                <label key={basis}>
                  <input type="radio" name={`${id}-mouth-basis`} checked={state.wordOfMouthBasis === basis} onChange={() => send({ type: 'setWordOfMouthBasis', basis })} data-testid={`md-mouth-${basis}`} />
                  {basis === 'lost' ? '流失的顾客在传（讲义的简化）' : '所有不满的顾客在传（沉默者与未解决者）'}
                </label>
              ))}
            </div>
          )}
          <FieldList {...props} keys={group.keys} />
        </fieldset>
      ))}
    </section>
  );
}
