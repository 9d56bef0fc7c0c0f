import { describe, expect, it } from 'vitest';
import { analyseKano, detectKanoColumns, EXAMPLE_FEATURES, exampleSurveyRows, exampleSurveyText, summariseFeature } from '../../../src/lib/kano';

describe('教学示例数据', () => {
  const rows = exampleSurveyRows();

  it('is a hotel survey with 8 features and 300 respondents', () => {
    expect(EXAMPLE_FEATURES).toHaveLength(8);
    expect(rows).toHaveLength(301);
    expect(rows[0]).toHaveLength(1 + 8 * 3);
  });

  it('has six customer groups of 50 respondents each (6 × 50 = 300)', () => {
    const perGroup = new Map<string, number>();
    for (const row of rows.slice(1)) perGroup.set(row[0]!, (perGroup.get(row[0]!) ?? 0) + 1);
    expect([...perGroup.values()]).toEqual([50, 50, 50, 50, 50, 50]);
  });

  it('as pasted text: one tab-separated line per row, 25 cells each (1 group + 8 × 3 answers)', () => {
    const lines = exampleSurveyText().split('\n');
    expect(lines).toHaveLength(301);
    expect(lines.every((line) => line.split('\t').length === 25)).toBe(true);
  });

  it('imports through the same analysis, with the two deliberate mistakes reported', () => {
    const mapping = detectKanoColumns(rows[0]!);
    expect(mapping.features).toHaveLength(8);
    const result = analyseKano({ headers: rows[0]!, rows: rows.slice(1), rowNumbers: rows.slice(1).map((_, index) => index + 2), source: { kind: 'paste' }, questionnaireStar: false }, { kind: 'kano', mapping });
    if (!result.ok) throw new Error(result.error);
    expect(result.issues.first.map((issue) => [issue.row, issue.column, issue.kind])).toEqual([
      [8, '免费 Wi-Fi（正向）', 'invalid'],
      [15, '24 小时前台（反向）', 'missing'],
    ]);
    expect(result.tallies.segments).toHaveLength(6);
    // The teaching story: cleanliness is must-be, welcome fruit attractive.
    const categories = Object.fromEntries(result.tallies.features.map((tally) => [tally.name, summariseFeature(tally).classification?.category]));
    expect(categories['客房清洁卫生']).toBe('M');
    expect(categories['欢迎水果']).toBe('A');
  });
});
