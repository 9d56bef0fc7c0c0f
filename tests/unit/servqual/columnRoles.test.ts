/**
 * SERVQUAL's column decision (columnRoles.ts): the example data, with its deliberate stray values,
 * is computed at once; a column whose answers are mostly off the 1–7 scale is asked about.
 */
import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from '../../../src/lib/import/delimited';
import { profileTable } from '../../../src/lib/import/profile';
import { detectServqualColumns } from '../../../src/lib/servqual/columnDetection';
import { decideServqualColumns } from '../../../src/lib/servqual/columnRoles';
import { exampleQuestionnaire, exampleSurveyText } from '../../../src/lib/servqual/exampleData';
import { createQuestionnaire } from '../../../src/lib/servqual/questionnaire';
import { templateHeaders } from '../../../src/lib/servqual/columns';

describe('decideServqualColumns', () => {
  it('the example (template codes, a few stray values reported row by row) is chosen at once', async () => {
    const questionnaire = exampleQuestionnaire('two-column', 7, true);
    const parsed = await parseDelimitedText(exampleSurveyText(questionnaire), { source: { kind: 'paste' } });
    if (!parsed.ok) throw new Error(parsed.error);
    const profiles = profileTable(parsed.table);
    const decision = decideServqualColumns(detectServqualColumns(parsed.table, questionnaire, profiles), questionnaire, profiles);
    expect(decision.status).toBe('chosen');
    expect(decision.rows).toHaveLength(22);
  });

  it('template codes but item 1’s E column holds 9s in 4 of 10 answers: asks, naming the column and the share', () => {
    const questionnaire = createQuestionnaire('hotel', { askWeights: false });
    const headers = templateHeaders(questionnaire);
    const rows = Array.from({ length: 10 }, (_, row) => headers.map((_, column) => (column === 0 && row < 4 ? '9' : String((row % 7) + 1))));
    const profiles = profileTable({ headers, rows });
    const decision = decideServqualColumns(detectServqualColumns({ headers, rows }, questionnaire, profiles), questionnaire, profiles);
    expect(decision.status).toBe('ask');
    // 4 of 10 = 40 % off the scale (hand count).
    expect(decision.rows[0]!.reasonsAgainst).toEqual(['期望列有 40% 的答案不在 1–7 分之内（最小 1，最大 9）']);
    expect(decision.rows.slice(1).every((row) => row.reasonsAgainst.length === 0)).toBe(true);
  });
});
