/**
 * The part of the import panel (SurveyImport.tsx) that shows once a table is loaded: its
 * description, the encoding it was read in (with a list to read it again in another), the
 * preview of the first rows and the tool's column pickers. Fetched when a file starts loading.
 */
import type { DetectedEncoding, TablePreview } from '../../lib/import/types';
import { ColumnField } from './ColumnField';
import { EncodingChoice } from './EncodingChoice';
import { PreviewPlaceholder } from './PreviewPlaceholder';
import { PreviewTable } from './PreviewTable';
import { useReleasedPreview } from './useReleasedPreview';

export { PreviewDescription } from './PreviewDescription';

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
          {pickers.map((picker) => <ColumnField key={picker.id} fieldClassName="survey-import__picker" id={`${baseId}-picker-${picker.id}`} label={picker.label} hint={picker.hint} headers={preview.headers} value={picker.value} onChange={picker.onChange} optional={picker.optional} suggested={picker.suggested} disabled={busy} />)}
        </div>
      )}
    </>
  );
}
