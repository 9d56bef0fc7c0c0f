/**
 * The SERVQUAL tool's reducer, share codec and storage, including the link and the three stored
 * keys saved from the page before the tool kernel (tests/unit/fixtures/legacy/servqual.json).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseEnvelope } from '../../../src/lib/tool';
import { readToolLink } from '../../../src/lib/tool/read';
import { initialKernel, kernelReducer } from '../../../src/lib/tool/kernel';
import { parseServqualSharePayload } from '../../../src/lib/servqual/sharePayload';
import * as servqual from '../../../src/lib/servqual/state';
import { createQuestionnaire } from '../../../src/lib/servqual/questionnaire';
import { templateHeaders } from '../../../src/lib/servqual/columns';
import { schema as servqualSchema } from '../../../src/lib/servqual/schema';

const codec = servqual.shareCodec(() => null);
const spec = { version: servqual.STATE_VERSION, schema: servqualSchema, legacy: servqual.legacy, sharePayload: (state: servqual.ServqualState) => state, shareCodec: codec };
const fixture = JSON.parse(readFileSync('tests/unit/fixtures/legacy/servqual.json', 'utf8')) as { hash: string; storage: Record<string, string> };
const summaryOf = (state: servqual.ServqualState) => {
  const parsed = parseServqualSharePayload(state.results?.payload);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.state.summary;
};

describe('a link and stored state from before the kernel', () => {
  it('the link opens with 160 respondents and the overall gaps of today’s page (−0.74 unweighted, −0.81 weighted)', () => {
    const link = readToolLink(fixture.hash, servqual.TOOL_ID, spec);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const summary = summaryOf(link.value);
    expect(summary.respondents).toBe(160);
    expect(summary.overall.unweighted.mean).toBeCloseTo(-0.7385, 4);
    expect(summary.overall.weighted?.mean).toBeCloseTo(-0.8121, 4);
    expect(servqual.sharedNotice(link.value)).toBe(`已载入分享链接中的结果：160 位受访者，${summary.items.length} 个题项。`);
  });

  it('the three stored keys migrate into one state with the same numbers', () => {
    const gathered = Object.fromEntries(Object.entries(fixture.storage).map(([key, raw]) => [key, JSON.parse(raw) as unknown]));
    const stored = parseEnvelope(gathered, spec);
    expect(stored).toMatchObject({ ok: true, migrated: true });
    if (!stored.ok) return;
    expect(stored.value.results?.origin).toBe('教学示例数据（虚构的酒店调查）');
    expect(summaryOf(stored.value).overall.unweighted.mean).toBeCloseTo(-0.7385, 4);
  });

  it('a link written now is the old format and opens again to the same numbers', () => {
    const link = readToolLink(fixture.hash, servqual.TOOL_ID, spec);
    if (!link.ok) throw new Error('fixture did not open');
    const again = codec.read(codec.write(link.value).payload);
    expect(again.ok && summaryOf(again.value).respondents).toBe(160);
  });
});

describe('reduce', () => {
  it.each<[string, servqual.ServqualEvent, (state: servqual.ServqualState) => unknown, unknown]>([
    ['title', { type: 'update', patch: { title: '酒店' } }, (state) => state.questionnaire.title, '酒店'],
    ['crosshairs', { type: 'view', patch: { crosshairs: 'scale-midpoint' } }, (state) => state.view.crosshairs, 'scale-midpoint'],
    ['a typed weight', { type: 'typedWeight', dimension: 'reliability', text: '30' }, (state) => state.view.typedWeights.reliability, '30'],
    ['a column without an import does nothing', { type: 'weightColumn', dimension: 'empathy', column: 3 }, (state) => state.importer.mapping, null],
  ])('%s', (_case, event, read, expected) => {
    expect(read(servqual.reduce(servqual.initialState, event))).toEqual(expected);
  });

  it('adding an item keeps the other items’ columns (alignMapping)', () => {
    const mapping = { items: [{ itemId: 'x', columns: { expected: 1, desired: null, adequate: null, perceived: 2 } }], weights: servqual.DEFAULT_VIEW.typedWeights as never };
    const aligned = servqual.alignMapping(mapping, servqual.initialState.questionnaire);
    expect(aligned.items.length).toBe(servqual.initialState.questionnaire.items.length);
    expect(aligned.items.every((entry) => entry.columns.expected === null)).toBe(true);
  });
});

describe('a late worker answer after 全部重置', () => {
  it('is dropped by the kernel', () => {
    const step = kernelReducer(servqual.reduce, { analyse: servqual.analyse, loaded: servqual.loaded, receive: servqual.receive });
    const request = { kind: 'servqual' as const, questionnaire: servqual.initialState.questionnaire, mapping: { items: [], weights: {} as never } };
    let kernel = step(initialKernel(servqual.initialState), { kind: 'requested', id: 2 });
    kernel = step(kernel, { kind: 'replace', state: servqual.initialState, message: null });
    const after = step(kernel, { kind: 'result', id: 2, result: { ok: false, error: '迟到的答复', issues: null } as never, request });
    expect(after).toBe(kernel);
  });
});

describe('an import never changes the questionnaire without consent', () => {
  // One answer row of 4s by default: a column's values must fit the 1–7 scale for its mapping to be chosen at once (columnRoles.ts).
  const preview = (headers: string[], rows: string[][] = [headers.map(() => '4')]) => ({ source: { fileName: 'a.csv' }, headers, rows, rowCount: rows.length }) as never;
  const twoColumn = { ...servqual.initialState, questionnaire: createQuestionnaire('hotel', { format: 'two-column', askWeights: false }) };
  const threeColumnHeaders = templateHeaders(createQuestionnaire('hotel', { format: 'three-column', askWeights: false }));

  it.each<[string, string[], servqual.SettingsSuggestion | null]>([
    // Not a SERVQUAL survey: 理想 and 最低 appear in headers but no item maps under either format.
    ['a header with 理想 or 最低 in a survey that is not SERVQUAL', ['序号', '您理想的入住时间', '最低可接受房价', '城市'], null],
    // A real three-column file: 22 items have D and P columns, none has E.
    ['a three-column file (22 items with desired and perceived columns)', threeColumnHeaders, { format: 'three-column', items: 22, askWeights: false }],
  ])('%s: format unchanged, suggestion as expected', (_case, headers, suggestion) => {
    const loaded = servqual.loaded(twoColumn, preview(headers));
    expect(loaded.questionnaire).toEqual(twoColumn.questionnaire);
    expect(loaded.importer.suggestion).toEqual(suggestion);
  });

  it('accepting applies the format and maps the columns again; declining keeps every setting', () => {
    const loaded = servqual.loaded(twoColumn, preview(threeColumnHeaders));
    const accepted = servqual.reduce(loaded, { type: 'acceptSuggestion', preview: preview(threeColumnHeaders) });
    expect(accepted.questionnaire.format).toBe('three-column');
    expect(accepted.importer.suggestion).toBeNull();
    expect(servqual.analyse(accepted)?.questionnaire.format).toBe('three-column');
    const declined = servqual.reduce(loaded, { type: 'declineSuggestion' });
    expect(declined.questionnaire).toEqual(twoColumn.questionnaire);
    expect(declined.importer.suggestion).toBeNull();
  });

  it('importance columns for every dimension suggest asking for them, and only accepting turns it on', () => {
    const withWeights = templateHeaders(createQuestionnaire('hotel', { format: 'two-column', askWeights: true }));
    const loaded = servqual.loaded(twoColumn, preview(withWeights));
    expect(loaded.questionnaire.askWeights).toBe(false);
    expect(loaded.importer.suggestion).toEqual({ format: null, items: 0, askWeights: true });
    // The two-column items map under the current settings, so the analysis runs meanwhile.
    expect(servqual.analyse(loaded)).not.toBeNull();
    expect(servqual.reduce(loaded, { type: 'acceptSuggestion', preview: preview(withWeights) }).questionnaire.askWeights).toBe(true);
  });

  it('a failed analysis keeps the previous results and settings', () => {
    const before = { ...twoColumn, results: { origin: 'old.csv', payload: {} as never, issues: null, weightIssues: null, warnings: [] } };
    const failed = servqual.receive(servqual.loaded(before, preview(threeColumnHeaders)), { ok: false, error: '没有可用的题目' } as never);
    expect(failed.results?.origin).toBe('old.csv');
    expect(failed.questionnaire).toEqual(twoColumn.questionnaire);
    expect(failed.importer.error).toBe('没有可用的题目');
  });
});
