/**
 * One dimension of the item editor: reword, reverse, move to another dimension, reorder, remove
 * and add items. Loaded when the editor is first opened (QuestionnaireBuilder.tsx).
 */
import { useId } from 'react';
// Direct module imports (not the barrel): see ImportPanel.tsx.
import { DIMENSIONS, type DimensionId } from '../../lib/servqual/dimensions';
import { MAX_ITEMS } from '../../lib/servqual/questionnaire';
import type { ServqualCalculatorState } from './useServqualTool';

export function DimensionEditor({ dimensionId, builder }: { dimensionId: DimensionId; builder: ServqualCalculatorState['builder'] }) {
  const id = useId();
  const { items, edit, questionnaire } = builder;
  const dimension = DIMENSIONS.find((entry) => entry.id === dimensionId)!;
  const members = items.filter((item) => item.dimension === dimensionId);
  return (
    <fieldset className="servqual-dimension-editor" data-testid={`servqual-dimension-${dimensionId}`}>
      <legend>
        {dimension.courseName}（{dimension.name}）<span className="calc-hint"> {dimension.definition}</span>
      </legend>
      {members.length === 0 && <p className="calc-hint">这个维度还没有题目。</p>}
      <ol className="servqual-item-list">
        {members.map((item, index) => (
          <li key={item.id} className="servqual-item-row">
            <div className="servqual-item-text">
              <label htmlFor={`${id}-${item.id}-text`}>第 {item.number} 题</label>
              <input
                id={`${id}-${item.id}-text`}
                type="text"
                value={item.text}
                maxLength={160}
                onChange={(event) => edit.rewordItem(item.id, event.currentTarget.value)}
                data-testid={`servqual-item-text-${item.number}`}
              />
            </div>
            <div className="servqual-item-tools">
              <label className="servqual-choice">
                <input type="checkbox" checked={item.reversed} onChange={(event) => edit.setReversed(item.id, event.currentTarget.checked)} />
                反向题
              </label>
              <label htmlFor={`${id}-${item.id}-dimension`} className="sr-only">第 {item.number} 题所属维度</label>
              <select id={`${id}-${item.id}-dimension`} value={item.dimension} onChange={(event) => edit.moveToDimension(item.id, event.currentTarget.value as DimensionId)}>
                {DIMENSIONS.map((entry) => <option key={entry.id} value={entry.id}>{entry.courseName}</option>)}
              </select>
              <button type="button" className="servqual-icon-button" disabled={index === 0} onClick={() => edit.move(item.id, -1)} aria-label={`上移第 ${item.number} 题`}>↑</button>
              <button type="button" className="servqual-icon-button" disabled={index === members.length - 1} onClick={() => edit.move(item.id, 1)} aria-label={`下移第 ${item.number} 题`}>↓</button>
              <button type="button" className="servqual-icon-button is-danger" onClick={() => edit.removeItem(item.id)} aria-label={`删除第 ${item.number} 题`}>✕</button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="servqual-button is-quiet" disabled={questionnaire.items.length >= MAX_ITEMS} onClick={() => edit.addItem(dimensionId)}>
        ＋ 在「{dimension.courseName}」添加题目
      </button>
    </fieldset>
  );
}
