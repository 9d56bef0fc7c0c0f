/** How many answers the next survey needs for a target margin. */
import { useId } from 'react';
import { formatCount } from '../../lib/nps/format';
import { SAMPLE_SIZE_FORMULA } from '../../lib/nps/sampleSize';
import type { NpsView } from '../../lib/nps/select';
import type { NpsTool } from './NpsCalculator';

export default function NpsPlanner({ tool, view, headingId }: { tool: NpsTool; view: NpsView; headingId: string }) {
  const { planner } = view;
  const inputs = tool.state;
  const { outcome } = view;
  const fieldId = useId();
  const fields: { field: keyof typeof inputs.planner; label: string; suffix: string }[] = [
    { field: 'promoterPercent', label: '预计推荐者比例', suffix: '%' },
    { field: 'detractorPercent', label: '预计贬损者比例', suffix: '%' },
    { field: 'margin', label: '目标误差范围 ±', suffix: '分' },
  ];
  const errorField = planner.ok ? null : planner.field === 'promoterShare' ? 'promoterPercent' : planner.field === 'detractorShare' ? 'detractorPercent' : 'margin';
  return (
    <section className="nps-calc__section nps-calc__planner" aria-labelledby={headingId}>
      <h2 id={headingId}>样本量规划</h2>
      <p className="nps-calc__hint">下次调查要收多少份回答，NPS 的 95% 置信区间才能窄到目标误差以内？</p>
      <div className="nps-calc__planner-fields">
        {fields.map(({ field, label, suffix }) => (
          <div key={field} className="nps-calc__planner-field">
            <label htmlFor={`${fieldId}-${field}`}>{label}（{suffix}）</label>
            <input
              id={`${fieldId}-${field}`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={inputs.planner[field]}
              aria-invalid={errorField === field || undefined}
              aria-describedby={errorField === field ? `${fieldId}-error` : undefined}
              onChange={(event) => tool.send({ type: 'planner', field, text: event.currentTarget.value })}
              data-testid={`nps-planner-${field}`}
            />
          </div>
        ))}
      </div>
      {outcome.status === 'ok' && (
        <button type="button" className="nps-calc__button is-quiet" onClick={() => tool.send({ type: 'plannerFromShares', promoterShare: outcome.summary.promoterShare, detractorShare: outcome.summary.detractorShare })}>用当前结果的比例</button>
      )}
      <div aria-live="polite">
        {planner.ok ? (
          <p className="nps-calc__planner-result" data-testid="nps-planner-result">
            需要约 <strong data-testid="nps-planner-n">{formatCount(planner.sampleSize)}</strong> 份有效回答
            （按 {SAMPLE_SIZE_FORMULA}）。
          </p>
        ) : (
          <p id={`${fieldId}-error`} className="nps-calc__message is-error">{planner.error}</p>
        )}
      </div>
    </section>
  );
}
