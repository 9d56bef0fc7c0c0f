/**
 * Segments: an overview (feature × segment category), the full table of one chosen segment, and
 * the features whose category differs between two chosen segments.
 */
import { useId } from 'react';
import { CATEGORY_DEFINITIONS, KANO_CATEGORIES, SMALL_SAMPLE, type SegmentSummary } from '../../lib/kano';
import { CATEGORY_SYMBOLS } from './categoryStyle';
import { ClassificationTable } from './ClassificationTable';
import { count } from './format';
import { ScrollRegion } from './ScrollRegion';
import type { KanoCalculatorState } from './useKanoTool';

export function SegmentPanel({ state }: { state: KanoCalculatorState }) {
  const id = useId();
  const { segments, selectedSegment, compare, setView } = state;
  if (segments.length === 0) {
    return <p className="calc-hint">没有选择客群列，或客群列为空，所以没有分客群结果。导入时在“客群列”中选择受访者类型所在的列即可。</p>;
  }
  const features = segments[0]!.features.map((feature) => feature.name);
  const withoutSegment = state.results?.tallies.withoutSegment ?? 0;

  return (
    <div className="kano-segments">
      <ScrollRegion label="各客群的归类一览">
        <table className="kano-table kano-table--overview">
          <caption>各客群的归类一览</caption>
          <thead>
            <tr>
              <th scope="col">功能</th>
              {segments.map((segment) => (
                <th scope="col" key={segment.name}>
                  {segment.name}
                  <span className="kano-count">{count(segment.respondents)} 人</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {features.map((name, featureIndex) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {segments.map((segment) => {
                  const category = segment.features[featureIndex]?.classification?.category;
                  return (
                    <td key={segment.name} className={category ? `kano-cell--${category}` : undefined}>
                      {category ? (
                        <>
                          <span aria-hidden="true">{CATEGORY_SYMBOLS[category]} </span>
                          {category}
                          <span className="kano-visually-hidden">（{CATEGORY_DEFINITIONS[category].name}）</span>
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="calc-hint">
        {KANO_CATEGORIES.map((category) => `${CATEGORY_SYMBOLS[category]} ${category} ${CATEGORY_DEFINITIONS[category].name}`).join('　')}
      </p>
      {withoutSegment > 0 && <p className="calc-hint">另有 {count(withoutSegment)} 位受访者没有填写客群，只计入总体结果。</p>}
      {segments.some((segment) => segment.respondents < SMALL_SAMPLE) && (
        <p className="calc-hint">⚠ 有客群少于 {SMALL_SAMPLE} 人，这些客群的归类容易因几份答卷而改变。</p>
      )}

      <h4>两个客群对比</h4>
      <div className="kano-grid kano-grid--compact">
        <div className="kano-field">
          <label htmlFor={`${id}-first`}>客群甲</label>
          <select id={`${id}-first`} value={compare.first?.name ?? ''} onChange={(event) => setView({ compareFirst: event.currentTarget.value })}>
            {segments.map((segment) => <option key={segment.name} value={segment.name}>{segment.name}</option>)}
          </select>
        </div>
        <div className="kano-field">
          <label htmlFor={`${id}-second`}>客群乙</label>
          <select id={`${id}-second`} value={compare.second?.name ?? ''} onChange={(event) => setView({ compareSecond: event.currentTarget.value })}>
            {segments.map((segment) => <option key={segment.name} value={segment.name}>{segment.name}</option>)}
          </select>
        </div>
      </div>
      <div aria-live="polite" className="kano-compare">
        {compare.first && compare.second && compare.first === compare.second && <p>请选择两个不同的客群。</p>}
        {compare.differences && compare.differences.length === 0 && (
          <p>{compare.first!.name}和{compare.second!.name}对所有功能的归类都相同。</p>
        )}
        {compare.differences && compare.differences.length > 0 && (
          <>
            <p>
              {compare.first!.name}和{compare.second!.name}有 {compare.differences.length} 项功能归类不同：
            </p>
            <ul>
              {compare.differences.map((difference) => <li key={difference.feature}>{difference.sentence}</li>)}
            </ul>
          </>
        )}
      </div>

      <h4>单个客群的完整结果</h4>
      <div className="kano-field kano-field--narrow">
        <label htmlFor={`${id}-segment`}>客群</label>
        <select id={`${id}-segment`} value={selectedSegment?.name ?? ''} onChange={(event) => setView({ segment: event.currentTarget.value })}>
          {segments.map((segment: SegmentSummary) => (
            <option key={segment.name} value={segment.name}>
              {segment.name}（{segment.respondents} 人）
            </option>
          ))}
        </select>
      </div>
      {selectedSegment && <ClassificationTable features={selectedSegment.features} caption={`${selectedSegment.name}：各功能的 KANO 归类`} showExplanations={false} />}
    </div>
  );
}
