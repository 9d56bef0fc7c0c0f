/**
 * A worksheet table: one box per cell, labelled by column and row for screen readers. Text cells
 * are one-line text areas that grow with what is typed; score cells are short inputs.
 */
import type { Row } from '../../lib/workbook/schema';
import type { Field } from '../../lib/workbook/sheets';

type TableDef = Extract<Field, { kind: 'table' }>;

export function TableField({ field, rows, idPrefix, onCell, onAddRow }: { field: TableDef; rows: Row[]; idPrefix: string; onCell(row: number, column: string, value: string): void; onAddRow(): void }) {
  return (
    <fieldset className="tool-fieldset wb-table-field">
      <legend>{field.label}</legend>
      {field.hint && <p className="calc-hint">{field.hint}</p>}
      {/* On a phone the rows stack (workbook.css); wider, a table wider than the column scrolls here, by keyboard too. */}
      <div className="calc-scroll" role="region" aria-label={`${field.label}（表格）`} tabIndex={0}>
        <table className="tool-table wb-table">
          <thead>
            <tr>
              <th scope="col" className="wb-rownum">#</th>
              {field.columns.map((column) => <th key={column.key} scope="col" className={column.number ? 'wb-num' : undefined}>{column.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <th scope="row" className="wb-rownum">{index + 1}</th>
                {field.columns.map((column) => (
                  <td key={column.key} className={column.number ? 'wb-num' : undefined} data-label={column.label}>
                    {column.number ? (
                      <input
                        type="text"
                        inputMode="decimal"
                        aria-label={`${field.label} 第 ${index + 1} 行 ${column.label}`}
                        placeholder={column.hint}
                        value={row[column.key] ?? ''}
                        onChange={(event) => onCell(index, column.key, event.target.value)}
                        data-testid={`${idPrefix}-${index}-${column.key}`}
                      />
                    ) : (
                      <textarea
                        rows={1}
                        aria-label={`${field.label} 第 ${index + 1} 行 ${column.label}`}
                        placeholder={column.hint}
                        value={row[column.key] ?? ''}
                        onChange={(event) => onCell(index, column.key, event.target.value)}
                        data-testid={`${idPrefix}-${index}-${column.key}`}
                      />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="tool-button is-quiet" onClick={onAddRow} disabled={rows.length >= 60}>加一行</button>
    </fieldset>
  );
}
