import { mulberry32 } from '../random';
import { formatRoles, type ServqualFormat } from './answerRoles';
import { templateColumns } from './columns';
import type { DimensionId } from './dimensions';
import { createQuestionnaire, type ServqualQuestionnaire } from './questionnaire';
import type { ScaleMax } from './scale';

/**
 * 教学示例数据: a made-up hotel survey, 160 respondents, generated from a fixed seed so every
 * classroom sees the same numbers. Expectations sit high (about 6 on the 7-point scale);
 * perceptions fall short most in 反应度 and 可靠度, least in 有形度 — the pattern of the
 * lecture-4 exercise. Answers within a dimension share a respondent factor, so Cronbach's α
 * comes out around 0.7–0.9. In the three-column format 反应度 falls just below the zone of
 * tolerance. Respondents allocate most importance to reliability (as in PZB 1991).
 * Three rows contain a deliberate error (an 8 on a 1–7 scale, a word instead of a number, an
 * allocation adding up to 110) so that the import report has something to show.
 */
export const EXAMPLE_RESPONDENTS = 160;
export const EXAMPLE_SEED = 20241103;
export const EXAMPLE_ORIGIN = '教学示例数据（虚构的酒店调查）';

/** Mean perception shortfall per dimension on the 7-point scale (made up). */
const SHORTFALL: Readonly<Record<DimensionId, number>> = {
  tangibles: 0.3,
  reliability: 0.9,
  responsiveness: 1.2,
  assurance: 0.4,
  empathy: 0.6,
};
const EXPECTATION_MEAN = 6.1;
const ZONE_WIDTH = 1.1;
/** Mean importance points per dimension (sum 100). */
const MEAN_WEIGHTS: Readonly<Record<DimensionId, number>> = { tangibles: 12, reliability: 30, responsiveness: 22, assurance: 20, empathy: 16 };

function normal(random: () => number): number {
  // Box–Muller transform.
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function toScale(value: number, scaleMax: ScaleMax): number {
  const rescaled = scaleMax === 7 ? value : 1 + ((value - 1) * (scaleMax - 1)) / 6;
  return Math.min(scaleMax, Math.max(1, Math.round(rescaled)));
}

/** The questionnaire the example data answers: the hotel preset in the given format. */
export function exampleQuestionnaire(format: ServqualFormat, scaleMax: ScaleMax = 7, askWeights = true): ServqualQuestionnaire {
  return createQuestionnaire('hotel', { format, scaleMax, askWeights });
}

/**
 * The example answer sheet as rows (header first), with the template's headers.
 * @param questionnaire usually exampleQuestionnaire(format)
 */
export function exampleSurveyRows(questionnaire: ServqualQuestionnaire): string[][] {
  const random = mulberry32(EXAMPLE_SEED);
  const columns = templateColumns(questionnaire);
  const rows: string[][] = [columns.map((column) => column.header)];
  const dimensions = [...new Set(questionnaire.items.map((item) => item.dimension))];
  const roles = formatRoles(questionnaire.format);
  for (let respondent = 0; respondent < EXAMPLE_RESPONDENTS; respondent += 1) {
    const general = normal(random) * 0.45;
    const strictness = normal(random) * 0.35;
    const factors = new Map(dimensions.map((dimension) => [dimension, { expected: normal(random) * 0.35, perceived: normal(random) * 0.55 }]));
    const answers = new Map<string, number>();
    for (const item of questionnaire.items) {
      const factor = factors.get(item.dimension)!;
      const expected = EXPECTATION_MEAN + strictness + factor.expected + normal(random) * 0.45;
      const perceived = EXPECTATION_MEAN - SHORTFALL[item.dimension] + general + factor.perceived + normal(random) * 0.55;
      for (const role of roles) {
        let value = role === 'perceived' ? perceived : expected;
        if (role === 'adequate') value = expected - ZONE_WIDTH + normal(random) * 0.4;
        const scored = toScale(value, questionnaire.scaleMax);
        answers.set(`${item.id}:${role}`, item.reversed ? questionnaire.scaleMax + 1 - scored : scored);
      }
    }
    const weights = dimensions.map((dimension) => Math.max(0, Math.round(MEAN_WEIGHTS[dimension] + normal(random) * 5)));
    // Make the allocation add up to exactly 100 (the largest share absorbs the rounding).
    const largest = weights.indexOf(Math.max(...weights));
    weights[largest] = weights[largest]! + 100 - weights.reduce((sum, weight) => sum + weight, 0);
    const row = columns.map((column) => {
      if (column.kind === 'weight') return String(weights[dimensions.indexOf(column.dimension)] ?? '');
      return String(answers.get(`${column.itemId}:${column.role}`) ?? '');
    });
    rows.push(row);
  }
  // Deliberate errors for the import report (rows 12, 47 and 103 of the sheet; header = row 1).
  rows[11]![1] = String(questionnaire.scaleMax + 1);
  rows[46]![0] = '很好';
  const lastWeight = columns.length - 1;
  if (columns[lastWeight]?.kind === 'weight') rows[102]![lastWeight] = String(Number(rows[102]![lastWeight]) + 10);
  return rows;
}

/**
 * The example as CSV text (what the page loads through the real import path).
 * @example exampleSurveyText(exampleQuestionnaire('two-column')).split('\r\n')[0].startsWith('E1 期望｜') // true
 */
export function exampleSurveyText(questionnaire: ServqualQuestionnaire): string {
  return exampleSurveyRows(questionnaire)
    .map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
    .join('\r\n');
}
