import type { CellReading, ReadNumberOptions } from './types';

/** Answers that mean “no answer”: 问卷星 writes (跳过) for skip logic and (空) for blank optional answers. */
const MISSING_TEXT: ReadonlyMap<string, string> = new Map([
  ['(跳过)', '跳过'],
  ['跳过', '跳过'],
  ['(空)', '未作答'],
  ['空', '未作答'],
  ['n/a', '不适用'],
  ['na', '不适用'],
  ['#n/a', '不适用'],
  ['null', '空值'],
  ['-', '空值'],
  ['—', '空值'],
  ['--', '空值'],
  ['不适用', '不适用'],
  ['未作答', '未作答'],
  ['未填写', '未作答'],
]);

const NUMBER_PATTERN = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)$/;
/** A bracketed option label after a number: “10分（极有可能）”. */
const LABEL_SUFFIX = /(?<=\d\s*分?)\s*[(（][^()（）]*[)）]$/;

/**
 * Reads one survey cell as a number.
 *
 * Accepted forms: `9`, ` 9 `, `9.0` (= 9), `9分`, `9 分`, full-width `９` / `９．０`, and a number
 * followed by its option label in brackets, `10分（极有可能）`.
 * Missing (not an error, counted apart): empty, `(跳过)`, `(空)`, `N/A`, `-`, and negative
 * integer codes such as `-2`/`-3` (问卷星 uses them for skipped or hidden questions) when the
 * accepted range does not include negative numbers.
 * Invalid, with a Chinese reason: 非数字, 小数 (when `integer`), 超出 min–max.
 *
 * @param cell raw cell text
 * @param options accepted range and whether fractions are allowed
 * @returns `{ kind: 'value', value }`, `{ kind: 'missing', reason }` or `{ kind: 'invalid', reason }`
 * @example readNumber('9分', { min: 0, max: 10, integer: true }) // { kind: 'value', value: 9 }
 * @example readNumber('11', { min: 0, max: 10 }) // { kind: 'invalid', reason: '超出 0–10' }
 */
export function readNumber(cell: string | null | undefined, options: ReadNumberOptions = {}): CellReading {
  // Fast path for the usual cell, one or two ASCII digits (a million-row file is mostly these).
  const plain = typeof cell === 'string' ? plainInteger(cell) : -1;
  if (plain >= 0) return inRange(plain, options);
  const text = normaliseWidth(String(cell ?? '')).trim();
  if (text === '') return { kind: 'missing', reason: '空值' };
  const missing = MISSING_TEXT.get(text.replace(/（/g, '(').replace(/）/g, ')').toLowerCase());
  if (missing) return { kind: 'missing', reason: missing };

  // 问卷星 text exports may carry the option label: “10分（极有可能）”, “0 (完全不可能)”.
  const match = NUMBER_PATTERN.exec(text.replace(LABEL_SUFFIX, '').replace(/\s*分$/, ''));
  if (!match) return { kind: 'invalid', reason: '非数字' };
  const value = Number(`${match[1]}${match[2]}`);
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: '非数字' };

  const { min, integer = false } = options;
  const negativeCodesAreMissing = min === undefined || min >= 0;
  if (value < 0 && Number.isInteger(value) && negativeCodesAreMissing) {
    return { kind: 'missing', reason: `代码 ${value}（跳过或未显示）` };
  }
  if (integer && !Number.isInteger(value)) return { kind: 'invalid', reason: '小数' };
  // -0 → 0 so results print cleanly.
  return inRange(value === 0 ? 0 : value, options);
}

/**
 * The usual survey cell read without allocating: “0” … “99” in plain ASCII digits (no sign,
 * space, point or leading zero), else -1. Analyses that read millions of cells try this first and
 * send anything else through readNumber, which accepts the same cells with the same values.
 * @example plainInteger('10') // 10
 * @example plainInteger('05') // -1
 */
export function plainInteger(cell: string): number {
  const first = cell.charCodeAt(0) - 48;
  if (cell.length === 1) return first >= 0 && first <= 9 ? first : -1;
  if (cell.length !== 2 || first < 1 || first > 9) return -1;
  const second = cell.charCodeAt(1) - 48;
  return second >= 0 && second <= 9 ? first * 10 + second : -1;
}

function inRange(value: number, { min, max }: ReadNumberOptions): CellReading {
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    return { kind: 'invalid', reason: `超出 ${rangeText(min, max)}` };
  }
  return { kind: 'value', value };
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (min !== undefined) return `范围（应不小于 ${min}）`;
  return `范围（应不大于 ${max}）`;
}

/** Full-width digits and signs (as typed with a Chinese IME) to ASCII; U+3000 to a space. */
export function normaliseWidth(text: string): string {
  // Fast path: most cells are plain ASCII.
  if (!/[\uFF01-\uFF5E\u3000]/.test(text)) return text;
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** True when the cell reads as missing (empty, 跳过, 空, N/A, negative codes) for a non-negative scale. */
export function isMissingCell(cell: string): boolean {
  return readNumber(cell, { min: 0 }).kind === 'missing';
}
