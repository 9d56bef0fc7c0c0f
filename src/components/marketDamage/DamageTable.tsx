/** The chain step by step, A beside B: the chart's text alternative and what the CSV holds. */
import { formatMoney, formatPeople, formatSigned } from '../../lib/tool/format';
import type { FlowRow } from '../../lib/marketDamage';

export function DamageTable({ rows }: { rows: FlowRow[] }) {
  const show = (row: FlowRow, value: number) => (row.unit === 'money' ? formatMoney(value) : formatPeople(value));
  return (
    <div className="calc-scroll" tabIndex={0} role="region" aria-labelledby="md-table-caption">
      <table className="tool-table" data-testid="md-table">
        <caption id="md-table-caption">逐步演算：方案 A 与方案 B</caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">方案 A</th>
            <th scope="col">方案 B</th>
            <th scope="col">B 比 A</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              <td>{show(row, row.a)}</td>
              <td>{show(row, row.b)}</td>
              <td>{formatSigned(row.b - row.a)}{row.unit === 'money' ? ' 元' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
