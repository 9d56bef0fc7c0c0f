import { readNumber } from '../import/cells';

/**
 * The 100-point importance allocation over the dimensions (Parasuraman, Berry & Zeithaml 1991):
 * each respondent divides 100 points among the five dimensions according to how important each
 * is to them. A respondent's allocation is used only when every dimension has a number in
 * 0 … 100 and the numbers add up to 100 (within ±0.5 for rounded decimals such as 33.3 × 3);
 * accepted allocations are rescaled to exactly 100.
 *
 * References:
 * - Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Refinement and reassessment of the
 *   SERVQUAL scale. Journal of Retailing, 67(4), 420–450.
 */
export const WEIGHT_TOTAL = 100;
export const WEIGHT_TOLERANCE = 0.5;

export type WeightCheck =
  /** All dimensions filled, total 100: the weights, rescaled to sum to exactly 100. */
  | { kind: 'valid'; weights: number[] }
  /** Nothing filled in: the respondent skipped the allocation (not an error). */
  | { kind: 'blank' }
  /** Partly filled, out of range or a wrong total: a Chinese message naming the row. */
  | { kind: 'invalid'; error: string };

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/**
 * Checks one respondent's allocation.
 * @param values the weight per dimension, null where the cell was empty
 * @param labels the dimensions' names, same order (for the message)
 * @param row the 1-based spreadsheet row (header = 1), or null for weights typed in the page
 * @returns valid (rescaled), blank, or invalid with a message such as
 *   “第 7 行：重要性分配合计为 90，应为 100。”
 * @throws {RangeError} when values and labels differ in length (a programmer error)
 * @example checkWeights([20, 30, 20, 15, 15], ['有形度', '可靠度', '反应度', '专业度', '同理度'], 2) // { kind: 'valid', weights: [20, 30, 20, 15, 15] }
 */
export function checkWeights(values: readonly (number | null)[], labels: readonly string[], row: number | null): WeightCheck {
  if (values.length !== labels.length) throw new RangeError(`checkWeights: ${values.length} values for ${labels.length} dimensions`);
  const where = row === null ? '' : `第 ${row} 行：`;
  if (values.every((value) => value === null)) return { kind: 'blank' };
  const empty = values.findIndex((value) => value === null);
  if (empty !== -1) {
    return { kind: 'invalid', error: `${where}「${labels[empty]}」的重要性没有填写；${labels.length} 个维度都要填，合计为 ${WEIGHT_TOTAL}。` };
  }
  const numbers = values as number[];
  const outside = numbers.findIndex((value) => !Number.isFinite(value) || value < 0 || value > WEIGHT_TOTAL);
  if (outside !== -1) {
    return { kind: 'invalid', error: `${where}「${labels[outside]}」的重要性 ${formatNumber(numbers[outside]!)} 超出 0–${WEIGHT_TOTAL}。` };
  }
  const total = numbers.reduce((sum, value) => sum + value, 0);
  if (Math.abs(total - WEIGHT_TOTAL) > WEIGHT_TOLERANCE) {
    return { kind: 'invalid', error: `${where}重要性分配合计为 ${formatNumber(total)}，应为 ${WEIGHT_TOTAL}。` };
  }
  return { kind: 'valid', weights: numbers.map((value) => (value * WEIGHT_TOTAL) / total) };
}

/**
 * Reads weights typed into the page (one text box per dimension) and checks them.
 * @example checkTypedWeights(['20', '30', '20', '15', '15'], labels) // { kind: 'valid', … }
 * @example checkTypedWeights(['20', 'abc', '', '', ''], labels) // { kind: 'invalid', error: '「可靠度」的重要性“abc”不是数字。' }
 */
export function checkTypedWeights(texts: readonly string[], labels: readonly string[]): WeightCheck {
  const values: (number | null)[] = [];
  for (let index = 0; index < texts.length; index += 1) {
    const reading = readNumber(texts[index], { min: 0, max: WEIGHT_TOTAL });
    if (reading.kind === 'invalid') {
      return { kind: 'invalid', error: `「${labels[index]}」的重要性“${texts[index]!.trim()}”${reading.reason === '非数字' ? '不是数字' : reading.reason}。` };
    }
    values.push(reading.kind === 'value' ? reading.value : null);
  }
  return checkWeights(values, labels, null);
}
