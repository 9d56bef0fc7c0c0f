/** Big numbers: the lifetime value and what +5 points of retention add, with the finding they echo. */
import { formatMoney, formatNumber, formatPercent } from '../../lib/tool/format';
import type { Outcome } from '../../lib/customerValue';

export function ClvSummary({ outcome }: { outcome: Extract<Outcome, { status: 'ok' }> }) {
  const { clv, uplift, inputs } = outcome;
  const horizon = inputs.years === null ? '直到流失' : `${inputs.years} 年内`;
  const within = inputs.years === null ? '在流失之前' : `在 ${inputs.years} 年内`;
  return (
    <>
      <div className="tool-big">
        <p className="tool-big__item">
          <span className="tool-big__label">一位顾客的终身价值（利润，{horizon}）</span>
          <span className="tool-big__value" data-testid="cv-clv">{formatMoney(clv.value)}</span>
          <span className="tool-big__note">每年利润 {formatMoney(clv.yearlyProfit)}，平均留 {formatNumber(clv.expectedYears, 1)} 年</span>
        </p>
        <p className="tool-big__item">
          <span className="tool-big__label">留存率提高 5 个百分点，每位顾客多值</span>
          <span className="tool-big__value" data-testid="cv-uplift">{formatMoney(uplift.difference)}</span>
          <span className="tool-big__note">
            留存率 {formatPercent(inputs.retention, 0)} → {formatPercent(uplift.retention, 0)}，终身价值增加 {formatPercent(uplift.relative, 1)}
          </span>
        </p>
      </div>
      <p className="tool-summary" data-testid="cv-summary">
        {`按这些假设，一位顾客${within}为你带来约 ${formatMoney(clv.value)} 利润（已按 ${formatPercent(inputs.discountRate, 0)} 贴现）。`}
        {`只要每年多留住 5% 的顾客，每位顾客的价值就增加 ${formatPercent(uplift.relative, 1)}；有 1,000 位顾客时，相当于多 ${formatMoney(1000 * uplift.difference)}。`}
      </p>
      <p className="calc-hint">
        “留存小幅提高、利润大幅增加”来自 Reichheld 和 Sasser（1990）对多个服务行业的研究：他们报告把顾客流失减少 5 个百分点，利润可增加 25% 到 85%。幅度因行业而不同，上面的数字只说明你填的假设意味着什么。
      </p>
    </>
  );
}
