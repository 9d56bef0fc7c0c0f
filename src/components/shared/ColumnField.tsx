import { ColumnSelect, type ColumnSelectProps } from './ColumnSelect';

export interface ColumnFieldProps extends ColumnSelectProps {
  label: string;
  /** A short help line under the list. */
  hint?: string | undefined;
  /** The wrapper's class (the import panel's pickers and KANO's mapping cards look different). */
  fieldClassName: string;
}

/** A column list with its visible label and an optional help line. */
export function ColumnField({ label, hint, fieldClassName, ...select }: ColumnFieldProps) {
  const hintId = hint ? `${select.id}-hint` : undefined;
  return (
    <div className={fieldClassName}>
      <label htmlFor={select.id}>{label}</label>
      <ColumnSelect {...select} describedBy={hintId} />
      {hint && <p id={hintId} className="survey-import__hint">{hint}</p>}
    </div>
  );
}
