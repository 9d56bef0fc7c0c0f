import { mulberry32 } from '../random';
import { answerLabel, type KanoAnswer } from './answers';
import { KANO_CATEGORIES, type KanoCategory } from './categories';
import { EVALUATION_TABLE } from './evaluationTable';
import { columnHeader, DEFAULT_QUESTIONNAIRE, SEGMENT_COLUMN, type KanoQuestionnaire } from './questionnaire';
import { DEFAULT_PERSONAS } from './segments';

/**
 * 教学示例数据: a made-up hotel survey with 8 features, 50 respondents for each of the six personas
 * of lecture 2 (300 rows), generated from a fixed seed so every classroom sees the same numbers.
 * The category mix of each feature differs by persona on purpose (儿童托管 delights families and
 * leaves business travellers cold; the smart speaker puts off older guests), and two rows contain a
 * deliberate error (an answer outside the five, one half of a pair missing) so that the import
 * report has something to show.
 */
export const EXAMPLE_FEATURES: readonly string[] = [
  '客房清洁卫生',
  '免费 Wi-Fi',
  '24 小时前台',
  '延迟退房',
  '接机服务',
  '欢迎水果',
  '儿童托管',
  '房内智能音箱',
];

export const EXAMPLE_RESPONDENTS_PER_PERSONA = 50;
export const EXAMPLE_SEED = 20240521;

type Mix = Partial<Record<KanoCategory, number>>;

/** Category mix of each feature per persona, in DEFAULT_PERSONAS order; weights need not sum to 1. */
const MIXES: Readonly<Record<string, readonly Mix[]>> = {
  客房清洁卫生: [
    { M: 7, O: 2, I: 1 }, { M: 7, O: 2, I: 1 }, { M: 6, O: 3, I: 1 }, { M: 6, O: 3, I: 1 }, { M: 7, O: 2, I: 1 }, { M: 6, O: 3, I: 1 },
  ],
  '免费 Wi-Fi': [
    { M: 4, O: 4, I: 2 }, { M: 2, O: 2, I: 5, A: 1 }, { M: 4, O: 4, A: 1, I: 1 }, { M: 3, O: 3, I: 3, A: 1 }, { M: 6, O: 3, I: 1 }, { M: 5, O: 4, I: 1 },
  ],
  '24 小时前台': [
    { M: 5, O: 2, I: 3 }, { M: 6, O: 2, I: 2 }, { M: 5, O: 2, I: 3 }, { M: 4, O: 2, I: 4 }, { M: 6, O: 3, I: 1 }, { M: 5, O: 3, I: 2 },
  ],
  延迟退房: [
    { O: 3, A: 3, I: 4 }, { O: 3, A: 4, I: 3 }, { O: 5, A: 3, M: 1, I: 1 }, { O: 5, A: 3, I: 2 }, { O: 6, M: 2, A: 1, I: 1 }, { O: 6, A: 2, M: 1, I: 1 },
  ],
  接机服务: [
    { I: 6, A: 2, O: 2 }, { A: 6, O: 2, I: 2 }, { A: 5, O: 3, I: 2 }, { A: 4, O: 3, I: 3 }, { O: 5, M: 3, A: 1, I: 1 }, { A: 4, I: 4, O: 2 },
  ],
  欢迎水果: [
    { A: 5, I: 4, O: 1 }, { A: 6, I: 3, O: 1 }, { A: 6, I: 3, O: 1 }, { A: 5, I: 4, O: 1 }, { I: 6, A: 3, O: 1 }, { A: 5, I: 4, O: 1 },
  ],
  儿童托管: [
    { I: 7, A: 2, R: 1 }, { I: 6, R: 3, A: 1 }, { A: 6, O: 3, I: 1 }, { I: 5, R: 4, A: 1 }, { I: 8, R: 1, A: 1 }, { I: 6, A: 3, R: 1 },
  ],
  房内智能音箱: [
    { I: 6, A: 2, R: 1, Q: 1 }, { R: 5, I: 4, Q: 1 }, { A: 4, I: 5, R: 1 }, { I: 5, R: 4, Q: 1 }, { I: 6, A: 3, Q: 1 }, { I: 5, A: 4, Q: 1 },
  ],
};

/** Importance (1–9) drawn per category: low for I/R, high for M/O. */
const IMPORTANCE_RANGE: Readonly<Record<KanoCategory, readonly [number, number]>> = {
  M: [7, 9], O: [6, 9], A: [4, 8], I: [1, 5], R: [1, 3], Q: [1, 9],
};

/** Answer pairs that fall in each category (from the evaluation table). */
const CELLS_BY_CATEGORY: Readonly<Record<KanoCategory, readonly (readonly [KanoAnswer, KanoAnswer])[]>> = (() => {
  const cells = Object.fromEntries(KANO_CATEGORIES.map((category) => [category, [] as [KanoAnswer, KanoAnswer][]])) as Record<KanoCategory, [KanoAnswer, KanoAnswer][]>;
  EVALUATION_TABLE.forEach((row, functional) =>
    row.forEach((category, dysfunctional) => cells[category].push([(functional + 1) as KanoAnswer, (dysfunctional + 1) as KanoAnswer])),
  );
  return cells;
})();

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function drawCategory(random: () => number, mix: Mix): KanoCategory {
  const entries = KANO_CATEGORIES.filter((category) => (mix[category] ?? 0) > 0).map((category) => [category, mix[category]!] as const);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let threshold = random() * total;
  for (const [category, weight] of entries) {
    threshold -= weight;
    if (threshold < 0) return category;
  }
  return entries[entries.length - 1]![0];
}

/** The questionnaire the example data answers (also loaded into the builder with the data). */
export const EXAMPLE_QUESTIONNAIRE: KanoQuestionnaire = {
  ...DEFAULT_QUESTIONNAIRE,
  title: '示例酒店服务需求调查（教学示例）',
  features: [...EXAMPLE_FEATURES],
  segments: [...DEFAULT_PERSONAS],
};

/**
 * @returns the example table: header row first, then one row per respondent (segment, the
 *   functional and dysfunctional answer of each feature, then the importance ratings)
 */
export function exampleSurveyRows(): string[][] {
  const random = mulberry32(EXAMPLE_SEED);
  const header = [
    SEGMENT_COLUMN,
    ...EXAMPLE_FEATURES.flatMap((feature) => [columnHeader(feature, 'functional'), columnHeader(feature, 'dysfunctional')]),
    ...EXAMPLE_FEATURES.map((feature) => columnHeader(feature, 'importance')),
  ];
  const rows: string[][] = [header];
  DEFAULT_PERSONAS.forEach((persona, personaIndex) => {
    for (let respondent = 0; respondent < EXAMPLE_RESPONDENTS_PER_PERSONA; respondent += 1) {
      const answers: string[] = [];
      const ratings: string[] = [];
      for (const feature of EXAMPLE_FEATURES) {
        const category = drawCategory(random, MIXES[feature]![personaIndex]!);
        const [functional, dysfunctional] = pick(random, CELLS_BY_CATEGORY[category]);
        answers.push(answerLabel(functional), answerLabel(dysfunctional));
        const [low, high] = IMPORTANCE_RANGE[category];
        ratings.push(String(low + Math.floor(random() * (high - low + 1))));
      }
      rows.push([persona, ...answers, ...ratings]);
    }
  });
  // Rows interleave personas as real responses would arrive, in a fixed order.
  const body = rows.slice(1);
  for (let index = body.length - 1; index > 0; index -= 1) {
    const swap = Math.floor(random() * (index + 1));
    [body[index], body[swap]] = [body[swap]!, body[index]!];
  }
  // Two deliberate mistakes for the import report: spreadsheet rows 8 and 15 (header = row 1).
  body[6]![3] = '还行';
  body[13]![6] = '';
  return [header, ...body];
}

/** The example as tab-separated text, the way a table pasted from Excel arrives. */
export function exampleSurveyText(): string {
  return exampleSurveyRows()
    .map((row) => row.join('\t'))
    .join('\n');
}
