/**
 * SERVQUAL's column mapping after an import (which column is E, P, desired, adequate of which
 * item, and which holds each dimension's importance points). Part of step ② (ImportPanel.tsx),
 * fetched when a file starts loading: a page where nothing is imported does not ship it.
 */
import { useId } from 'react';
import type { TablePreview } from '../../lib/import/types';
import { ANSWER_ROLES, formatRoles, type AnswerRole } from '../../lib/servqual/answerRoles';
import { DIMENSIONS } from '../../lib/servqual/dimensions';
import { usedDimensions } from '../../lib/servqual/questionnaire';
import { ColumnSelect } from '../shared/ColumnSelect';
import { LazyDetails } from '../shared/LazyDetails';
import type { ServqualCalculatorState } from './useServqualTool';

const METHOD_LABELS = { codes: '按表头代码（E1、P1……）', text: '按题目措辞', order: '按列的顺序', none: '未识别' } as const;

type Importer = ServqualCalculatorState['importer'];

export function MappingSection({ calculator, preview, mapping }: { calculator: ServqualCalculatorState; preview: TablePreview; mapping: NonNullable<Importer['mapping']> }) {
  const id = useId();
  const { importer, builder } = calculator;
  const { detection } = importer;
  const roles = formatRoles(builder.questionnaire.format);
  const weightDimensions = usedDimensions(builder.questionnaire);
  return (
    <LazyDetails
      className="calc-details servqual-mapping"
      testId="servqual-mapping"
      key={`${preview.headers.length}-${detection?.method ?? ''}`}
      initiallyOpen={detection?.method === 'none' || importer.asking}
      summary={`列的对应关系：${detection ? METHOD_LABELS[detection.method] : ''}，已对应 ${mapping.items.filter((entry) => roles.every((role) => entry.columns[role] !== null)).length} / ${mapping.items.length} 题`}
    >
      {detection && detection.notes.length > 0 && (
        <ul className="servqual-message is-notice" data-testid="servqual-mapping-notes">
          {detection.notes.map((note) => <li key={note}>{note}</li>)}
        </ul>
      )}
      <div className="calc-actions">
        <button type="button" className="servqual-button is-quiet" onClick={importer.redetect}>重新自动识别</button>
        <button type="button" className="servqual-button" onClick={importer.analyseNow} data-testid="servqual-analyse">按当前对应关系计算</button>
      </div>
      <div className="calc-scroll" role="region" aria-label="题目与列的对应关系" tabIndex={0}>
        <table className="servqual-table servqual-mapping-table">
          <caption className="sr-only">每道题的各评分栏对应表格中的哪一列</caption>
          <thead>
            <tr>
              <th scope="col">题目</th>
              {roles.map((role) => <th scope="col" key={role}>{ANSWER_ROLES[role].label}</th>)}
            </tr>
          </thead>
          <tbody>
            {builder.items.map((item) => {
              const entry = mapping.items.find((candidate) => candidate.itemId === item.id);
              return (
                <tr key={item.id}>
                  <th scope="row">{item.number}. {item.text}</th>
                  {roles.map((role) => (
                    <td key={role}>
                      <ColumnSelect
                        id={`${id}-${item.id}-${role}`}
                        className="servqual-column-select"
                        optional
                        ariaLabel={`第 ${item.number} 题的${ANSWER_ROLES[role].label}列`}
                        headers={preview.headers}
                        value={entry?.columns[role] ?? null}
                        onChange={(column) => importer.setItemColumn(item.id, role as AnswerRole, column)}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3 className="servqual-subheading">重要性分配列（可选）</h3>
      <div className="servqual-grid">
        {weightDimensions.map((dimension) => (
          <div className="servqual-field" key={dimension}>
            <label htmlFor={`${id}-weight-${dimension}`}>{DIMENSIONS.find((entry) => entry.id === dimension)!.courseName}</label>
            <ColumnSelect id={`${id}-weight-${dimension}`} className="servqual-column-select" optional headers={preview.headers} value={mapping.weights[dimension]} onChange={(column) => importer.setWeightColumn(dimension, column)} />
          </div>
        ))}
      </div>
    </LazyDetails>
  );
}
