/** Every assumption the numbers rest on, listed under the result. */
import { formatPercent, formatNumber } from '../../lib/tool/format';
import type { Outcome } from '../../lib/marketDamage';

export function DamageAssumptions({ outcome, money }: { outcome: Extract<Outcome, { status: 'ok' }>; money: string }) {
  const { inputs } = outcome;
  const { problems } = outcome.comparison.a;
  const mouth = inputs.wordOfMouth;
  return (
    <>
      <h3>这些数字依赖的假设</h3>
      <ul className="tool-assumptions" data-testid="md-assumptions">
        <li>这是课程整理的简化教学模型，不是预测：各组互不影响，比例全年不变，没有计入时间。</li>
        <li>“流失”= 该组的复购率比没遇到问题的顾客（{formatPercent(inputs.repurchase.noProblem, 0)}）低出的部分；高出的部分不算作收益。</li>
        <li>
          口碑：{mouth.basis === 'lost' ? '每位流失的顾客' : '每位沉默或投诉未解决的顾客'}告诉 {formatNumber(mouth.toldNegative, 1)} 人，每位满意的投诉者告诉 {formatNumber(mouth.toldPositive, 1)} 人，听者中 {formatPercent(mouth.influence, 1)} 因此改变选择。<strong>这个比例是整个模型里最弱的数字</strong>，结果对它很敏感，请试几个不同的值。
        </li>
        <li>每位顾客的价值按{money}计（{formatNumber(inputs.value)} 元），利润率 {formatPercent(inputs.margin, 0)}。</li>
        {problems.iceberg !== null && problems.headOffice !== null && (
          <li data-testid="md-iceberg">
            冰山：每年约 {formatNumber(problems.headOffice)} 件投诉传到总部，每一件背后约有 {formatNumber(problems.iceberg, 0)} 位遇到问题的顾客。
          </li>
        )}
        <li>方案 B 只改变投诉率、解决率和快速解决比例，其余假设与方案 A 相同。</li>
      </ul>
    </>
  );
}
