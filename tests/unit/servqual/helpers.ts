import type { SurveyTable } from '../../../src/lib/import/types';
import {
  createQuestionnaire,
  detectServqualColumns,
  removeItem,
  templateHeaders,
  type ServqualAnalysisResult,
  type ServqualQuestionnaire,
} from '../../../src/lib/servqual';

/** A table as the import would give it: header = row 1, data from row 2. */
export function table(rows: string[][]): SurveyTable {
  return { headers: rows[0]!, rows: rows.slice(1), rowNumbers: rows.slice(1).map((_, index) => index + 2), source: { kind: 'paste' }, questionnaireStar: false };
}

export function ok(result: ServqualAnalysisResult) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The generic questionnaire cut down to items 1, 2 (有形度) and 5, 6 (可靠度), numbered 1–4. */
export function smallQuestionnaire(settings: Partial<Pick<ServqualQuestionnaire, 'format' | 'askWeights' | 'scaleMax'>> = {}): ServqualQuestionnaire {
  let questionnaire = createQuestionnaire('generic', { askWeights: false, ...settings });
  for (const item of questionnaire.items) {
    if (!['i1', 'i2', 'i5', 'i6'].includes(item.id)) questionnaire = removeItem(questionnaire, item.id);
  }
  return questionnaire;
}

/**
 * Hand-worked data set (4 respondents, 4 items, two-column, weights):
 *   item 1 (有形度): E 6 7 5 6 · P 5 6 4 6 → P − E −1 −1 −1 0, mean −0.75
 *   item 2 (有形度): E 7 6 6 5 · P 6 6 5 5 → −1 0 −1 0, mean −0.5
 *   item 3 (可靠度): E 7 7 6 7 · P 4 5 5 6 → −3 −2 −1 −1, mean −1.75
 *   item 4 (可靠度): E 6 7 7 6 · P 5 5 6 4 → −1 −2 −1 −2, mean −1.5
 *   weights (有形度/可靠度): 40/60 · 50/50 · 30/70 · 20/80
 */
export const HAND_E = [
  [6, 7, 7, 6],
  [7, 6, 7, 7],
  [5, 6, 6, 7],
  [6, 5, 7, 6],
];
export const HAND_P = [
  [5, 6, 4, 5],
  [6, 6, 5, 5],
  [4, 5, 5, 6],
  [6, 5, 6, 4],
];
export const HAND_WEIGHTS = [
  [40, 60],
  [50, 50],
  [30, 70],
  [20, 80],
];

/** The hand-worked rows under the template headers (E1 P1 E2 P2 … W1 W2). */
export function handWorkedRows(questionnaire = smallQuestionnaire({ askWeights: true })): string[][] {
  const header = templateHeaders(questionnaire);
  const rows = HAND_E.map((expected, respondent) => {
    const cells: string[] = [];
    for (let item = 0; item < 4; item += 1) cells.push(String(expected[item]), String(HAND_P[respondent]![item]));
    if (questionnaire.askWeights) cells.push(...HAND_WEIGHTS[respondent]!.map(String));
    return cells;
  });
  return [header, ...rows];
}

export function handWorkedRequest(rows = handWorkedRows(), questionnaire = smallQuestionnaire({ askWeights: true })) {
  const detection = detectServqualColumns({ headers: rows[0]!, rows: rows.slice(1) }, questionnaire);
  return { kind: 'servqual' as const, questionnaire, mapping: detection.mapping };
}
