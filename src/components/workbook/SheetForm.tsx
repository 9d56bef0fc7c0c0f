/**
 * The generic worksheet form: draws every field of a worksheet definition (src/lib/workbook/
 * sheets.ts) as a text box, a text area or a table, and sends each keystroke to the reducer.
 */
import { useId } from 'react';
import type { SheetAnswers } from '../../lib/workbook/schema';
import type { SheetDef } from '../../lib/workbook/sheets';
import { tableRows } from '../../lib/workbook/state';
import { TableField } from './TableField';
import { now, type WorkbookTool } from './useWorkbook';

export function SheetForm({ sheet, answers, send }: { sheet: SheetDef; answers: SheetAnswers | undefined; send: WorkbookTool['send'] }) {
  const id = useId();
  return (
    <div className="wb-form" data-testid={`wb-form-${sheet.id}`}>
      {sheet.fields.map((field) => {
        const value = answers?.[field.key];
        const testId = `wb-${sheet.id}-${field.key}`;
        if (field.kind === 'table') {
          return (
            <TableField
              key={field.key}
              field={field}
              idPrefix={testId}
              rows={tableRows(value, field.rows)}
              onCell={(row, column, text) => send({ type: 'setCell', sheet: sheet.id, key: field.key, row, column, value: text, now: now() })}
              onAddRow={() => send({ type: 'addRow', sheet: sheet.id, key: field.key, now: now() })}
            />
          );
        }
        const text = typeof value === 'string' ? value : '';
        const onChange = (next: string) => send({ type: 'setText', sheet: sheet.id, key: field.key, value: next, now: now() });
        return (
          <div key={field.key} className="tool-field wb-field">
            <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
            {field.kind === 'area' ? (
              <textarea id={`${id}-${field.key}`} rows={3} value={text} placeholder={field.hint} onChange={(event) => onChange(event.target.value)} data-testid={testId} />
            ) : (
              <input id={`${id}-${field.key}`} type="text" value={text} placeholder={field.hint} onChange={(event) => onChange(event.target.value)} data-testid={testId} />
            )}
          </div>
        );
      })}
    </div>
  );
}
