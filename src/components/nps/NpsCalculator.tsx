/**
 * The NPS calculator island. It renders only: state, persistence, worker and maths come from
 * useNpsCalculator (and through it src/lib/nps). Mounted by content/tools/nps/index.mdx.
 */
import { useId, useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import {
  CATEGORY_LABELS,
  classifyScore,
  formatCount,
  formatPercent,
  formatPoints,
  formatPValue,
  formatRange,
  SMALL_SAMPLE,
  type NpsCategory,
  type NpsSummary,
} from '../../lib/nps';
import { ChartFigure, CHART_COLOURS } from '../shared/ChartFigure';
import { IssueList, SurveyImport } from '../shared/SurveyImport';
import { withBase } from '../../utils/url';
import { useNpsCalculator, type InputMode, type NpsCalculatorState, type NpsOutcome } from './useNpsCalculator';
import './NpsCalculator.css';

const CATEGORY_COLOURS: Record<NpsCategory, string> = {
  promoter: CHART_COLOURS.positive,
  passive: CHART_COLOURS.neutral,
  detractor: CHART_COLOURS.negative,
};

const MODES: { mode: InputMode; label: string }[] = [
  { mode: 'raw', label: '粘贴分数' },
  { mode: 'counts', label: '填写人数' },
  { mode: 'table', label: '导入文件' },
];

const SCORES = Array.from({ length: 11 }, (_, score) => score);

export default function NpsCalculator() {
  const calculator = useNpsCalculator();
  const { outcome, linkMessage } = calculator;
  const id = useId();

  return (
    <div className="nps-calc not-content" data-testid="nps-calculator" data-restored={calculator.restored ? 'true' : 'false'}>
      <div className="nps-calc__toolbar">
        <button type="button" className="nps-calc__button" onClick={calculator.loadExample} data-testid="nps-example">
          教学示例数据
        </button>
        <button type="button" className="nps-calc__button is-quiet" onClick={calculator.reset} data-testid="nps-reset">
          重置
        </button>
        <a className="nps-calc__method-link" href={withBase('/tools/nps/method/')}>方法说明</a>
      </div>

      <div role="alert" className="nps-calc__alert-slot">
        {linkMessage?.kind === 'error' && (
          <p className="nps-calc__message is-error" data-testid="nps-link-message">
            {linkMessage.text}
            <button type="button" className="nps-calc__link-button" onClick={calculator.dismissLinkMessage}>知道了</button>
          </p>
        )}
      </div>
      {linkMessage?.kind === 'notice' && (
        <p className="nps-calc__message is-notice" role="status" data-testid="nps-link-message">
          {linkMessage.text}
        </p>
      )}

      <InputSection calculator={calculator} headingId={`${id}-input`} />

      <section className="nps-calc__section nps-calc__results" aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`}>结果</h2>
        <p className="sr-only" role="status" aria-live="polite" data-testid="nps-live">
          {outcome.status === 'ok'
            ? `NPS ${formatPoints(outcome.summary.nps)}，95% 置信区间 ${formatRange(outcome.adjusted.lower, outcome.adjusted.upper)}，共 ${formatCount(outcome.summary.total)} 份回答。`
            : outcome.message}
        </p>
        {outcome.status === 'ok' ? (
          <Results calculator={calculator} result={outcome} />
        ) : (
          <p className={`nps-calc__message${outcome.status === 'error' ? ' is-error' : ''}`} data-testid="nps-message">
            {outcome.message}
          </p>
        )}
      </section>

      {calculator.segments && calculator.segments.length > 0 && <SegmentsSection calculator={calculator} headingId={`${id}-segments`} />}

      <PlannerSection calculator={calculator} headingId={`${id}-planner`} />
    </div>
  );
}

function InputSection({ calculator, headingId }: { calculator: NpsCalculatorState; headingId: string }) {
  const { inputs } = calculator;
  const fieldId = useId();
  return (
    <section className="nps-calc__section nps-calc__input" aria-labelledby={headingId}>
      <h2 id={headingId}>输入数据</h2>
      <fieldset className="nps-calc__modes">
        <legend>输入方式</legend>
        {MODES.map(({ mode, label }) => (
          <label key={mode} className={`nps-calc__mode${inputs.mode === mode ? ' is-active' : ''}`}>
            <input type="radio" name={`${fieldId}-mode`} value={mode} checked={inputs.mode === mode} onChange={() => calculator.setMode(mode)} data-testid={`nps-mode-${mode}`} />
            {label}
          </label>
        ))}
      </fieldset>

      {inputs.mode === 'raw' && (
        <div className="nps-calc__panel">
          <label htmlFor={`${fieldId}-raw`} className="nps-calc__field-label">
            粘贴 0–10 的分数（每行一个，或用空格、逗号分隔；可直接从 Excel 复制一列）
          </label>
          <textarea
            id={`${fieldId}-raw`}
            className="nps-calc__textarea"
            rows={8}
            value={inputs.rawText}
            spellCheck={false}
            placeholder={'10\n9\n7\n3'}
            onChange={(event) => calculator.setRawText(event.currentTarget.value)}
            data-testid="nps-raw-input"
          />
          {calculator.rawIssues && <IssueList summary={calculator.rawIssues} />}
        </div>
      )}

      {inputs.mode === 'counts' && (
        <div className="nps-calc__panel">
          <p className="nps-calc__hint" id={`${fieldId}-counts-hint`}>填写每个分数的回答人数，空格视为 0。</p>
          <div className="nps-calc__counts" role="group" aria-describedby={`${fieldId}-counts-hint`}>
            {SCORES.map((score) => {
              const invalid = calculator.countError?.score === score;
              return (
                <div key={score} className={`nps-calc__count is-${classifyScore(score)}`}>
                  <label htmlFor={`${fieldId}-count-${score}`}>{score} 分</label>
                  <input
                    id={`${fieldId}-count-${score}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={inputs.countBoxes[score] ?? ''}
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? `${fieldId}-count-error` : undefined}
                    onChange={(event) => calculator.setCountBox(score, event.currentTarget.value)}
                    data-testid={`nps-count-${score}`}
                  />
                </div>
              );
            })}
          </div>
          <p className="nps-calc__legend">
            <span className="is-detractor">0–6 贬损者</span>
            <span className="is-passive">7–8 被动者</span>
            <span className="is-promoter">9–10 推荐者</span>
          </p>
          {calculator.countError && (
            <p id={`${fieldId}-count-error`} className="nps-calc__message is-error">{calculator.countError.message}</p>
          )}
        </div>
      )}

      {inputs.mode === 'table' && (
        <div className="nps-calc__panel">
          {inputs.table && (
            <p className="nps-calc__source" data-testid="nps-table-source">
              当前数据：{inputs.table.origin}
              {inputs.table.scoreHeader ? `，得分列「${inputs.table.scoreHeader}」` : ''}
              {inputs.table.segmentHeader ? `，分组列「${inputs.table.segmentHeader}」` : ''}
              {inputs.table.segments ? `，${inputs.table.segments.length} 个分组` : ''}。
            </p>
          )}
          <SurveyImport
            survey={calculator.importer.survey}
            title="导入问卷文件"
            headingLevel={3}
            pickers={[
              {
                id: 'score',
                label: '推荐意愿得分列（0–10）',
                value: calculator.importer.scoreColumn,
                onChange: calculator.importer.setScoreColumn,
                suggested: calculator.importer.suggestions?.scoreColumns ?? [],
                hint: '例如“您有多大可能向朋友推荐我们？”',
              },
              {
                id: 'segment',
                label: '分组列（可选）',
                value: calculator.importer.segmentColumn,
                onChange: calculator.importer.setSegmentColumn,
                optional: true,
                suggested: calculator.importer.suggestions?.segmentColumns ?? [],
                hint: '例如门店、月份、渠道；选择后可按组比较 NPS',
              },
            ]}
            issues={calculator.importer.issues}
          >
            {calculator.importer.error && (
              <p className="nps-calc__message is-error" role="alert" data-testid="nps-import-error">{calculator.importer.error}</p>
            )}
            {inputs.table?.segmentError && <p className="nps-calc__message is-error">{inputs.table.segmentError}</p>}
          </SurveyImport>
        </div>
      )}
    </section>
  );
}

function categoryRows(summary: NpsSummary): { category: NpsCategory; range: string; count: number; share: number }[] {
  return [
    { category: 'promoter', range: '9–10 分', count: summary.promoters, share: summary.promoterShare },
    { category: 'passive', range: '7–8 分', count: summary.passives, share: summary.passiveShare },
    { category: 'detractor', range: '0–6 分', count: summary.detractors, share: summary.detractorShare },
  ];
}

function Results({ calculator, result }: { calculator: NpsCalculatorState; result: Extract<NpsOutcome, { status: 'ok' }> }) {
  const { summary, adjusted, counts } = result;
  const shareId = useId();

  const mixChart = useMemo(() => {
    const rows = categoryRows(summary);
    const order = [...rows].reverse();
    const data: ChartData<'bar'> = {
      labels: ['全部回答'],
      datasets: order.map((row) => ({
        label: `${CATEGORY_LABELS[row.category]}（${row.range}）`,
        data: [Math.round(row.share * 1000) / 10],
        backgroundColor: CATEGORY_COLOURS[row.category],
        borderWidth: 0,
        barPercentage: 0.9,
        categoryPercentage: 1,
      })),
    };
    const options: ChartOptions<'bar'> = {
      indexAxis: 'y',
      scales: { x: { stacked: true, min: 0, max: 100, ticks: { callback: (value) => `${value}%` } }, y: { stacked: true, display: false } },
      plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { label: (item) => `${item.dataset.label}：${item.formattedValue}%` } } },
    };
    const table = { headers: ['类别', '人数', '占比'], rows: rows.map((row) => [`${CATEGORY_LABELS[row.category]}（${row.range}）`, formatCount(row.count), formatPercent(row.share)]) };
    return { data, options, table };
  }, [summary]);

  const distributionChart = useMemo(() => {
    const data: ChartData<'bar'> = {
      labels: SCORES.map((score) => `${score}`),
      datasets: [{ label: '人数', data: [...counts], backgroundColor: SCORES.map((score) => CATEGORY_COLOURS[classifyScore(score)]), borderWidth: 0 }],
    };
    const options: ChartOptions<'bar'> = {
      plugins: { legend: { display: false } },
      scales: { x: { title: { display: true, text: '分数' } }, y: { beginAtZero: true, title: { display: true, text: '人数' }, ticks: { precision: 0 } } },
    };
    const table = {
      headers: ['分数', '人数', '占比', '类别'],
      rows: SCORES.map((score) => [`${score}`, formatCount(counts[score] ?? 0), formatPercent((counts[score] ?? 0) / summary.total), CATEGORY_LABELS[classifyScore(score)]]),
      numericColumns: [1, 2],
    };
    return { data, options, table };
  }, [counts, summary.total]);

  return (
    <>
      <div className="nps-calc__headline">
        <div className="nps-calc__score-block">
          <p className="nps-calc__score-label" id={`${shareId}-score-label`}>NPS 净推荐值</p>
          <p className="nps-calc__score" data-testid="nps-score" aria-describedby={`${shareId}-score-label`}>
            {formatPoints(summary.nps)}
          </p>
          <p className="nps-calc__ci" data-testid="nps-ci">
            95% 置信区间 <strong>{formatRange(adjusted.lower, adjusted.upper)}</strong>
            <span className="nps-calc__ci-note">（调整 Wald，±{formatPoints(adjusted.margin)}）</span>
          </p>
          <p className="nps-calc__n" data-testid="nps-n">n = {formatCount(summary.total)}</p>
        </div>
        <ul className="nps-calc__categories">
          {categoryRows(summary).map((row) => (
            <li key={row.category} className={`nps-calc__category is-${row.category}`} data-testid={`nps-${row.category}s`}>
              <span className="nps-calc__category-name">{CATEGORY_LABELS[row.category]}<small>{row.range}</small></span>
              <span className="nps-calc__category-share">{formatPercent(row.share)}</span>
              <span className="nps-calc__category-count">{formatCount(row.count)} 人</span>
            </li>
          ))}
        </ul>
      </div>

      <div className="nps-calc__reading" data-testid="nps-reading">
        <h3>怎么读这个结果</h3>
        {result.reading.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>

      <div className="nps-calc__charts">
        <ChartFigure
          type="bar"
          caption="推荐者、被动者、贬损者占比"
          description={`堆叠条形图：推荐者 ${formatPercent(summary.promoterShare)}，被动者 ${formatPercent(summary.passiveShare)}，贬损者 ${formatPercent(summary.detractorShare)}`}
          data={mixChart.data}
          options={mixChart.options}
          table={mixChart.table}
          fileName="NPS-三类占比"
          height={150}
          testId="nps-chart-mix"
        />
        <ChartFigure
          type="bar"
          caption="0–10 分各分数的人数"
          description={`柱状图：0 到 10 分各分数的人数，共 ${formatCount(summary.total)} 份回答`}
          data={distributionChart.data}
          options={distributionChart.options}
          table={distributionChart.table}
          fileName="NPS-分数分布"
          height={280}
          testId="nps-chart-distribution"
        />
      </div>

      <div className="nps-calc__actions">
        <button type="button" className="nps-calc__button" onClick={calculator.exportCsv} data-testid="nps-export-csv">下载结果 CSV</button>
        <button type="button" className="nps-calc__button" onClick={() => void calculator.createShareLink()} data-testid="nps-share">复制分享链接</button>
        <button type="button" className="nps-calc__button" onClick={() => window.print()} data-testid="nps-print">打印</button>
      </div>
      {calculator.share && (
        <div className="nps-calc__share">
          <label htmlFor={`${shareId}-share`}>分享链接（只含各分数人数，不含原始数据）{calculator.share.copied ? '：已复制到剪贴板' : '：请复制'}</label>
          <input id={`${shareId}-share`} type="text" readOnly value={calculator.share.url} onFocus={(event) => event.currentTarget.select()} data-testid="nps-share-url" />
        </div>
      )}
    </>
  );
}

function SegmentsSection({ calculator, headingId }: { calculator: NpsCalculatorState; headingId: string }) {
  const segments = calculator.segments!;
  const comparison = calculator.comparison;
  const selectId = useId();
  return (
    <section className="nps-calc__section nps-calc__segments" aria-labelledby={headingId} data-testid="nps-segments">
      <h2 id={headingId}>分组 NPS</h2>
      {!calculator.segmentsCoverAll && <p className="nps-calc__hint">部分回答没有分组，只计入总体 NPS。</p>}
      <div className="nps-calc__scroll" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
        <table className="nps-calc__segment-table">
          <caption id={`${headingId}-caption`}>各分组的 NPS 与 95% 置信区间（调整 Wald），按 NPS 从高到低</caption>
          <thead>
            <tr>
              <th scope="col">分组</th>
              <th scope="col" className="is-number">n</th>
              <th scope="col" className="is-number is-share">推荐者</th>
              <th scope="col" className="is-number is-share">贬损者</th>
              <th scope="col" className="is-number">NPS</th>
              <th scope="col" className="is-number">95% 置信区间</th>
              <th scope="col" className="nps-calc__range-head">区间示意（−100 至 100）</th>
            </tr>
          </thead>
          <tbody>
            {segments.map((segment) => (
              <tr key={segment.label}>
                <th scope="row">
                  {segment.label}
                  {segment.summary.total < SMALL_SAMPLE && <span className="nps-calc__badge">样本少</span>}
                </th>
                <td className="is-number">{formatCount(segment.summary.total)}</td>
                <td className="is-number is-share">{formatPercent(segment.summary.promoterShare)}</td>
                <td className="is-number is-share">{formatPercent(segment.summary.detractorShare)}</td>
                <td className="is-number nps-calc__segment-nps">{formatPoints(segment.summary.nps)}</td>
                <td className="is-number">{formatRange(segment.interval.lower, segment.interval.upper)}</td>
                <td className="nps-calc__range-cell" aria-hidden="true">
                  <span className="nps-calc__range">
                    <span className="nps-calc__range-zero" />
                    <span
                      className="nps-calc__range-bar"
                      style={{ left: `${(segment.interval.lower + 100) / 2}%`, width: `${(segment.interval.upper - segment.interval.lower) / 2}%` }}
                    />
                    <span className="nps-calc__range-dot" style={{ left: `${(segment.summary.nps + 100) / 2}%` }} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {comparison && comparison.result && (
        <div className="nps-calc__compare" data-testid="nps-comparison">
          <h3>两组比较</h3>
          <div className="nps-calc__compare-pickers">
            <div>
              <label htmlFor={`${selectId}-a`}>组 A</label>
              <select id={`${selectId}-a`} value={comparison.first} onChange={(event) => calculator.setComparison('first', event.currentTarget.value)} data-testid="nps-compare-a">
                {comparison.labels.map((label) => <option key={label} value={label}>{label}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor={`${selectId}-b`}>组 B</label>
              <select id={`${selectId}-b`} value={comparison.second} onChange={(event) => calculator.setComparison('second', event.currentTarget.value)} data-testid="nps-compare-b">
                {comparison.labels.filter((label) => label !== comparison.first).map((label) => <option key={label} value={label}>{label}</option>)}
              </select>
            </div>
          </div>
          <dl className="nps-calc__stats">
            <div><dt>差值（A − B）</dt><dd data-testid="nps-compare-difference">{formatPoints(comparison.result.difference, { signed: true })} 分</dd></div>
            <div><dt>差值的 95% 置信区间</dt><dd>{formatRange(comparison.result.lower, comparison.result.upper)}</dd></div>
            <div><dt>z</dt><dd>{formatPoints(comparison.result.z, { decimals: 2 })}</dd></div>
            <div><dt>双侧 p</dt><dd>{formatPValue(comparison.result.pValue)}</dd></div>
          </dl>
          <p className={`nps-calc__verdict${comparison.result.significant ? ' is-significant' : ''}`} data-testid="nps-compare-verdict">{comparison.verdict}</p>
        </div>
      )}
    </section>
  );
}

function PlannerSection({ calculator, headingId }: { calculator: NpsCalculatorState; headingId: string }) {
  const { planner, inputs } = calculator;
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
              onChange={(event) => calculator.setPlanner(field, event.currentTarget.value)}
              data-testid={`nps-planner-${field}`}
            />
          </div>
        ))}
      </div>
      {calculator.outcome.status === 'ok' && (
        <button type="button" className="nps-calc__button is-quiet" onClick={calculator.fillPlannerFromResult}>用当前结果的比例</button>
      )}
      <div aria-live="polite">
        {planner.ok ? (
          <p className="nps-calc__planner-result" data-testid="nps-planner-result">
            需要约 <strong data-testid="nps-planner-n">{formatCount(planner.sampleSize)}</strong> 份有效回答
            （按 n = 1.96² ×［推荐者比例 + 贬损者比例 −（两者之差）²］÷ 误差²）。
          </p>
        ) : (
          <p id={`${fieldId}-error`} className="nps-calc__message is-error">{planner.error}</p>
        )}
      </div>
    </section>
  );
}
