/**
 * The mapping question after an import, for tools that map many columns at once (KANO's
 * functional/dysfunctional pairs, SERVQUAL's E/P columns): how the mapping was found, each row
 * with its columns and its reasons for and against, and — when the decision was not clear — a
 * button to compute with it as shown (the tool's mapping editor, right below, changes it).
 * Until then the tool keeps its previous result. Decisions come from src/lib/import/mappingRoles.ts.
 */
import { useId } from 'react';
import type { MappingDecision } from '../../lib/import/mappingRoles';
import { columnLabel } from './columnLabel';
import './ColumnChoice.css';

/** Rows listed one by one; the rest are counted (a 22-item SERVQUAL has 22 rows). */
const SHOWN_ROWS = 8;

export interface MappingChoiceProps {
  /** The mapping in words, e.g. KANO 正向 / 反向问题列. */
  roleName: string;
  decision: MappingDecision;
  headers: readonly string[];
  /** True while the tool waits for the person (nothing has run for this table). */
  asking: boolean;
  onConfirm(): void;
  /** Where the mapping is edited, e.g. 下方的“列对应”. */
  editorName: string;
  busy?: boolean;
  testId?: string;
}

export function MappingChoice({ roleName, decision, headers, asking, onConfirm, editorName, busy = false, testId }: MappingChoiceProps) {
  const id = useId();
  if (decision.status === 'none') return null;
  const doubtful = decision.rows.filter((row) => row.reasonsAgainst.length > 0);
  // While asking, the doubtful rows come first: they are what the person has to look at.
  const ordered = asking ? [...doubtful, ...decision.rows.filter((row) => row.reasonsAgainst.length === 0)] : decision.rows;
  const shown = ordered.slice(0, SHOWN_ROWS);
  const list = (
    <>
      <ol className="column-choice__list">
        {shown.map((row) => (
          <li key={row.label} className="column-choice__candidate">
            <span className="column-choice__name">{row.label}：{row.columns.map((entry) => `${entry.role} ${columnLabel(headers, entry.column)}`).join('；')}</span>
            {row.reasonsFor.length > 0 && <span className="column-choice__for">支持：{row.reasonsFor.join('；')}</span>}
            {row.reasonsAgainst.length > 0 && <span className="column-choice__against">存疑：{row.reasonsAgainst.join('；')}</span>}
          </li>
        ))}
      </ol>
      {ordered.length > shown.length && <p className="column-choice__lead">另有 {ordered.length - shown.length} 项{asking ? '' : '同样对应'}，见{editorName}。</p>}
    </>
  );
  return (
    <section className={`column-choice${asking ? ' is-asking' : ''}`} aria-labelledby={`${id}-title`} data-testid={testId} data-status={asking ? 'ask' : 'chosen'}>
      <h4 id={`${id}-title`} className="column-choice__title">{asking ? `请确认${roleName}` : `${roleName}：${decision.status === 'chosen' ? '已选定' : '已确认'}`}</h4>
      <p className="column-choice__lead">{decision.basis}。</p>
      {asking ? (
        <>
          <p className="column-choice__lead">
            {doubtful.length > 0 ? `有 ${doubtful.length} 项存疑` : '这样对应不一定对'}
            {decision.doubts.length > 0 ? `（${decision.doubts.join('；')}）` : ''}。请看下面的理由：对应无误就按“按此对应计算”，否则在{editorName}里改好再计算。在您确认之前，结果仍是之前的。
          </p>
          {list}
          <div className="calc-actions">
            <button type="button" className="column-choice__use" onClick={onConfirm} disabled={busy} aria-describedby={`${id}-title`}>按此对应计算</button>
          </div>
        </>
      ) : (
        <details className="column-choice__details">
          <summary>为什么这样对应（{decision.rows.length} 项）</summary>
          {list}
        </details>
      )}
    </section>
  );
}
