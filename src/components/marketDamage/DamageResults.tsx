/** The results: big numbers, a plain-Chinese paragraph, the chart and its table, B against A, assumptions. */
import type { RefObject } from 'react';
import { formatMoney, formatPeople, formatPercent } from '../../lib/tool/format';
import { flowRows, type Outcome, type State } from '../../lib/marketDamage';
import { DamageChart } from './DamageChart';
import { DamageTable } from './DamageTable';
import { ScenarioVerdict } from './ScenarioVerdict';
import { DamageAssumptions } from './DamageAssumptions';

export interface ResultsProps {
  outcome: Extract<Outcome, { status: 'ok' }>;
  valueBasis: State['valueBasis'];
  chartRef: RefObject<SVGSVGElement | null>;
}

export function DamageResults({ outcome, valueBasis, chartRef }: ResultsProps) {
  const { a } = outcome.comparison;
  const { roi } = outcome.comparison;
  const silentLost = a.loss.groups.find((group) => group.group === 'silent')?.lost ?? 0;
  const money = valueBasis === 'annual' ? '营收' : '终身价值';
  return (
    <>
      <div className="tool-big" data-testid="md-big">
        <p className="tool-big__item">
          <span className="tool-big__label">合计失去的顾客（方案 A）</span>
          <span className="tool-big__value" data-testid="md-lost">{formatPeople(a.damage.customers)}</span>
          <span className="tool-big__note">直接流失 {formatPeople(a.loss.total)}，口碑净影响 {formatPeople(a.mouth.lost - a.mouth.won)}</span>
        </p>
        <p className="tool-big__item">
          <span className="tool-big__label">风险{money}（方案 A）</span>
          <span className="tool-big__value" data-testid="md-revenue">{formatMoney(a.damage.revenue)}</span>
          <span className="tool-big__note">占全部顾客{money}的 {formatPercent(a.shareOfRevenue, 2)}；利润 {formatMoney(a.damage.profit)}</span>
        </p>
        <p className="tool-big__item">
          <span className="tool-big__label">改进投诉处理的投资回报率</span>
          <span className="tool-big__value" data-testid="md-roi">{roi.ok ? formatPercent(roi.roi, 0) : '—'}</span>
          <span className="tool-big__note">{roi.ok ? `方案 B 多省利润 ${formatMoney(roi.gain)}，多花 ${formatMoney(roi.cost)}` : roi.message}</span>
        </p>
      </div>
      <p className="tool-summary" data-testid="md-summary">
        {`按这些假设，每年约 ${formatPeople(a.loss.total)} 位顾客因为遇到问题而不再回来，其中 ${formatPeople(silentLost)} 位从来没有说出自己的问题；`}
        {`再算上口碑，一共失去约 ${formatPeople(a.damage.customers)} 位顾客，相当于 ${formatMoney(a.damage.revenue)}${money}、${formatMoney(a.damage.profit)}利润。`}
      </p>
      {outcome.warnings.map((warning) => (
        <p key={warning} className="tool-message is-error">{warning}</p>
      ))}
      <DamageChart outcome={outcome} chartRef={chartRef} />
      <DamageTable rows={flowRows(outcome.comparison)} />
      <ScenarioVerdict outcome={outcome} money={money} />
      <DamageAssumptions outcome={outcome} money={money} />
    </>
  );
}
