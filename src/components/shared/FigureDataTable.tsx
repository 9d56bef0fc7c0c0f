/**
 * A chart's numbers as a table, in a <details> under the chart: the accessible alternative to
 * the canvas, open by itself when the chart could not load.
 */
import './ChartFigure.css';

export interface FigureTable {
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** Columns (by index) that hold numbers: right-aligned. Default: every column but the first. */
  numericColumns?: readonly number[];
}

export function FigureDataTable({ caption, table, open }: { caption: string; table: FigureTable; open: boolean }) {
  const numericColumns = table.numericColumns ?? table.headers.map((_, index) => index).filter((index) => index > 0);
  return (
    <details className="chart-figure__table" open={open || undefined}>
      <summary>数据表：{caption}</summary>
      {/* Focusable so keyboard users can scroll a table wider than the screen (axe: scrollable-region-focusable). */}
      <div className="chart-figure__scroll" tabIndex={0} role="region" aria-label={`数据表：${caption}`}>
        <table>
          <thead>
            <tr>
              {table.headers.map((header) => (
                <th key={header} scope="col">{header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, columnIndex) =>
                  columnIndex === 0 ? (
                    <th key={columnIndex} scope="row">{cell}</th>
                  ) : (
                    <td key={columnIndex} className={numericColumns.includes(columnIndex) ? 'is-number' : undefined}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
