/**
 * The import corpus, table-driven (issue 12): for each generated export, what the NPS tool does —
 * the column it chooses (or that it asks), the encoding it reports, the warnings, and the NPS.
 * The expected NPS figures are worked by hand from the score lists in fixtures/corpus.ts:
 * NPS = (promoters − detractors) ÷ n × 100, promoters 9–10, detractors 0–6.
 */
import { describe, expect, it } from 'vitest';
import { readSurveyFile } from '../../../src/lib/import/load';
import { toPreview } from '../../../src/lib/import/table';
import type { SurveyTable } from '../../../src/lib/import/types';
import { analyseNps } from '../../../src/lib/nps/analyseNps';
import * as nps from '../../../src/lib/nps/state';
import { loaded as npsLoaded } from '../../../src/lib/nps/loaded';
import { selectNps } from '../../../src/lib/nps/select';
import { big5, cp949, likertOnly, shiftJis, windows1252, wjx2016Options, wjx2016Text, wjx2023, type CorpusFile } from './fixtures/corpus';

interface Expected {
  file: () => CorpusFile;
  /** The score column chosen at once, or 'asks'. */
  score: number | 'asks';
  group: number | null;
  encoding: string | null;
  optionNumbers: boolean;
  /** Hand-worked: promoters, passives, detractors, n, NPS (one decimal). */
  result: { promoters: number; passives: number; detractors: number; n: number; nps: number } | null;
  /** Substrings every one of which must appear among the warnings. */
  warnings: string[];
}

const CASES: [string, Expected][] = [
  // Scores 10 9 9 8 7 6 5 3 10 (跳过) 9 0: promoters 10,9,9,10,9 = 5; passives 8,7 = 2; detractors 6,5,3,0 = 4; n = 11; (5 − 4) ÷ 11 × 100 = 9.09.
  ['问卷星 2016 .xls 选项文本', { file: wjx2016Text, score: 8, group: 6, encoding: null, optionNumbers: false, result: { promoters: 5, passives: 2, detractors: 4, n: 11, nps: 9.1 }, warnings: ['只有 11 份回答'] }],
  // The same answers as option numbers 1–11 (minus 1 each), one skipped as -3: the same NPS after conversion.
  ['问卷星 2016 .xls 选项序号', { file: wjx2016Options, score: 10, group: 6, encoding: null, optionNumbers: true, result: { promoters: 5, passives: 2, detractors: 4, n: 11, nps: 9.1 }, warnings: ['按选项序号 1–11 读取', '只有 11 份回答'] }],
  // 10 10 9 8 8 7 6 6 4 2 9 10: promoters 5, passives 8,8,7 = 3, detractors 6,6,4,2 = 4, n = 12; (5 − 4) ÷ 12 × 100 = 8.33.
  ['问卷星 2023 .xlsx（元数据列、137秒、总分）', { file: wjx2023, score: 8, group: 6, encoding: null, optionNumbers: false, result: { promoters: 5, passives: 3, detractors: 4, n: 12, nps: 8.3 }, warnings: ['只有 12 份回答'] }],
  // Only 1–5 items: the 推荐 item is listed (with its reason against) but nothing is computed.
  ['只有量表题的问卷（UTF-8 CSV）', { file: likertOnly, score: 'asks', group: null, encoding: 'utf-8', optionNumbers: false, result: null, warnings: [] }],
  // 10 9 8 7 6 10 3 9 5 10: promoters 5, passives 2, detractors 6,3,5 = 3; n = 10; 20.0.
  ['韩文 CP949 CSV', { file: cp949, score: 3, group: 1, encoding: 'euc-kr', optionNumbers: false, result: { promoters: 5, passives: 2, detractors: 3, n: 10, nps: 20 }, warnings: ['只有 10 份回答'] }],
  // 9 10 7 3 10 8 6 9: promoters 4, passives 2, detractors 2; n = 8; 25.0.
  ['繁体 Big5 CSV', { file: big5, score: 3, group: 1, encoding: 'big5', optionNumbers: false, result: { promoters: 4, passives: 2, detractors: 2, n: 8, nps: 25 }, warnings: ['只有 8 份回答'] }],
  // 10 9 9 2 5 7 8 10 0 9: promoters 5, passives 2, detractors 2,5,0 = 3; n = 10; 20.0.
  ['日文 Shift_JIS CSV', { file: shiftJis, score: 3, group: 1, encoding: 'shift_jis', optionNumbers: false, result: { promoters: 5, passives: 2, detractors: 3, n: 10, nps: 20 }, warnings: ['只有 10 份回答'] }],
  // 10 9 6 7 8 9 10 4 3 9: promoters 5, passives 2, detractors 6,4,3 = 3; n = 10; 20.0.
  ['西欧 windows-1252 CSV', { file: windows1252, score: 3, group: 1, encoding: 'windows-1252', optionNumbers: false, result: { promoters: 5, passives: 2, detractors: 3, n: 10, nps: 20 }, warnings: ['只有 10 份回答'] }],
];

async function load(file: CorpusFile): Promise<{ table: SurveyTable; warnings: string[] }> {
  const result = await readSurveyFile(file.bytes, file.name);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe.each(CASES)('%s', (_name, expected) => {
  it('is read with the expected encoding, column choice and result', async () => {
    const { table, warnings } = await load(expected.file());
    const report = table.source.encodingReport;
    if (expected.encoding === null) expect(report).toBeUndefined();
    else {
      expect(report?.encoding).toBe(expected.encoding);
      // A scored guess is never presented as certain.
      if (report?.basis === 'scored') expect(report.confidence).not.toBe('sure');
    }
    const previous = nps.reduce(nps.initialState, { type: 'example' });
    const state = npsLoaded(previous, toPreview(table, warnings));
    if (expected.score === 'asks') {
      expect(state.importer.scoreColumn).toBeNull();
      expect(state.importer.decision?.score.status).not.toBe('chosen');
      expect(nps.analyse(state)).toBeNull();
      // Until the person chooses, the previous result stays.
      expect(state.table).toBe(previous.table);
      return;
    }
    expect(state.importer.decision?.score.status).toBe('chosen');
    expect(state.importer.scoreColumn).toBe(expected.score);
    expect(state.importer.segmentColumn).toBe(expected.group);
    expect(state.importer.optionNumbers).toBe(expected.optionNumbers);
    const request = nps.analyse(state);
    expect(request).not.toBeNull();
    const tally = analyseNps(table, request!);
    const view = selectNps(nps.receive(state, tally));
    expect(view.outcome.status).toBe('ok');
    if (view.outcome.status !== 'ok' || !expected.result) return;
    const { summary } = view.outcome;
    expect([summary.promoters, summary.passives, summary.detractors, summary.total]).toEqual([expected.result.promoters, expected.result.passives, expected.result.detractors, expected.result.n]);
    expect(summary.nps).toBeCloseTo(expected.result.nps, 1);
    for (const warning of expected.warnings) expect(view.outcome.warnings.join('\n')).toContain(warning);
    // The CSV export carries the same warnings.
    const csv = view.csvRows!.map((row) => row.join(',')).join('\n');
    for (const warning of view.outcome.warnings) expect(csv).toContain(warning);
  });
});

describe('a Likert-only file, 推荐 item chosen by hand', () => {
  it('computes, but warns that every score is at most 5 and claims no precision', async () => {
    const { table, warnings } = await load(likertOnly());
    const asked = npsLoaded(nps.initialState, toPreview(table, warnings));
    expect(asked.importer.decision?.score.candidates.map((candidate) => candidate.column)).toEqual([3]);
    expect(asked.importer.decision?.score.candidates[0]!.reasonsAgainst.join('')).toContain('最大值只有 5');
    const chosen = nps.reduce(asked, { type: 'column', field: 'scoreColumn', column: 3 });
    const view = selectNps(nps.receive(chosen, analyseNps(table, nps.analyse(chosen)!)));
    if (view.outcome.status !== 'ok') throw new Error('expected a result');
    // Values 4 5 2 3 4 5 2 3 4 5 2 3 4 5 2: fifteen detractors, NPS −100.
    expect(view.outcome.summary.nps).toBe(-100);
    expect(view.outcome.warnings[0]).toContain('所有分数都不超过 5');
    expect(view.outcome.reading.join('')).not.toContain('精度较高');
  });
});

describe('the option-number file read as plain numbers (switch turned off)', () => {
  it('counts 11 as invalid and says the column may be option numbers', async () => {
    const { table, warnings } = await load(wjx2016Options());
    const state = nps.reduce(npsLoaded(nps.initialState, toPreview(table, warnings)), { type: 'optionNumbers', value: false });
    const tally = analyseNps(table, nps.analyse(state)!);
    if (!tally.ok) throw new Error(tally.error);
    // Two cells hold 11 (the two 10分 answers).
    expect(tally.notes.join('')).toContain('有 2 个 11');
  });
});
