/**
 * Step ③, the results: the category tiles, the action list, the classification table, the
 * Better–Worse and continuous charts, the segments, and saving and sharing. Loaded on demand
 * (KanoCalculator.tsx): a page without results does not ship its tables, charts and their maths.
 */
import { useId } from 'react';
import { CATEGORY_DEFINITIONS, KANO_CATEGORIES } from '../../lib/kano';
import { ClassificationTable } from './ClassificationTable';
import { CoefficientChart } from './CoefficientChart';
import { ContinuousChart } from './ContinuousChart';
import { count } from './format';
import { LazyMount } from './LazyMount';
import { PriorityPanel } from './PriorityPanel';
import { SegmentPanel } from './SegmentPanel';
import type { KanoCalculatorState } from './useKanoTool';

export function ResultsView({ state }: { state: KanoCalculatorState }) {
  const id = useId();
  const { results, summaries } = state;
  if (!results || summaries.length === 0) return null;
  const tally = state.categoryTally;

  return (
    <section className="calc-section kano-results" aria-labelledby={`${id}-results`} data-testid="kano-results">
      <h2 id={`${id}-results`}>③ 分析结果</h2>
      <div aria-live="polite" className="kano-results__summary">
        <p className="kano-source">
          数据来源：{results.origin} · {count(results.tallies.respondents)} 位受访者 · {summaries.length} 项功能
          {results.tallies.segments.length > 0 ? ` · ${results.tallies.segments.length} 个客群` : ''}
        </p>
        <ul className="kano-tiles" aria-label="各类功能的数量">
          {KANO_CATEGORIES.filter((category) => tally[category] > 0 || ['M', 'O', 'A', 'I'].includes(category)).map((category) => (
            <li key={category} className={`kano-tile kano-tile--${category}`}>
              <span className="kano-tile__number">{tally[category]}</span>
              <span className="kano-tile__label">
                {CATEGORY_DEFINITIONS[category].name}（{category}）
              </span>
            </li>
          ))}
        </ul>
      </div>
      {results.warnings.length > 0 && (
        <ul className="kano-warnings">
          {results.warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      )}
      {results.skippedPairs > 0 && <p className="calc-hint">另有 {count(results.skippedPairs)} 对正反问题两题都没有作答，已跳过。</p>}

      <div className="kano-block">
        <h3>行动清单</h3>
        <PriorityPanel items={state.priorities} />
      </div>

      <div className="kano-block">
        <h3>KANO 归类</h3>
        <ClassificationTable features={summaries} caption="各功能的 KANO 归类（全部受访者）" />
      </div>

      <div className="kano-block">
        <h3>Better–Worse 系数</h3>
        <CoefficientChart features={summaries} lines={state.view.lines} referenceLines={state.referenceLines} onLinesChange={state.setView} />
      </div>

      <div className="kano-block">
        <h3>连续型分析</h3>
        <ContinuousChart features={summaries} hasImportance={results.tallies.hasImportance} />
      </div>

      <div className="kano-block">
        <h3>分客群</h3>
        <LazyMount minHeight={600} testId="kano-segments-slot" placeholder="分客群结果将在滚动到这里时显示。">
          <SegmentPanel state={state} />
        </LazyMount>
      </div>

      <h3>保存与分享</h3>
      <div className="calc-actions kano-noprint">
        <button type="button" className="kano-button" onClick={state.exportResultsCsv}>导出结果（CSV）</button>
        <button type="button" className="kano-button" onClick={state.printResults}>打印结果</button>
        <button type="button" className="kano-button" onClick={() => void state.createShareLink()}>复制分享链接</button>
        <button type="button" className="kano-button kano-button--danger" onClick={state.reset}>清除全部数据</button>
      </div>
      <div aria-live="polite" className="kano-noprint">
        {state.share && (
          <div className="kano-share">
            <p>{state.share.copied ? '分享链接已复制。' : '请复制下面的链接：'}{state.share.note ? ` ${state.share.note}` : ''}</p>
            <label htmlFor={`${id}-share`} className="kano-visually-hidden">分享链接</label>
            <input id={`${id}-share`} type="text" readOnly value={state.share.url} onFocus={(event) => event.currentTarget.select()} />
          </div>
        )}
      </div>
      <p className="calc-hint">链接里只有问卷设计和各项的计数，没有任何受访者的原始答卷。结果也保存在本机浏览器里，下次打开仍在。</p>
    </section>
  );
}
