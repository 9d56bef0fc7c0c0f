/**
 * Dimension weights typed on the page (100 points), for a weighted score when the data has no
 * importance allocation.
 */
import { useId } from 'react';
import { dimensionById, WEIGHT_TOTAL, type ServqualSummary } from '../../lib/servqual';
import type { ServqualResultsState } from './useServqualTool';

export function TypedWeights({ state, summary }: { state: ServqualResultsState; summary: ServqualSummary }) {
  const id = useId();
  const check = state.typedWeightCheck;
  return (
    <fieldset className="servqual-fieldset servqual-typed-weights" data-testid="servqual-typed-weights">
      <legend>填写维度权重（合计 {WEIGHT_TOTAL}，用于加权得分；可参考管理层或旅客访谈的判断）</legend>
      <div className="servqual-weight-boxes">
        {summary.dimensions.map((dimension) => (
          <div key={dimension.dimension} className="servqual-weight-box">
            <label htmlFor={`${id}-${dimension.dimension}`}>{dimensionById(dimension.dimension).courseName}</label>
            <input
              id={`${id}-${dimension.dimension}`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={state.view.typedWeights[dimension.dimension] ?? ''}
              aria-invalid={check?.kind === 'invalid' || undefined}
              aria-describedby={`${id}-status`}
              onChange={(event) => state.setTypedWeight(dimension.dimension, event.currentTarget.value)}
              data-testid={`servqual-weight-${dimension.dimension}`}
            />
          </div>
        ))}
      </div>
      <p id={`${id}-status`} className={`calc-hint${check?.kind === 'invalid' ? ' is-error' : ''}`} aria-live="polite">
        {check?.kind === 'invalid' ? check.error : check?.kind === 'valid' ? '权重有效。' : '留空则不计算加权得分。'}
      </p>
    </fieldset>
  );
}
