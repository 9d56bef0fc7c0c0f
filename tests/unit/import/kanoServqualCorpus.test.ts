/**
 * The KANO and SERVQUAL part of the import corpus (issue 12), table-driven: for each generated
 * export, what each tool does — the mapping it chooses at once, or that it asks (and keeps the
 * previous result), or that it finds nothing — the doubts it shows, and the result after the
 * person confirms. Expected figures are worked by hand from the answer patterns in
 * fixtures/corpusKanoServqual.ts:
 *   Better = (A + O) ÷ (A + O + M + I), Worse = −(O + M) ÷ (A + O + M + I) (Timko, in Berger et al. 1993);
 *   SERVQUAL gap Q = P − E, averaged per item, dimension and respondent (Parasuraman et al. 1988).
 */
import { describe, expect, it } from 'vitest';
import { readSurveyFile } from '../../../src/lib/import/load';
import { toPreview } from '../../../src/lib/import/table';
import type { SurveyTable, TablePreview } from '../../../src/lib/import/types';
import { analyseKano } from '../../../src/lib/kano/analyseKano';
import { selectKano } from '../../../src/lib/kano/select';
import * as kano from '../../../src/lib/kano/state';
import { loaded as kanoLoaded } from '../../../src/lib/kano/loaded';
import * as nps from '../../../src/lib/nps/state';
import { loaded as npsLoaded } from '../../../src/lib/nps/loaded';
import { analyseServqual } from '../../../src/lib/servqual/analyseServqual';
import * as servqual from '../../../src/lib/servqual/state';
import { loaded as servqualLoaded } from '../../../src/lib/servqual/loaded';
import type { CorpusFile } from './fixtures/corpus';
import { idealMinimum, koreanKano, koreanServqual, wjxKano } from './fixtures/corpusKanoServqual';

async function load(file: CorpusFile): Promise<{ table: SurveyTable; preview: TablePreview }> {
  const result = await readSurveyFile(file.bytes, file.name);
  if (!result.ok) throw new Error(result.error);
  return { table: result.table, preview: toPreview(result.table, result.warnings) };
}

/** A previous KANO result, to check that asking keeps it. */
const PREVIOUS_KANO: kano.KanoState = { ...kano.initialState, results: { origin: 'old.csv', tallies: { respondents: 3, features: [], segments: [], withoutSegment: 0, hasImportance: false }, issues: null, skippedPairs: 0, warnings: [] } };
const PREVIOUS_SERVQUAL: servqual.ServqualState = { ...servqual.initialState, results: { origin: 'old.csv', payload: {} as never, issues: null, weightIssues: null, warnings: [] } };

interface KanoExpected {
  status: 'chosen' | 'asks' | 'none';
  /** [functional, dysfunctional] columns per feature. */
  pairs: [number, number][];
  segment: number | null;
  /** Substrings that must appear among the doubts shown. */
  doubts: string[];
  /** Per feature: top category, Better, Worse (hand-worked). */
  result: [string, number, number][];
}

const KANO_CASES: [string, () => CorpusFile, string | null, KanoExpected][] = [
  // Korean headers name no direction and the answers are bare codes: proposed two by two, asked.
  // 와이파이 O 5, A 3: Better (3 + 5) ÷ 8 = 1, Worse −5 ÷ 8 = −0.625. 조식 M 6, I 2: Better 0, Worse −6 ÷ 8 = −0.75.
  ['韩文 CP949 KANO（代码 1–5，表头无正向/反向）', koreanKano, 'euc-kr', { status: 'asks', pairs: [[2, 3], [4, 5]], segment: 1, doubts: ['表头没有写明', '代码 1–5：按 1 = 我很喜欢', '请确认顺序'], result: [['O', 1, -0.625], ['M', 0, -0.75]] }],
  // 问卷星 wording 如果提供 / 如果不提供 and worded answers: chosen at once, group from 出行类型.
  // 接机 O 6, A 4, I 2: Better 10 ÷ 12 = 0.833, Worse −6 ÷ 12 = −0.5. 延迟退房 M 7, I 5: Better 0, Worse −7 ÷ 12 = −0.583.
  ['问卷星 .xlsx KANO（元数据列、出行类型、两对题）', wjxKano, null, { status: 'chosen', pairs: [[7, 8], [9, 10]], segment: 6, doubts: [], result: [['O', 10 / 12, -0.5], ['M', 0, -7 / 12]] }],
  ['韩文 CP949 SERVQUAL', koreanServqual, 'euc-kr', { status: 'none', pairs: [], segment: null, doubts: [], result: [] }],
  ['含“理想”“最低”的非 SERVQUAL 问卷', idealMinimum, 'utf-8', { status: 'none', pairs: [], segment: null, doubts: [], result: [] }],
];

describe.each(KANO_CASES)('KANO: %s', (_name, file, encoding, expected) => {
  it('chooses, asks or finds nothing as expected, and computes the hand-worked figures once confirmed', async () => {
    const { table, preview } = await load(file());
    if (encoding) expect(table.source.encoding).toBe(encoding);
    const state = kanoLoaded(PREVIOUS_KANO, preview);
    const decision = state.importer.decision!;
    expect(decision.pairs.status).toBe(expected.status === 'asks' ? 'ask' : expected.status);
    const shown = [...decision.pairs.doubts, ...decision.pairs.rows.flatMap((row) => row.reasonsAgainst)].join('\n');
    for (const doubt of expected.doubts) expect(shown).toContain(doubt);
    if (expected.status === 'none') {
      expect(kano.analyse(state)).toBeNull();
      expect(state.results).toBe(PREVIOUS_KANO.results);
      return;
    }
    expect(state.importer.mapping!.features.map((feature) => [feature.functional, feature.dysfunctional])).toEqual(expected.pairs);
    expect(state.importer.mapping!.segment).toBe(expected.segment);
    let ready = state;
    if (expected.status === 'asks') {
      // Nothing runs and the previous result stays until the person confirms.
      expect(kano.isAsking(state)).toBe(true);
      expect(kano.analyse(state)).toBeNull();
      expect(state.results).toBe(PREVIOUS_KANO.results);
      ready = kano.reduce(state, { type: 'analyse' });
    }
    const request = kano.analyse(ready);
    expect(request).not.toBeNull();
    const view = selectKano(kano.receive(ready, analyseKano(table, request!)));
    expect(view.summaries.map((summary) => summary.classification?.top)).toEqual(expected.result.map(([category]) => category));
    view.summaries.forEach((summary, index) => {
      expect(summary.coefficients!.better).toBeCloseTo(expected.result[index]![1], 3);
      expect(summary.coefficients!.worse).toBeCloseTo(expected.result[index]![2], 3);
    });
    if (expected.segment !== null) expect(view.segments.length).toBe(2);
  });
});

interface ServqualExpected {
  status: 'chosen' | 'asks' | 'none';
  /** Substrings that must appear among the doubts shown. */
  doubts: string[];
  /** Hand-worked overall unweighted gap after confirming, or null. */
  gap: number | null;
}

const SERVQUAL_CASES: [string, () => CorpusFile, ServqualExpected][] = [
  // No header word the tool knows: mapped by column order (22 E then 22 P), so it asks.
  // E mean (7 + 6 + 7 + 6 + 7 + 6 + 7 + 6) ÷ 8 = 6.5, P mean (5 + 5 + 6 + 4 + 5 + 5 + 6 + 4) ÷ 8 = 5: gap 5 − 6.5 = −1.5.
  ['韩文 CP949 SERVQUAL（22 期望 + 22 感知，表头无已知字样）', koreanServqual, { status: 'asks', doubts: ['按列的顺序'], gap: -1.5 }],
  ['韩文 CP949 KANO', koreanKano, { status: 'none', doubts: [], gap: null }],
  // 如果提供…您的感受是 reads as 感知 but nothing pairs: no mapping, no suggestion.
  ['问卷星 .xlsx KANO', wjxKano, { status: 'none', doubts: [], gap: null }],
  ['含“理想”“最低”的非 SERVQUAL 问卷', idealMinimum, { status: 'none', doubts: [], gap: null }],
];

describe.each(SERVQUAL_CASES)('SERVQUAL: %s', (_name, file, expected) => {
  it('never changes the questionnaire, and chooses, asks or finds nothing as expected', async () => {
    const { table, preview } = await load(file());
    const state = servqualLoaded(PREVIOUS_SERVQUAL, preview);
    // An import never changes a setting by itself, and offers no format change here.
    expect(state.questionnaire).toBe(PREVIOUS_SERVQUAL.questionnaire);
    expect(state.importer.suggestion).toBeNull();
    expect(state.importer.decision!.status).toBe(expected.status === 'asks' ? 'ask' : expected.status);
    for (const doubt of expected.doubts) expect(state.importer.decision!.doubts.join('\n')).toContain(doubt);
    expect(servqual.analyse(state)).toBeNull();
    expect(state.results).toBe(PREVIOUS_SERVQUAL.results);
    if (expected.gap === null) return;
    const confirmed = servqual.reduce(state, { type: 'analyseNow' });
    const result = analyseServqual(table, servqual.analyse(confirmed)!);
    if (!result.ok) throw new Error(result.error);
    expect(result.summary.respondents).toBe(8);
    expect(result.summary.overall.unweighted.mean).toBeCloseTo(expected.gap, 6);
    expect(result.summary.items.every((item) => Math.abs(item.gap.mean - expected.gap!) < 1e-9)).toBe(true);
  });
});

describe.each([
  ['韩文 CP949 SERVQUAL', koreanServqual],
  ['韩文 CP949 KANO', koreanKano],
  ['问卷星 .xlsx KANO', wjxKano],
  ['含“理想”“最低”的非 SERVQUAL 问卷', idealMinimum],
])('NPS: %s', (_name, file) => {
  it('has no 0–10 column, so nothing is computed at once', async () => {
    const { preview } = await load(file());
    const state = npsLoaded(nps.initialState, preview);
    expect(state.importer.decision?.score.status).not.toBe('chosen');
    expect(nps.analyse(state)).toBeNull();
  });
});

describe('the 理想/最低 file under the three-column format', () => {
  it('still maps nothing and leaves the format alone', async () => {
    const { preview } = await load(idealMinimum());
    const before = servqual.reduce(servqual.initialState, { type: 'update', patch: { format: 'three-column' } });
    const after = servqualLoaded(before, preview);
    expect(after.questionnaire).toBe(before.questionnaire);
    expect(after.importer.decision!.status).toBe('none');
    expect(servqual.analyse(after)).toBeNull();
  });
});
