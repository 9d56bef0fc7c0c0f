/**
 * A <select> over a loaded table's columns (the label is the caller's): an empty choice mapped to
 * null, then the suggested columns in a group of their own, then the rest. Used by the import
 * panel's pickers and by the KANO and SERVQUAL mapping editors.
 */
import { columnLabel } from './columnLabel';

export interface ColumnSelectProps {
  id: string;
  headers: readonly string[];
  /** The chosen column's index into headers, or null for none. */
  value: number | null;
  onChange(column: number | null): void;
  /** The empty choice reads （不使用） rather than （请选择）. */
  optional?: boolean | undefined;
  /** Columns listed first, under `suggestedLabel` (default 推荐); out-of-range indexes are ignored. */
  suggested?: readonly number[] | undefined;
  suggestedLabel?: string;
  disabled?: boolean;
  className?: string;
  describedBy?: string | undefined;
  /** For a select without a visible <label> (a cell of a mapping table). */
  ariaLabel?: string;
}

export function ColumnSelect({ id, headers, value, onChange, optional = false, suggested = [], suggestedLabel = '推荐', disabled = false, className, describedBy, ariaLabel }: ColumnSelectProps) {
  const first = suggested.filter((index) => index >= 0 && index < headers.length);
  const rest = headers.map((_, index) => index).filter((index) => !first.includes(index));
  const option = (index: number) => <option key={index} value={index}>{columnLabel(headers, index)}</option>;
  return (
    <select id={id} className={className} value={value === null ? '' : String(value)} disabled={disabled} aria-describedby={describedBy} aria-label={ariaLabel} onChange={(event) => onChange(event.currentTarget.value === '' ? null : Number(event.currentTarget.value))}>
      <option value="">{optional ? '（不使用）' : '（请选择）'}</option>
      {first.length > 0 ? (
        <>
          <optgroup label={suggestedLabel}>{first.map(option)}</optgroup>
          <optgroup label="其他列">{rest.map(option)}</optgroup>
        </>
      ) : rest.map(option)}
    </select>
  );
}
