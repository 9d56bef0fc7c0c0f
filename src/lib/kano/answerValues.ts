import { readNumber } from '../import/cells';
import type { SurveyTable } from '../import/types';
import { answerKey, readMappedAnswer, type AnswerMapping, type KanoAnswer } from './answers';

/**
 * The distinct answers found in a survey's Kano columns, with their counts, so that wordings the
 * built-in table does not know can be shown to the user and mapped to the five answers.
 */
export interface AnswerValueCount {
  /** The cell text as listed and mapped (answerKey: trimmed, spaces collapsed). */
  value: string;
  /** Cells holding this text, over all rows and all functional and dysfunctional columns. */
  count: number;
  /** The answer this text is read as now, or null when it is not recognised. */
  answer: KanoAnswer | null;
  /** Whether `answer` comes from the user's mapping (rather than the built-in reading). */
  mapped: boolean;
  /** A bare numeric code 1–5, read through the code order. */
  code: boolean;
}

export interface AnswerValueSummary {
  /** Most frequent first (ties: first met first); at most `limit` values. */
  values: AnswerValueCount[];
  /** Distinct non-blank texts in all (may exceed values.length). */
  distinct: number;
  /** Cells not read as an answer (not blank, not a skip marker). */
  unrecognisedCells: number;
  /** Whether any value is a bare code 1–5 (the code order then matters). */
  hasCodes: boolean;
}

/** More distinct answers than this in a pair of Kano columns means the wrong columns were chosen. */
export const MAX_LISTED_VALUES = 40;

/**
 * Counts the distinct non-blank answers in the given columns over every row of the table, and
 * says how each is read under the mapping. Blanks and skip markers ((跳过), −2, −3 …) are left
 * out, as in the analysis.
 *
 * @param table the survey table
 * @param columns the functional and dysfunctional columns of the mapped features
 * @param mapping the user's answer mapping
 * @param limit most values listed (the rest only counted in `distinct`)
 * @returns the value list, most frequent first
 * @example countAnswerValues({ headers: ['正', '反'], rows: [['Love it', 'Hate'], ['Love it', '']], rowNumbers: [2, 3] }, [0, 1], DEFAULT_ANSWER_MAPPING).values[0] // { value: 'Love it', count: 2, answer: 1, … }
 */
export function countAnswerValues(
  table: Pick<SurveyTable, 'rows'>,
  columns: readonly number[],
  mapping: AnswerMapping,
  limit = MAX_LISTED_VALUES,
): AnswerValueSummary {
  const counts = new Map<string, number>();
  /** Raw cell → its key, or '' for a blank or skip marker (each distinct raw text read once). */
  const keyOf = new Map<string, string>();
  for (const row of table.rows) {
    for (const column of columns) {
      const cell = row[column] ?? '';
      let key = keyOf.get(cell);
      if (key === undefined) {
        key = readNumber(cell).kind === 'missing' ? '' : answerKey(cell);
        if (keyOf.size < 10_000) keyOf.set(cell, key);
      }
      if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let unrecognisedCells = 0;
  let hasCodes = false;
  const all: AnswerValueCount[] = [...counts].map(([value, count]) => {
    const reading = readMappedAnswer(value, mapping);
    const mapped = mapping.values[value] !== undefined;
    const number = readNumber(value, { min: 1, max: 5, integer: true });
    const code = number.kind === 'value' && /^\d+(?:\.0+)?$/.test(value);
    if (code) hasCodes = true;
    if (reading.kind !== 'value') unrecognisedCells += count;
    return { value, count, answer: reading.kind === 'value' ? reading.answer : null, mapped, code };
  });
  // Stable sort: equal counts keep the order in which they were first met.
  const values = all.sort((first, second) => second.count - first.count).slice(0, limit);
  return { values, distinct: counts.size, unrecognisedCells, hasCodes };
}

/** How a listed value is read under the mapping being edited. */
export interface AnswerValueRow {
  value: string;
  count: number;
  answer: KanoAnswer | null;
  /** 'user': mapped by hand · 'code': a numeric code read through the order · 'builtin': a known wording · null: not recognised. */
  source: 'user' | 'code' | 'builtin' | null;
}

/**
 * The value list as the answer mapping being edited reads it (the list itself came from the last
 * run), and what is still not recognised.
 *
 * @param summary the values from the last analysis
 * @param draft the mapping being edited
 * @returns one row per listed value, and the values and cells still unrecognised
 * @example answerValueRows({ values: [{ value: 'Love it', count: 3, answer: null, mapped: false, code: false }], distinct: 1, unrecognisedCells: 3, hasCodes: false }, { order: 'like-first', values: {} }).unrecognised // { values: 1, cells: 3 }
 */
export function answerValueRows(summary: AnswerValueSummary, draft: AnswerMapping): { rows: AnswerValueRow[]; unrecognised: { values: number; cells: number } } {
  let values = 0;
  let cells = 0;
  const rows = summary.values.map((listed): AnswerValueRow => {
    const reading = readMappedAnswer(listed.value, draft);
    const answer = reading.kind === 'value' ? reading.answer : null;
    const source = draft.values[listed.value] !== undefined ? 'user' : answer === null ? null : listed.code ? 'code' : 'builtin';
    if (answer === null) {
      values += 1;
      cells += listed.count;
    }
    return { value: listed.value, count: listed.count, answer, source };
  });
  return { rows, unrecognised: { values, cells } };
}
