/** What scenario B saves and whether it pays, and the model's teaching point about the complaint rate. */
import { formatMoney, formatPeople, formatPercent } from '../../lib/tool/format';
import type { Outcome } from '../../lib/marketDamage';

export function ScenarioVerdict({ outcome, money }: { outcome: Extract<Outcome, { status: 'ok' }>; money: string }) {
  const { saved, roi, extraComplaints } = outcome.comparison;
  const { effect, inputs } = outcome;
  return (
    <>
      <h3>方案 B 与方案 A 相比</h3>
      <p data-testid="md-saved">
        {`少失去 ${formatPeople(saved.customers)} 位顾客，少损失 ${formatMoney(saved.revenue)}${money}、${formatMoney(saved.profit)}利润；`}
        {`为此每年多处理 ${formatPeople(extraComplaints)} 件投诉。`}
      </p>
      <p data-testid="md-roi-text">
        {roi.ok
          ? `投资回报率 =（省下的利润 ${formatMoney(roi.gain)} − 改进成本 ${formatMoney(roi.cost)}）÷ 改进成本 = ${formatPercent(roi.roi, 1)}。${roi.roi >= 0 ? '收回成本还有余。' : '按这些假设，省下的利润还抵不上成本。'}`
          : roi.message}
      </p>
      <h3>只提高投诉率，会怎样？</h3>
      <p data-testid="md-teaching">
        解决率不变，只把投诉率从 {formatPercent(inputs.complaintRate, 0)} 提高到 {formatPercent(effect.complaintRate, 0)}：
        {effect.saved > 0
          ? `风险${money}减少 ${formatMoney(effect.saved)}。`
          : effect.saved < 0
            ? `风险${money}反而增加 ${formatMoney(-effect.saved)}。`
            : `风险${money}不变。`}
        {effect.unresolvedBeatsSilent
          ? `原因：即使投诉没有解决，投诉者的复购率（${formatPercent(inputs.repurchase.unresolved, 0)}）也高于沉默者（${formatPercent(effect.silentRepurchase, 0)}）。让顾客开口本身就减少损失。`
          : effect.complainerRepurchase > effect.silentRepurchase
            ? `原因：投诉者中有 ${formatPercent(inputs.resolvedRate, 0)} 得到解决，平均复购率 ${formatPercent(effect.complainerRepurchase, 0)}，高于沉默者的 ${formatPercent(effect.silentRepurchase, 0)}。`
            : `按这些数字，投诉者的平均复购率（${formatPercent(effect.complainerRepurchase, 0)}）不高于沉默者（${formatPercent(effect.silentRepurchase, 0)}），鼓励投诉之前要先把投诉处理好。`}
      </p>
    </>
  );
}
