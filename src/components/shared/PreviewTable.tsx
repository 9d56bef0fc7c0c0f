/** The first rows of a loaded table, the columns in use highlighted (at most 40 columns shown). */
import { useId } from 'react';
import type { TablePreview } from '../../lib/import/types';
import { formatCount } from '../../lib/tool/format';

/** Wider tables are previewed partially; the pickers still list every column. */
const PREVIEW_COLUMN_LIMIT = 40;

export function PreviewTable({ preview, highlighted }: { preview: TablePreview; highlighted: number[] }) {
  const shown = Math.min(preview.headers.length, PREVIEW_COLUMN_LIMIT);
  const columns = preview.headers.slice(0, shown);
  const captionId = useId();
  return (
    <div className="survey-import__preview" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>
          前 {preview.rows.length} 行预览（共 {formatCount(preview.rowCount)} 行）
          {shown < preview.headers.length ? `；仅显示前 ${shown} 列，共 ${preview.headers.length} 列，选择列时可选全部列` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">行</th>
            {columns.map((header, index) => (
              <th scope="col" key={index} className={highlighted.includes(index) ? 'is-picked' : undefined} title={header}>
                {header.length > 24 ? `${header.slice(0, 24)}…` : header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, rowIndex) => (
            <tr key={preview.rowNumbers[rowIndex] ?? rowIndex}>
              <th scope="row">{preview.rowNumbers[rowIndex]}</th>
              {row.slice(0, shown).map((cell, index) => (
                <td key={index} className={highlighted.includes(index) ? 'is-picked' : undefined}>{cell.length > 30 ? `${cell.slice(0, 30)}…` : cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
