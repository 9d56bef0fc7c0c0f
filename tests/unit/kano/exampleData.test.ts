import { describe, expect, it } from 'vitest';
import { analyseKano, detectKanoColumns, EXAMPLE_FEATURES, exampleSurveyRows, exampleSurveyText, summariseFeature } from '../../../src/lib/kano';
import { mulberry32 } from '../../../src/lib/random';

describe('教学示例数据', () => {
  const rows = exampleSurveyRows();

  it('is a hotel survey with 8 features and 300 respondents', () => {
    expect(EXAMPLE_FEATURES).toHaveLength(8);
    expect(rows).toHaveLength(301);
    expect(rows[0]).toHaveLength(1 + 8 * 3);
  });

  it('is deterministic', () => {
    expect(exampleSurveyRows()).toEqual(rows);
    expect(exampleSurveyText()).toBe(exampleSurveyText());
    const first = mulberry32(1);
    const second = mulberry32(1);
    expect([first(), first(), first()]).toEqual([second(), second(), second()]);
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
