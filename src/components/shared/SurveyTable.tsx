/**
 * The part of the import panel (SurveyImport.tsx) that shows once a table is loaded: its
 * description, the encoding it was read in (with a list to read it again in another), the
 * preview of the first rows and the tool's column pickers. Fetched when a file starts loading.
 */
import { useId, type CSSProperties } from 'react';
import { describeEncoding, ENCODING_NAMES, SELECTABLE_ENCODINGS } from '../../lib/import/encodingNames';
import type { DetectedEncoding, TablePreview } from '../../lib/import/types';
import { columnLabel } from './columnLabel';
import { useReleasedPreview } from './useReleasedPreview';

/** One column picker (a labelled <select> over the loaded table's columns). */
export interface ColumnPicker {
  /** Stable id, e.g. 'score'. */
  id: string;
  /** Visible label, e.g. 推荐意愿得分列（0–10）. */
  label: string;
  /** Selected column index into preview.headers, or null for none. */
  value: number | null;
  onChange: (column: number | null) => void;
  /** Adds a “（不使用）” choice mapped to null. */
  optional?: boolean;
  /** A short help line under the select. */
  hint?: string;
  /** Columns listed first as 推荐 (e.g. from detectScoreColumns). */
  suggested?: number[];
}

/** Wider tables are previewed partially; the pickers still list every column. */
const PREVIEW_COLUMN_LIMIT = 40;

const SOURCE_LABEL: Record<string, string> = { paste: '粘贴的表格', csv: 'CSV 文件', tsv: 'TSV 文件', xlsx: 'Excel 工作簿（.xlsx）', xls: 'Excel 97–2003 工作簿（.xls）' };

/** The status line once a table is loaded. */
export function PreviewDescription({ preview }: { preview: TablePreview }) {
  return <p>{describePreview(preview)}</p>;
}

export interface LoadedTableProps {
  preview: TablePreview;
  pickers: ColumnPicker[];
  baseId: string;
  busy: boolean;
  /** The last file chosen, so it can be read again in another encoding. */
  lastFile: File | null;
  onChooseEncoding(file: File, encoding: DetectedEncoding): void;
  /** The table's first analysis is still running: draw the preview after its result (useReleasedPreview). */
  held?: boolean;
}

/** Warnings, the encoding choice, the preview and the pickers of a loaded table. */
export function LoadedTable({ preview, pickers, baseId, busy, lastFile, onChooseEncoding, held = false }: LoadedTableProps) {
  const drawn = useReleasedPreview(preview, held);
  const highlighted = pickers.map((picker) => picker.value).filter((value): value is number => value !== null);
  return (
    <>
      {preview.warnings.length > 0 && (
        <ul className="survey-import__warnings">
          {preview.warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      )}
      {lastFile && preview.source.encodingReport && preview.source.encodingReport.basis !== 'ascii' && lastFile.name === preview.source.fileName && (
        <EncodingChoice preview={preview} disabled={busy} onChoose={(encoding) => onChooseEncoding(lastFile, encoding)} />
      )}
      {drawn ? <PreviewTable preview={drawn} highlighted={highlighted} /> : <PreviewPlaceholder preview={preview} />}
      {pickers.length > 0 && (
        <div className="survey-import__pickers">
          {pickers.map((picker) => <PickerSelect key={picker.id} picker={picker} headers={preview.headers} baseId={baseId} disabled={busy} />)}
        </div>
      )}
    </>
  );
}

function describePreview(preview: TablePreview): string {
  const parts = [`已读取${preview.source.fileName && preview.source.kind !== 'paste' ? `「${preview.source.fileName}」` : SOURCE_LABEL[preview.source.kind]}：${preview.rowCount.toLocaleString('zh-CN')} 行数据，${preview.headers.length.toLocaleString('zh-CN')} 列`];
  if (preview.source.sheetName) parts.push(`工作表「${preview.source.sheetName}」`);
  if (preview.source.encodingReport) parts.push(describeEncoding(preview.source.encodingReport));
  else if (preview.source.encoding) parts.push(`编码 ${ENCODING_NAMES[preview.source.encoding] ?? preview.source.encoding}`);
  if (preview.questionnaireStar) parts.push('已识别为问卷星导出');
  return `${parts.join('；')}。`;
}

/**
 * The encoding used, with how each candidate reads the first non-ASCII line, and a list to read
 * the file again in another encoding. A guess is labelled as a guess (describeEncoding).
 */
function EncodingChoice({ preview, disabled, onChoose }: { preview: TablePreview; disabled: boolean; onChoose: (encoding: DetectedEncoding) => void }) {
  const id = useId();
  const report = preview.source.encodingReport!;
  const chosen = report.candidates.find((candidate) => candidate.encoding === report.encoding);
  const weak = report.basis === 'scored' && report.confidence === 'weak';
  return (
    <div className={`survey-import__encoding${weak ? ' is-weak' : ''}`} data-testid="survey-encoding">
      <label htmlFor={`${id}-encoding`}>文件编码</label>
      <select id={`${id}-encoding`} value={report.encoding} disabled={disabled} aria-describedby={`${id}-encoding-note`} onChange={(event) => onChoose(event.currentTarget.value as DetectedEncoding)}>
        {!SELECTABLE_ENCODINGS.includes(report.encoding) && <option value={report.encoding}>{ENCODING_NAMES[report.encoding]}</option>}
        {SELECTABLE_ENCODINGS.map((encoding) => <option key={encoding} value={encoding}>{ENCODING_NAMES[encoding]}</option>)}
      </select>
      <p id={`${id}-encoding-note`} className="survey-import__hint">
        {describeEncoding(report)}。{chosen ? `按这种编码读出：“${chosen.sample}”` : ''}
        {weak ? ' 如果这行字是乱码，请换一种编码。' : ''}
      </p>
      {report.candidates.length > 1 && (
        <details className="survey-import__encoding-list">
          <summary>各编码读出的样子</summary>
          <ul>
            {report.candidates.map((candidate) => (
              <li key={candidate.encoding}>{ENCODING_NAMES[candidate.encoding]}：{candidate.score === null ? '（字节不符合这种编码）' : `“${candidate.sample}”`}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function PreviewTable({ preview, highlighted }: { preview: TablePreview; highlighted: number[] }) {
  const shown = Math.min(preview.headers.length, PREVIEW_COLUMN_LIMIT);
  const columns = preview.headers.slice(0, shown);
  const captionId = useId();
  return (
    <div className="survey-import__preview" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>
          前 {preview.rows.length} 行预览（共 {preview.rowCount.toLocaleString('zh-CN')} 行）
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

/** Holds the preview's place (its height, near enough) while the first result is computed. */
function PreviewPlaceholder({ preview }: { preview: TablePreview }) {
  return (
    <div className="survey-import__preview is-pending" style={{ '--preview-rows': preview.rows.length + 1 } as CSSProperties} data-testid="survey-preview-pending">
      <p>正在准备前 {preview.rows.length} 行预览……</p>
    </div>
  );
}

function PickerSelect({ picker, headers, baseId, disabled }: { picker: ColumnPicker; headers: string[]; baseId: string; disabled: boolean }) {
  const id = `${baseId}-picker-${picker.id}`;
  const suggested = (picker.suggested ?? []).filter((index) => index >= 0 && index < headers.length);
  const rest = headers.map((_, index) => index).filter((index) => !suggested.includes(index));
  const option = (index: number) => <option key={index} value={index}>{columnLabel(headers, index)}</option>;
  return (
    <div className="survey-import__picker">
      <label htmlFor={id}>{picker.label}</label>
      <select
        id={id}
        value={picker.value === null ? '' : String(picker.value)}
        disabled={disabled}
        aria-describedby={picker.hint ? `${id}-hint` : undefined}
        onChange={(event) => picker.onChange(event.currentTarget.value === '' ? null : Number(event.currentTarget.value))}
      >
        <option value="">{picker.optional ? '（不使用）' : '（请选择）'}</option>
        {suggested.length > 0 ? (
          <>
            <optgroup label="推荐">{suggested.map(option)}</optgroup>
            <optgroup label="其他列">{rest.map(option)}</optgroup>
          </>
        ) : rest.map(option)}
      </select>
      {picker.hint && <p id={`${id}-hint`} className="survey-import__hint">{picker.hint}</p>}
    </div>
  );
}
