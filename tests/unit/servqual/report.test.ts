import { describe, expect, it } from 'vitest';
import {
  analyseServqual,
  buildServqualReport,
  detectServqualColumns,
} from '../../../src/lib/servqual';
import { exampleQuestionnaire, exampleSurveyRows } from '../../../src/lib/servqual/exampleData';
import { handWorkedRequest, handWorkedRows, ok, smallQuestionnaire, table } from './helpers';

const rows = handWorkedRows();
const summary = ok(analyseServqual(table(rows), handWorkedRequest(rows))).summary;

describe('buildServqualReport', () => {
  const report = buildServqualReport(summary, { typedWeights: null, crosshairs: 'data-mean', ipaLevel: 'dimension' });

  it('ranks the largest gaps (most negative first)', () => {
    expect(report.largestGaps.map((row) => row.number)).toEqual([3, 4, 1, 2]);
  });

  it('gives the unweighted score as the mean of the dimension gaps, and the weighted one from the respondents’ own weights', () => {
    expect(report.scores.unweighted).toBeCloseTo(-1.125, 12);
    expect(report.scores.weighted).toBeCloseTo(-1.2625, 12);
    expect(report.scores.weightSource).toBe('respondents');
    expect(report.scores.weights).toEqual({ tangibles: 35, reliability: 65 });
  });

  it('uses typed weights when the data has none', () => {
    const plainRows = handWorkedRows(smallQuestionnaire());
    const plain = ok(analyseServqual(table(plainRows), handWorkedRequest(plainRows, smallQuestionnaire()))).summary;
    const typed = buildServqualReport(plain, { typedWeights: [25, 75], crosshairs: 'data-mean', ipaLevel: 'dimension' });
    // −0.625 × 0.25 + −1.625 × 0.75 = −1.375 (hand-worked).
    expect(typed.scores.weighted).toBeCloseTo(-1.375, 12);
    expect(typed.scores.weightSource).toBe('typed');
    expect(buildServqualReport(plain, { typedWeights: null, crosshairs: 'data-mean', ipaLevel: 'dimension' }).scores.weightSource).toBe('none');
  });

  it('flags α below 0.7', () => {
    const tangiblesE = report.reliability.find((row) => row.dimension === 'tangibles' && row.role === 'expected')!;
    expect(tangiblesE.alpha).toBeCloseTo(0, 12);
    expect(tangiblesE.belowThreshold).toBe(true);
  });

  it('IPA at dimension level uses the weights as importance, with a 100/k midpoint', () => {
    expect(report.ipa.importanceFromWeights).toBe(true);
    expect(report.ipa.midpoints).toEqual({ importance: 50, performance: 4 });
    expect(report.ipa.points.map((point) => [point.id, point.importance, point.quadrant])).toEqual([
      ['tangibles', 35, 'overkill'],
      ['reliability', 65, 'concentrate'],
    ]);
  });

  it('IPA at item level uses the mean expectation as importance', () => {
    const items = buildServqualReport(summary, { typedWeights: null, crosshairs: 'scale-midpoint', ipaLevel: 'item' });
    expect(items.ipa.importanceFromWeights).toBe(false);
    expect(items.ipa.crosshairs).toEqual({ importance: 4, performance: 4 });
    expect(items.ipa.points[0]).toMatchObject({ label: '1. 设施设备新颖、现代', importance: 6, performance: 5.25, quadrant: 'keep' });
  });

  it('gives 5-GAP hints for the negative dimensions', () => {
    expect(report.hints.map((hint) => hint.dimension)).toEqual(['reliability', 'tangibles']);
  });
});

describe('zone of tolerance in the report (three-column)', () => {
  it('places each dimension against its zone', () => {
    const questionnaire = exampleQuestionnaire('three-column');
    const exampleRows = exampleSurveyRows(questionnaire);
    const mapping = detectServqualColumns({ headers: exampleRows[0]!, rows: exampleRows.slice(1, 20) }, questionnaire).mapping;
    const three = ok(analyseServqual(table(exampleRows), { kind: 'servqual', questionnaire, mapping })).summary;
    const report = buildServqualReport(three, { typedWeights: null, crosshairs: 'data-mean', ipaLevel: 'dimension' });
    expect(report.hasZone).toBe(true);
    for (const row of report.dimensions) {
      expect(row.zone).not.toBeNull();
      expect(row.zone!.adequacy).toBeCloseTo(row.adequacyGap!, 1);
    }
  });
});
