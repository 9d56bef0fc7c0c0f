/**
 * The KANO tool's reducer, worker hand-off, share codec and storage, including the link and the
 * three stored keys saved from the page before the tool kernel (tests/unit/fixtures/legacy/kano.json).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseEnvelope } from '../../../src/lib/tool';
import { readToolLink } from '../../../src/lib/tool/read';
import * as kano from '../../../src/lib/kano/state';
import { loaded as kanoLoaded } from '../../../src/lib/kano/loaded';
import { selectKano, tallyCategories } from '../../../src/lib/kano/select';
import { initialKernel, kernelReducer } from '../../../src/lib/tool/kernel';
import type { TablePreview } from '../../../src/lib/import/types';
import { schema as kanoSchema } from '../../../src/lib/kano/schema';

const spec = { version: kano.STATE_VERSION, schema: kanoSchema, migrations: kano.migrations, legacy: kano.legacy, sharePayload: (state: kano.KanoState) => state, shareCodec: kano.shareCodec };
const fixture = JSON.parse(readFileSync('tests/unit/fixtures/legacy/kano.json', 'utf8')) as { hash: string; storage: Record<string, string> };
// One worded answer row: the columns' values confirm what the headers say (columnRoles.ts), so the table runs at once.
const preview = (headers: string[]) => ({ source: { fileName: 'a.csv' }, headers, rows: [['商务', '我很喜欢', '我很不喜欢']], rowCount: 1 }) as unknown as TablePreview;
const HEADERS = ['客群', '免费 Wi-Fi（正向）', '免费 Wi-Fi（反向）'];

describe('a link and stored state from before the kernel', () => {
  it('the link opens with 300 respondents, 8 features and 6 segments; 客房清洁卫生 is must-be (206 of 300, see legacyLinks.test.ts)', () => {
    const link = readToolLink(fixture.hash, kano.TOOL_ID, spec);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    // The link carries the page's questionnaire design (the default, 3 features) and the example's results (8 features).
    expect(link.value.questionnaire.features).toHaveLength(3);
    // The notice counts the analysed features as the results do, and names the design's 3 apart.
    expect(kano.sharedNotice(link.value)).toBe('已载入分享链接中的结果：8 项功能，300 位受访者。链接里的问卷设计有 3 项功能，见“① 设计问卷”。');
    const view = selectKano(link.value);
    expect(view.summaries).toHaveLength(8);
    expect(view.segments).toHaveLength(6);
    expect(view.summaries.find((summary) => summary.name === '客房清洁卫生')?.classification?.category).toBe('M');
  });

  it('the three stored keys migrate into one state', () => {
    const gathered = Object.fromEntries(Object.entries(fixture.storage).map(([key, raw]) => [key, JSON.parse(raw) as unknown]));
    const stored = parseEnvelope(gathered, spec);
    expect(stored).toMatchObject({ ok: true, migrated: true });
    if (!stored.ok) return;
    expect(stored.value.results?.origin).toBe('教学示例数据（虚构）');
    expect(stored.value.results?.tallies.respondents).toBe(300);
    expect(stored.value.importer.mapping).toBeNull();
  });

  it('a link written now is the old format: it opens with the old parser too', () => {
    const link = readToolLink(fixture.hash, kano.TOOL_ID, spec);
    if (!link.ok) throw new Error('fixture did not open');
    const { payload, note } = kano.shareCodec.write(link.value);
    expect(note).toBeNull();
    expect(kano.shareCodec.read(payload)).toMatchObject({ ok: true, value: { results: { tallies: { respondents: 300 } } } });
  });
});

describe('reduce', () => {
  const loaded = kanoLoaded(kano.initialState, preview(HEADERS));

  it('a table whose headers name both questions is run straight away', () => {
    expect(loaded.importer.run?.features).toHaveLength(1);
    expect(kano.analyse(loaded)).toMatchObject({ kind: 'kano' });
  });

  it.each<[string, kano.KanoEvent, (state: kano.KanoState) => unknown, unknown]>([
    ['rename a feature', { type: 'feature', index: 0, patch: { name: 'Wi-Fi' } }, (state) => state.importer.mapping?.features[0]?.name, 'Wi-Fi'],
    ['add a feature', { type: 'addFeature' }, (state) => state.importer.mapping?.features.length, 2],
    ['remove a feature', { type: 'removeFeature', index: 0 }, (state) => state.importer.mapping?.features.length, 0],
    ['choose the segment column', { type: 'segmentColumn', column: 0 }, (state) => state.importer.mapping?.segment, 0],
    ['reference lines', { type: 'view', patch: { lines: 'mean' } }, (state) => state.view.lines, 'mean'],
    ['questionnaire title', { type: 'questionnaire', patch: { title: '酒店' } }, (state) => state.questionnaire.title, '酒店'],
  ])('%s', (_case, event, read, expected) => {
    expect(read(kano.reduce(loaded, event))).toBe(expected);
  });

  it('editing the mapping does not run it; 计算 does, and an empty mapping gives a message instead', () => {
    const edited = kano.reduce(loaded, { type: 'feature', index: 0, patch: { name: 'Wi-Fi' } });
    expect(kano.analyse(edited)).toEqual(kano.analyse(loaded));
    expect(kano.analyse(kano.reduce(edited, { type: 'analyse' }))?.mapping.features[0]?.name).toBe('Wi-Fi');
    const empty = kano.reduce(kano.reduce(loaded, { type: 'removeFeature', index: 0 }), { type: 'analyse' });
    expect(empty.importer.error).toContain('还没有要分析的功能');
  });
});

describe('the known flake: 清除全部数据 while the worker is still busy', () => {
  it('the late answer is dropped by the kernel', () => {
    const step = kernelReducer(kano.reduce, { analyse: kano.analyse, loaded: kanoLoaded, receive: kano.receive });
    const tallies = { respondents: 3, features: [], segments: [], withoutSegment: 0, hasImportance: false };
    const late = { ok: true as const, tallies, issues: { total: 0, first: [] }, skippedPairs: 0, warnings: [] } as never;
    let kernel = step(initialKernel(kano.initialState), { kind: 'loaded', preview: preview(HEADERS) });
    kernel = step(kernel, { kind: 'requested', id: 4 });
    kernel = step(kernel, { kind: 'replace', state: kano.initialState, message: null });
    const after = step(kernel, { kind: 'result', id: 4, result: late, request: kano.analyse(kanoLoaded(kano.initialState, preview(HEADERS)))! });
    expect(after.tool.results).toBeNull();
  });
});

describe('selectors', () => {
  it('tallyCategories counts each feature once by its winning category', () => {
    // Two must-be, one attractive, one without a classification.
    const tally = tallyCategories([{ classification: { category: 'M' } }, { classification: { category: 'M' } }, { classification: { category: 'A' } }, { classification: null }] as never);
    expect(tally).toEqual({ M: 2, O: 0, A: 1, I: 0, R: 0, Q: 0 });
  });
});

describe('the answer mapping', () => {
  const loaded = kanoLoaded(kano.initialState, preview(HEADERS));
  const values = { values: [{ value: 'Me gusta', count: 3, answer: null, mapped: false, code: false }], distinct: 1, unrecognisedCells: 3, hasCodes: false };
  const failed = kano.receive(loaded, { ok: false, error: '所选列里没有一对能识别的回答', answerValues: values });
  const tallies = { respondents: 3, features: [], segments: [], withoutSegment: 0, hasImportance: false };
  const success = { ok: true as const, tallies, issues: { total: 0, first: [] }, skippedPairs: 0, warnings: [], answerValues: null };

  it('a new table asks with the built-in reading only (the request has no answers)', () => {
    expect(kano.analyse(loaded)).toEqual({ kind: 'kano', mapping: loaded.importer.run });
  });

  it('a failed analysis keeps the previous results and lists the values met', () => {
    const withResults = { ...failed, results: { origin: 'old.csv', tallies, issues: null, skippedPairs: 0, warnings: [] } };
    const again = kano.receive(withResults, { ok: false, error: '失败', answerValues: values });
    expect(again.results?.origin).toBe('old.csv');
    expect(again.importer.answerValues).toEqual(values);
    expect(kano.importMessage(again, true)).toBe('失败');
  });

  it('mapping values is a draft; 按此对应重新分析 sends them with the request', () => {
    const mapped = kano.reduce(failed, { type: 'answerValue', value: 'Me gusta', answer: 1 });
    expect(kano.analyse(mapped)).toEqual(kano.analyse(loaded));
    const run = kano.reduce(kano.reduce(mapped, { type: 'answerOrder', order: 'dislike-first' }), { type: 'analyse' });
    expect(kano.analyse(run)?.answers).toEqual({ order: 'dislike-first', values: { 'Me gusta': 1 } });
    // Back to the built-in reading removes the value.
    expect(kano.reduce(mapped, { type: 'answerValue', value: 'Me gusta', answer: null }).importer.answers.values).toEqual({});
  });

  it('a successful run clears the stale error and the headers hint', () => {
    const noFeatures = kanoLoaded(kano.initialState, preview(['问题一', '问题二']));
    expect(kano.importMessage(noFeatures, true)).toContain('没有从表头认出');
    const done = kano.receive({ ...noFeatures, importer: { ...noFeatures.importer, error: '旧的错误' } }, success as never);
    expect(done.importer.error).toBeNull();
    expect(kano.importMessage(done, true)).toBeNull();
  });

  it('a new file starts again from the built-in reading: a code order chosen before is not carried over', () => {
    const reversed = kano.reduce(kano.reduce(failed, { type: 'answerOrder', order: 'dislike-first' }), { type: 'analyse' });
    const next = kanoLoaded(reversed, preview(HEADERS));
    expect(next.importer.answers).toEqual({ order: 'like-first', values: {} });
    expect(kano.analyse(next)?.answers).toBeUndefined();
  });

  it('a version-1 stored state migrates with the built-in reading', () => {
    const { answers: _answers, runAnswers: _runAnswers, answerValues: _answerValues, succeeded: _succeeded, ...importer } = loaded.importer;
    const parsed = parseEnvelope({ v: 1, s: { ...loaded, importer } }, spec);
    expect(parsed).toMatchObject({ ok: true, migrated: true, value: { importer: { answers: { order: 'like-first', values: {} }, succeeded: false } } });
  });
});
