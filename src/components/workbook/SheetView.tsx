/**
 * A worksheet's answers as a read-only document: the printed handout, the gallery's side-by-side
 * columns and the presentation mode all use it. Empty table rows are left out.
 */
import type { SheetAnswers } from '../../lib/workbook/schema';
import type { SheetDef } from '../../lib/workbook/sheets';
import { tableRows } from '../../lib/workbook/state';

export function SheetView({ sheet, answers, headingLevel = 3 }: { sheet: SheetDef; answers: SheetAnswers | undefined; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const Sub = `h${Math.min(headingLevel + 1, 5)}` as 'h3' | 'h4' | 'h5';
  return (
    <section className="wb-view">
      <Heading>{sheet.number}. {sheet.title}</Heading>
      {sheet.fields.map((field) => {
        const value = answers?.[field.key];
        if (field.kind !== 'table') {
          const text = typeof value === 'string' ? value.trim() : '';
          return (
            <div key={field.key} className="wb-view-text">
              <Sub>{field.label}</Sub>
              <p>{text || '（未填）'}</p>
            </div>
          );
        }
        const rows = tableRows(value, 0).filter((row) => Object.values(row).some((cell) => cell.trim() !== ''));
        return (
          <div key={field.key}>
            <Sub>{field.label}</Sub>
            {rows.length === 0 ? <p>（未填）</p> : (
              <div className="calc-scroll" role="region" aria-label={field.label} tabIndex={0}>
                <table className="tool-table wb-view-table">
                  <thead><tr>{field.columns.map((column) => <th key={column.key} scope="col">{column.label}</th>)}</tr></thead>
                  <tbody>{rows.map((row, index) => <tr key={index}>{field.columns.map((column) => <td key={column.key}>{row[column.key] ?? ''}</td>)}</tr>)}</tbody>
                </table>
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}
