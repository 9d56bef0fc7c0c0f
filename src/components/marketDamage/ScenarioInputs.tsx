/** Scenario B: the three complaint-handling rates after an improvement, and what it costs. */
import { useId } from 'react';
import type { InputsProps } from './DamageInputs';
import { FieldList } from './FieldList';

export function ScenarioInputs(props: InputsProps) {
  const id = useId();
  return (
    <section className="calc-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>方案 B：改进投诉处理之后</h2>
      <p className="calc-hint">其他输入与方案 A 相同，只改变下面三个比例；成本用来计算投资回报率。</p>
      <fieldset className="tool-fieldset">
        <legend>改进后的比例与成本</legend>
        <FieldList {...props} keys={['bComplaintRate', 'bResolvedRate', 'bQuickShare', 'costPerComplaint', 'costFixed']} />
      </fieldset>
    </section>
  );
}
