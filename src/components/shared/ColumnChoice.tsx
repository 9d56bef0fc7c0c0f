/**
 * The column question after an import: the top candidates for one role (e.g. the NPS score
 * column), each with its reasons for and against in plain Chinese, and a button to use it.
 * When the scoring was sure it shows what was chosen and why (the other candidates folded
 * away); when it was not, it asks, and the tool keeps its previous result until a button is
 * pressed. Decisions come from src/lib/import/roles.ts.
 */
import { useId } from 'react';
import type { RoleDecision } from '../../lib/import/roles';
import { columnLabel } from './columnLabel';
import './ColumnChoice.css';

export interface ColumnChoiceProps {
  /** The role in words, e.g. 推荐意愿得分列（0–10）. */
  roleName: string;
  decision: RoleDecision;
  headers: readonly string[];
  /** The column in use now (null: none yet). */
  value: number | null;
  onChoose(column: number): void;
  /** Shown while asking, e.g. 在您选择之前，结果仍是之前的。 */
  waitingNote?: string;
  testId?: string;
}

export function ColumnChoice({ roleName, decision, headers, value, onChoose, waitingNote, testId }: ColumnChoiceProps) {
  const id = useId();
  if (decision.candidates.length === 0) return null;
  const asking = value === null && decision.status !== 'chosen';
  const list = (
    <ol className="column-choice__list">
      {decision.candidates.map((candidate) => {
        const inUse = candidate.column === value;
        return (
          <li key={candidate.column} className={`column-choice__candidate${inUse ? ' is-used' : ''}`}>
            <span className="column-choice__name">{columnLabel(headers, candidate.column)}</span>
            {candidate.reasonsFor.length > 0 && <span className="column-choice__for">支持：{candidate.reasonsFor.join('；')}</span>}
            {candidate.reasonsAgainst.length > 0 && <span className="column-choice__against">存疑：{candidate.reasonsAgainst.join('；')}</span>}
            <button type="button" className="column-choice__use" aria-pressed={inUse} onClick={() => onChoose(candidate.column)} aria-describedby={`${id}-title`}>
              {inUse ? '正在使用' : '用这一列'}
            </button>
          </li>
        );
      })}
    </ol>
  );
  return (
    <section className={`column-choice${asking ? ' is-asking' : ''}`} aria-labelledby={`${id}-title`} data-testid={testId} data-status={asking ? 'ask' : 'chosen'}>
      <h4 id={`${id}-title`} className="column-choice__title">{asking ? `请确认${roleName}` : `${roleName}：已选定`}</h4>
      {asking ? (
        <>
          <p className="column-choice__lead">
            {decision.candidates.length > 1 ? '有几列都可能是这一列，但没有一列明显最合适。' : '只有一列勉强符合，而且有存疑之处。'}
            请看下面的理由，选定一列后再计算。{waitingNote ?? ''}
          </p>
          {list}
        </>
      ) : (
        <details className="column-choice__details">
          <summary>为什么选这一列{decision.candidates.length > 1 ? `（另有 ${decision.candidates.length - 1} 列可选）` : ''}</summary>
          {list}
        </details>
      )}
    </section>
  );
}
