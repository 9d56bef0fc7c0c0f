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
import * as rules from '../../../src/lib/servqual/loaded';
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
    const step = kernelReducer(servqual.reduce, { analyse: servqual.analyse, loaded: rules.loaded, receive: servqual.receive });
    const request = { kind: 'servqual' as const, questionnaire: servqual.initialState.questionnaire, mapping: { items: [], weights: {} as never } };
    let kernel = step(initialKernel(servqual.initialState), { kind: 'requested', id: 2 });
    kernel = step(kernel, { kind: 'replace', state: servqual.initialState, message: null });
    const after = step(kernel, { kind: 'result', id: 2, result: { ok: false, error: '迟到的答复', issues: null } as never, request });
    expect(after).toBe(kernel);
  });
});
