import { readNumber } from '../import/cells';

/**
 * The five answers of a Kano question pair, and the reading of a spreadsheet cell into one of them.
 *
 * Codes follow the order in which the answers are printed (and in which 问卷星 numbers the
 * options when answers are exported "按选项序号"): 1 我很喜欢 (like), 2 理应如此 (must-be),
 * 3 无所谓 (neutral), 4 能忍受 (live with), 5 我很不喜欢 (dislike).
 *
 * References: Kano, Seraku, Takahashi & Tsuji (1984), 魅力的品質と当り前品質, 品質 14(2);
 * Berger et al. (1993), Kano's methods for understanding customer-defined quality,
 * Center for Quality Management Journal 2(4), section IIa (the answer wording).
 */

/** 1 like · 2 must-be · 3 neutral · 4 live with · 5 dislike. */
export type KanoAnswer = 1 | 2 | 3 | 4 | 5;

export interface KanoAnswerDefinition {
  code: KanoAnswer;
  /** The wording printed on the questionnaire. */
  label: string;
  /** The English name used in the literature. */
  english: string;
}

export const KANO_ANSWERS: readonly KanoAnswerDefinition[] = [
  { code: 1, label: '我很喜欢', english: 'Like' },
  { code: 2, label: '理应如此', english: 'Must-be' },
  { code: 3, label: '无所谓', english: 'Neutral' },
  { code: 4, label: '能忍受', english: 'Live with' },
  { code: 5, label: '我很不喜欢', english: 'Dislike' },
];

/** The printed label of an answer code. */
export function answerLabel(code: KanoAnswer): string {
  return KANO_ANSWERS[code - 1]!.label;
}

/**
 * Wordings met in practice for each answer (Chinese questionnaires use several translations, and
 * English ones follow Berger et al. 1993 or its later variants): the 问卷星 KANO templates, the
 * SPSSAU option wording and the common English forms. Matched after normalisation: lower case,
 * no spaces or punctuation. Matching is exact, never by substring, because 「不喜欢」 contains
 * 「喜欢」. Every entry is in tests/unit/kano/answers.test.ts.
 */
export const ANSWER_VARIANTS: Record<KanoAnswer, readonly string[]> = {
  1: [
    '我很喜欢', '很喜欢', '非常喜欢', '喜欢', '我喜欢', '我非常喜欢', '我会很喜欢', '很满意', '非常满意', '满意', '我很满意', '令人满意',
    // 问卷星 KANO templates and SPSSAU's option wording.
    '我喜欢这样', '我很喜欢这样', '会很喜欢', '让我很满意', '十分喜欢',
    'like', 'ilikeit', 'ilikeitthatway', 'iwouldlikeit', 'delighted', 'love', 'loveit', 'iloveit', 'likeit', 'iwouldloveit', 'iwouldbepleased', 'pleased',
  ],
  2: [
    '理应如此', '理所当然', '理所应当', '应该如此', '本应如此', '应该的', '理应这样', '必须的', '必须如此', '必须这样', '必备', '这是必须的',
    '我期望如此', '期望如此', '我认为理所当然', '当然应该', '它必须这样',
    '它理应如此', '它应该这样', '它本来就应该这样', '本来就应该', '应该这样', '理应具备', '必须具备', '我认为应该如此', '这是应该的',
    'mustbe', 'must', 'expect', 'iexpectit', 'iexpectitthatway', 'itmustbethatway', 'expected', 'musthave', 'itsamust', 'itisamust',
    'itshouldbethatway', 'ofcourse', 'itsbasic', 'iexpectittobethatway', 'itmustbe',
  ],
  3: [
    '无所谓', '我无所谓', '中立', '一般', '没感觉', '没有感觉', '不在乎', '都可以', '都行', '无差别', '无差异', '不关心',
    '我不在乎', '我觉得无所谓', '无所谓喜不喜欢', '没什么感觉', '我没有感觉', '中性',
    'neutral', 'iamneutral', 'imneutral', 'idontcare', 'indifferent', 'dontcare', 'idonotcare', 'nofeeling', 'noopinion', 'itdoesntmatter',
    'doesntmatter', 'itdoesnotmatter',
  ],
  4: [
    '能忍受', '我能忍受', '可以忍受', '还能忍受', '勉强忍受', '忍受', '能接受', '可以接受', '勉强接受', '勉强能接受', '能容忍', '可以容忍', '容忍',
    '我可以忍受', '我能接受', '我可以接受', '我能容忍', '我勉强接受', '我勉强能接受', '忍受得了', '还可以接受',
    'livewith', 'icanlivewithit', 'icanlivewithitthatway', 'tolerate', 'icantolerateit', 'accept', 'icanacceptit',
    'canlivewith', 'canlivewithit', 'livewithit', 'tolerable', 'cantolerate', 'cantolerateit', 'icanputupwithit', 'acceptable',
  ],
  5: [
    '我很不喜欢', '很不喜欢', '非常不喜欢', '不喜欢', '我不喜欢', '我非常不喜欢', '讨厌', '很讨厌', '很不满意', '非常不满意', '不满意', '我很不满意',
    '我很讨厌', '我讨厌这样', '我不喜欢这样', '我很不喜欢这样', '十分不喜欢', '让我很不满意',
    'dislike', 'idislikeit', 'idislikeitthatway', 'idontlikeit', 'idonotlikeit', 'hate', 'hateit', 'ihateit', 'dislikeit', 'iwouldnotlikeit',
    'iwoulddislikeit', 'idislike',
  ],
};

/** The form in which cells are compared with the variants (exported for the tests and the value list). */
export function normaliseAnswer(cell: string): string {
  return cell
    .normalize('NFKC') // full-width letters and digits → ASCII
    .toLowerCase()
    .replace(/[\s'’"“”`!！。.,，、;；:：?？~～·_-]/g, '');
}

const VARIANT_TO_CODE = new Map<string, KanoAnswer>();
for (const [code, variants] of Object.entries(ANSWER_VARIANTS)) {
  for (const variant of variants) VARIANT_TO_CODE.set(normaliseAnswer(variant), Number(code) as KanoAnswer);
}

/** Option prefixes such as "A.", "1、", "(2)", "①" that some exports keep in front of the text. */
const OPTION_PREFIX = /^\s*[(（]?([a-eA-E1-5])[)）]?\s*[.、．:：)）\]]\s*/;
/** Circled digits become "1." first: NFKC would turn ① into a bare 1 glued to the label. */
const CIRCLED = /^\s*([①②③④⑤])/;
const LETTERS = 'abcde';

/** Same shape as the shared importer's CellReading, with the answer code as the value. */
export type AnswerReading =
  | { kind: 'value'; answer: KanoAnswer }
  | { kind: 'missing'; reason: string }
  | { kind: 'invalid'; reason: string };

const VALUES: readonly AnswerReading[] = KANO_ANSWERS.map((definition) => ({ kind: 'value', answer: definition.code }));

export const UNKNOWN_ANSWER_REASON = '不是五个标准答案之一（我很喜欢 · 理应如此 · 无所谓 · 能忍受 · 我很不喜欢，或代码 1–5）';

/**
 * Reads one cell as a Kano answer: one of the five labels or a common variant, the code 1–5,
 * or an option prefix followed by the label ("A. 我很喜欢", "①我很喜欢").
 *
 * Blanks and skip markers — (跳过), (空), N/A and 问卷星's negative codes −2/−3 — are missing, as
 * in the shared importer's readNumber().
 *
 * @param cell the text of the cell as the spreadsheet shows it
 * @returns `{ kind: 'value', answer }`, `{ kind: 'missing', reason }` or `{ kind: 'invalid', reason }`, reasons in Chinese
 * @example readKanoAnswer('理所当然') // { kind: 'value', answer: 2 }
 */
export function readKanoAnswer(cell: string): AnswerReading {
  const variant = VARIANT_TO_CODE.get(normaliseAnswer(cell));
  if (variant !== undefined) return VALUES[variant - 1]!;

  const number = readNumber(cell, { min: 1, max: 5, integer: true });
  if (number.kind === 'value') return VALUES[number.value - 1]!;
  if (number.kind === 'missing') return number;
  if (number.reason !== '非数字') {
    return { kind: 'invalid', reason: number.reason === '小数' ? '代码应为 1–5 的整数' : `代码${number.reason}` };
  }

  const text = cell.replace(CIRCLED, (_match, digit: string) => `${'①②③④⑤'.indexOf(digit) + 1}.`).normalize('NFKC');
  const prefixed = OPTION_PREFIX.exec(text);
  if (prefixed) {
    const rest = normaliseAnswer(text.slice(prefixed[0].length));
    const fromRest = VARIANT_TO_CODE.get(rest);
    if (fromRest !== undefined) return VALUES[fromRest - 1]!;
    if (rest === '') {
      const marker = prefixed[1]!.toLowerCase();
      const code = LETTERS.includes(marker) ? LETTERS.indexOf(marker) + 1 : Number(marker);
      return VALUES[code - 1]!;
    }
  }
  return { kind: 'invalid', reason: UNKNOWN_ANSWER_REASON };
}

/**
 * Order of numeric answer codes 1–5. `like-first` is the printed order (1 我很喜欢 … 5 我很不喜欢);
 * `dislike-first` is the reverse (1 我很不喜欢 … 5 我很喜欢), used by questionnaires that list the
 * negative answer first.
 */
export type CodeOrder = 'like-first' | 'dislike-first';

/**
 * The user's reading of answers the built-in table does not know, or reads differently: each
 * distinct cell text (keyed by answerKey) mapped to one of the five answers, and the order of
 * numeric codes. A value mapped here wins over the built-in reading.
 */
export interface AnswerMapping {
  order: CodeOrder;
  values: Record<string, KanoAnswer>;
}

export const DEFAULT_ANSWER_MAPPING: AnswerMapping = { order: 'like-first', values: {} };

/**
 * The key under which a cell's text is listed and mapped: trimmed, full-width forms folded,
 * inner spaces collapsed, so "我很喜欢 " and "我很喜欢" are one value.
 * @example answerKey('  Love  it ') // 'Love it'
 */
export function answerKey(cell: string): string {
  return cell.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Whether a mapping is the built-in reading alone (no values, printed code order). */
export function isDefaultAnswerMapping(mapping: AnswerMapping): boolean {
  return mapping.order === 'like-first' && Object.keys(mapping.values).length === 0;
}

/**
 * Reads a cell with the user's mapping: a value the user mapped first, then a bare code 1–5 in
 * the chosen order, then the built-in reading (readKanoAnswer).
 *
 * @param cell the text of the cell
 * @param mapping the user's value mapping and code order
 * @example readMappedAnswer('1', { order: 'dislike-first', values: {} }) // { kind: 'value', answer: 5 }
 * @example readMappedAnswer('Love it', { order: 'like-first', values: { 'Love it': 1 } }) // { kind: 'value', answer: 1 }
 */
export function readMappedAnswer(cell: string, mapping: AnswerMapping): AnswerReading {
  const mapped = mapping.values[answerKey(cell)];
  if (mapped !== undefined) return VALUES[mapped - 1]!;
  const reading = readKanoAnswer(cell);
  if (reading.kind !== 'value' || mapping.order === 'like-first') return reading;
  const number = readNumber(cell, { min: 1, max: 5, integer: true });
  return number.kind === 'value' ? VALUES[5 - number.value]! : reading;
}

/** Code of a cell for the hot loop: 1–5 an answer, 0 missing, −1 invalid (ask readKanoAnswer for the reason). */
export type AnswerCode = KanoAnswer | 0 | -1;

/**
 * A reader returning only the code of each cell, remembering each distinct text: survey exports
 * repeat the same few strings hundreds of thousands of times, so each is normalised once.
 */
export function createAnswerCoder(mapping: AnswerMapping = DEFAULT_ANSWER_MAPPING): (cell: string) => AnswerCode {
  const cache = new Map<string, AnswerCode>();
  return (cell) => {
    let code = cache.get(cell);
    if (code === undefined) {
      const reading = readMappedAnswer(cell, mapping);
      code = reading.kind === 'value' ? reading.answer : reading.kind === 'missing' ? 0 : -1;
      if (cache.size < 10_000) cache.set(cell, code);
    }
    return code;
  };
}

/**
 * A reader that remembers what each distinct cell text meant. Survey exports repeat the same few
 * strings hundreds of thousands of times, so the normalisation runs once per distinct text.
 */
export function createAnswerReader(): (cell: string) => AnswerReading {
  const cache = new Map<string, AnswerReading>();
  return (cell) => {
    let reading = cache.get(cell);
    if (reading === undefined) {
      reading = readKanoAnswer(cell);
      if (cache.size < 10_000) cache.set(cell, reading);
    }
    return reading;
  };
}
