/**
 * Step 2b: which columns hold which feature's functional, dysfunctional and importance question.
 * Proposed from the headers; every choice can be corrected. One card per feature, so that it
 * stacks on a phone.
 */
import { useId, useState } from 'react';
import type { KanoColumnMapping } from '../../lib/kano';
import { ColumnField } from '../shared/ColumnField';
import type { KanoCalculatorState } from './useKanoTool';

export function MappingEditor({ importer, headers }: { importer: KanoCalculatorState['importer']; headers: readonly string[] }) {
  const id = useId();
  const mapping: KanoColumnMapping | null = importer.mapping;
  const busy = importer.survey.state.status === 'loading' || importer.survey.state.status === 'analysing';
  /** What every column list here shares: the look, the group the KANO-like columns are listed under, the table, and busy. */
  const field = { fieldClassName: 'kano-field', suggestedLabel: '像 KANO 答案的列', headers, disabled: busy };
  const isComplete = (candidate: KanoColumnMapping | null) =>
    candidate !== null && candidate.features.length > 0 && candidate.features.every((feature) => feature.functional !== null && feature.dysfunctional !== null);
  // Open when the headers did not say everything; afterwards it stays as the user leaves it.
  const [open, setOpen] = useState(() => !isComplete(mapping));
  if (mapping === null) return null;
  const complete = isComplete(mapping);

  return (
    <details className="calc-details kano-mapping" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        列对应：{complete ? `已自动识别 ${mapping.features.length} 项功能${mapping.segment !== null ? '和客群列' : ''}，点开可核对或修改` : '请选择各功能的正向、反向问题列'}
      </summary>
      {/* The selects are only built when opened: 30 features × 3 selects × every column is a lot of DOM. */}
      {open && (
        <>
      <p className="calc-hint">已根据表头自动对应（表头写明功能名称和“正向 / 反向”或“如果提供 / 如果不提供”时可自动识别）。如有不对，请在这里改正后点“重新分析”。</p>
      <div className="kano-field kano-mapping__segment">
        <ColumnField {...field} id={`${id}-segment`} label="客群列（可选）" value={mapping.segment} onChange={importer.setSegmentColumn} optional />
      </div>
      <ol className="kano-mapping__list">
        {mapping.features.map((feature, index) => (
          <li key={index} className="kano-mapping__card">
            <fieldset>
              <legend>功能 {index + 1}{feature.name ? `：${feature.name}` : ''}</legend>
              <div className="kano-mapping__fields">
                <div className="kano-field">
                  <label htmlFor={`${id}-${index}-name`}>名称</label>
                  <input id={`${id}-${index}-name`} type="text" value={feature.name} disabled={busy} onChange={(event) => importer.updateFeature(index, { name: event.currentTarget.value })} />
                </div>
                <ColumnField {...field} id={`${id}-${index}-functional`} label="正向问题列" value={feature.functional} onChange={(column) => importer.updateFeature(index, { functional: column })} suggested={importer.suggestions} />
                <ColumnField {...field} id={`${id}-${index}-dysfunctional`} label="反向问题列" value={feature.dysfunctional} onChange={(column) => importer.updateFeature(index, { dysfunctional: column })} suggested={importer.suggestions} />
                <ColumnField {...field} id={`${id}-${index}-importance`} label="重要性列（可选）" value={feature.importance} onChange={(column) => importer.updateFeature(index, { importance: column })} optional />
              </div>
              <button type="button" className="kano-button kano-button--small" disabled={busy} onClick={() => importer.removeFeature(index)}>
                删除“{feature.name || `功能 ${index + 1}`}”
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="calc-actions">
        <button type="button" className="kano-button" disabled={busy} onClick={importer.addFeature}>添加功能</button>
        <button type="button" className="kano-button kano-button--primary" disabled={busy || mapping.features.length === 0} onClick={importer.analyse}>重新分析</button>
      </div>
        </>
      )}
    </details>
  );
}
