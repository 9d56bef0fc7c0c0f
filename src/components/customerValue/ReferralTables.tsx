/**
 * The course material's doubling table as given, then the same half-years with the user's numbers.
 * Until `live` both keep the server's HTML (../shared/StaticUntilLive.tsx); the <details> itself is
 * always hydrated, so a reader who opened it keeps it open when the inputs change.
 */
import { formatMoney, formatNumber } from '../../lib/tool/format';
import { StaticUntilLive } from '../shared/StaticUntilLive';
import { courseDoublingTable, type Outcome } from '../../lib/customerValue';

const period = (year: number, half: number) => `第 ${year} 年${half === 1 ? '上' : '下'}半年`;

export function ReferralTables({ outcome, live }: { outcome: Extract<Outcome, { status: 'ok' }>; live: boolean }) {
  const course = courseDoublingTable();
  const { rows, yearFactor } = outcome.referral;
  return (
    <>
      <StaticUntilLive live={live}>
        <p data-testid="cv-referral-text">
          {`按你的输入，顾客数每年变为原来的 ${formatNumber(yearFactor, 2)} 倍（留存率 × (1 + 每半年推荐人数 × 转化率)²）；课程资料的倍增是每年 4 倍。`}
          {`五年后，从 ${formatNumber(outcome.inputs.startCustomers)} 位顾客出发，倍增会到 ${formatNumber(rows[9]!.courseCustomers)} 位，按你的输入是 ${formatNumber(rows[9]!.customers)} 位。`}
        </p>
        <div className="calc-scroll" tabIndex={0} role="region" aria-labelledby="cv-own-caption">
          <table className="tool-table" data-testid="cv-own-table">
            <caption id="cv-own-caption">按你的输入：每半年的顾客数</caption>
            <thead>
              <tr><th scope="col">时间</th><th scope="col">课程资料的倍增</th><th scope="col">按你的输入</th><th scope="col">按你的输入的年化营收</th></tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.year}-${row.half}`}>
                  <th scope="row">{period(row.year, row.half)}</th>
                  <td>{formatNumber(row.courseCustomers)}</td>
                  <td>{formatNumber(row.customers)}</td>
                  <td>{formatMoney(row.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </StaticUntilLive>
      <details className="calc-details">
        <summary>课程资料所述的倍增表</summary>
        <StaticUntilLive live={live}>
          <p className="calc-hint">课程资料（一份五星级售后服务培训教材）用下表说明口碑的力量：每位顾客每半年带来 1 位新顾客，没有人离开，每位顾客对应 1 万元营业额。这是示意，不是测量。</p>
          <div className="calc-scroll" tabIndex={0} role="region" aria-labelledby="cv-course-caption">
            <table className="tool-table" data-testid="cv-course-table">
              <caption id="cv-course-caption">课程资料所述：转介绍的倍增</caption>
              <thead>
                <tr><th scope="col">时间</th><th scope="col">从 1 位顾客</th><th scope="col">营业额</th><th scope="col">从 10 位顾客</th><th scope="col">营业额</th></tr>
              </thead>
              <tbody>
                {course.map((row) => (
                  <tr key={`${row.year}-${row.half}`}>
                    <th scope="row">{period(row.year, row.half)}</th>
                    <td>{formatNumber(row.fromOne.customers)}</td>
                    <td>{formatNumber(row.fromOne.revenueWan)} 万元</td>
                    <td>{formatNumber(row.fromTen.customers)}</td>
                    <td>{formatNumber(row.fromTen.revenueWan)} 万元</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </StaticUntilLive>
      </details>
    </>
  );
}
