/**
 * The KANO tool's reducer, worker hand-off, share codec and storage, including the link and the
 * three stored keys saved from the page before the tool kernel (tests/unit/fixtures/legacy/kano.json).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseEnvelope } from '../../../src/lib/tool';
import { readToolLink } from '../../../src/lib/tool/share';
import * as kano from '../../../src/lib/kano/state';
import { selectKano, tallyCategories } from '../../../src/lib/kano/select';
import { initialKernel, kernelReducer } from '../../../src/lib/tool/kernel';
import type { TablePreview } from '../../../src/lib/import/types';

const spec = { version: kano.STATE_VERSION, schema: kano.schema, legacy: kano.legacy, sharePayload: (state: kano.KanoState) => state, shareCodec: kano.shareCodec };
const fixture = JSON.parse(readFileSync('tests/unit/fixtures/legacy/kano.json', 'utf8')) as { hash: string; storage: Record<string, string> };
const preview = (headers: string[]) => ({ source: { fileName: 'a.csv' }, headers, rows: [], rowCount: 1 }) as unknown as TablePreview;
const HEADERS = ['客群', '免费 Wi-Fi（正向）', '免费 Wi-Fi（反向）'];

describe('a link and stored state from before the kernel', () => {
  it('the link opens with 300 respondents, 8 features and 6 segments; 客房清洁卫生 is must-be (206 of 300, see legacyLinks.test.ts)', () => {
    const link = readToolLink(fixture.hash, kano.TOOL_ID, spec);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    // The link carries the page's questionnaire design (the default, 3 features) and the example's results (8 features).
    expect(link.value.questionnaire.features).toHaveLength(3);
    expect(kano.sharedNotice(link.value)).toBe('已载入分享链接中的问卷（3 项功能）和结果（300 位受访者）。');
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
  const loaded = kano.loaded(kano.initialState, preview(HEADERS));

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
    const step = kernelReducer(kano.reduce, { analyse: kano.analyse, loaded: kano.loaded, receive: kano.receive });
    const tallies = { respondents: 3, features: [], segments: [], withoutSegment: 0, hasImportance: false };
    const late = { ok: true as const, tallies, issues: { total: 0, first: [] }, skippedPairs: 0, warnings: [] } as never;
    let kernel = step(initialKernel(kano.initialState), { kind: 'loaded', preview: preview(HEADERS) });
    kernel = step(kernel, { kind: 'requested', id: 4 });
    kernel = step(kernel, { kind: 'replace', state: kano.initialState, message: null });
    const after = step(kernel, { kind: 'result', id: 4, result: late, request: kano.analyse(kano.loaded(kano.initialState, preview(HEADERS)))! });
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
