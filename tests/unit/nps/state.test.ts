/**
 * The NPS tool's reducer, its worker hand-off and its storage/link schema, including links and
 * stored inputs saved from the page before the tool kernel (tests/unit/fixtures/legacy/nps.json).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeToolShare, encodeToolShare, parseEnvelope, parseStored } from '../../../src/lib/tool';
import { encodeShareState } from '../../../src/lib/share';
import * as nps from '../../../src/lib/nps/state';
import { loaded as npsLoaded } from '../../../src/lib/nps/loaded';
import { selectNps, sharePayload } from '../../../src/lib/nps/select';
import type { TablePreview } from '../../../src/lib/import/types';
import { schema as npsSchema } from '../../../src/lib/nps/schema';

const spec = { version: nps.STATE_VERSION, schema: npsSchema, legacy: nps.legacy };
const fixture = JSON.parse(readFileSync('tests/unit/fixtures/legacy/nps.json', 'utf8')) as { hash: string; storage: Record<string, string> };

/** The example's pooled counts: detractors 6+4+7+10+12+17+20 = 76, passives 33+60 = 93, promoters 58+73 = 131, n = 300. */
const EXAMPLE_NPS = (100 * (131 - 76)) / 300; // 18.33…

describe('reduce', () => {
  it.each<[string, nps.NpsEvent, Partial<nps.NpsState>]>([
    ['mode', { type: 'mode', mode: 'counts' }, { mode: 'counts' }],
    ['raw text', { type: 'rawText', text: '10 9' }, { rawText: '10 9' }],
    ['planner field', { type: 'planner', field: 'margin', text: '3' }, { planner: { ...nps.DEFAULT_PLANNER, margin: '3' } }],
    // 0.4367 → 43.67 % → one decimal 43.7; 0.125 → 12.5.
    ['planner from a result', { type: 'plannerFromShares', promoterShare: 0.4367, detractorShare: 0.125 }, { planner: { promoterPercent: '43.7', detractorPercent: '12.5', margin: '5' } }],
    ['comparison', { type: 'compare', field: 'second', label: '城西店' }, { comparison: { first: '', second: '城西店' } }],
  ])('%s', (_case, event, expected) => {
    expect(nps.reduce(nps.initialState, event)).toMatchObject(expected);
  });

  it('one count box changes, the others stay', () => {
    const next = nps.reduce(nps.initialState, { type: 'countBox', score: 9, text: '12' });
    expect(next.countBoxes[9]).toBe('12');
    expect(next.countBoxes.filter((box) => box === '')).toHaveLength(10);
  });

  it('the example: three hotels, 300 answers, NPS (131 − 76) / 300 = 18.3', () => {
    const view = selectNps(nps.reduce(nps.initialState, { type: 'example' }));
    expect(view.outcome.status).toBe('ok');
    if (view.outcome.status !== 'ok') return;
    expect(view.outcome.summary.total).toBe(300);
    expect(view.outcome.summary.nps).toBeCloseTo(EXAMPLE_NPS, 6);
    expect(view.segments).toHaveLength(3);
  });
});

describe('survey worker hand-off', () => {
  const preview = { source: { fileName: 'a.csv' }, headers: ['门店', '推荐'], rows: [['城东店', '9'], ['城西店', '3']] } as unknown as TablePreview;

  it('a loaded table picks the score column and asks for a tally', () => {
    const state = npsLoaded(nps.initialState, preview);
    expect(state.importer).toMatchObject({ fileName: 'a.csv', scoreColumn: 1 });
    expect(nps.analyse(state)).toMatchObject({ kind: 'nps', scoreColumn: 1 });
  });

  it('no score column: no request', () => {
    expect(nps.analyse(nps.initialState)).toBeNull();
  });

  it('a tally becomes the table, named after the file', () => {
    const state = nps.receive(npsLoaded(nps.initialState, preview), { ok: true, counts: [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0], segments: null, scoreHeader: '推荐', segmentHeader: null, segmentError: null, issues: null } as never);
    expect(state.mode).toBe('table');
    expect(state.table?.origin).toBe('a.csv');
  });

  it('a failed tally keeps the previous table and shows the message', () => {
    const before = nps.reduce(nps.initialState, { type: 'example' });
    const after = nps.receive(before, { ok: false, error: '没有有效的分数', issues: null });
    expect(after.table).toBe(before.table);
    expect(after.importer.error).toBe('没有有效的分数');
  });
});

describe('links and stored state', () => {
  it('a link made before the kernel opens to the same numbers: 300 answers, 3 hotels, NPS 18.3', () => {
    const link = decodeToolShare(fixture.hash, nps.TOOL_ID, spec);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(nps.sharedNotice(link.value)).toBe('已载入分享链接中的数据：300 份回答，3 个分组。');
    const { outcome } = selectNps(link.value);
    expect(outcome.status === 'ok' && outcome.summary.nps).toBeCloseTo(EXAMPLE_NPS, 6);
  });

  it('an old counts-only link opens in the counts boxes', () => {
    const link = decodeToolShare(encodeShareState({ c: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3] }, 'nps'), nps.TOOL_ID, spec);
    expect(link.ok && link.value.mode).toBe('counts');
    // 3 promoters, 1 detractor of 4: (3 − 1) / 4 = 50.
    expect(link.ok && selectNps(link.value).outcome).toMatchObject({ status: 'ok', summary: { nps: 50 } });
  });

  it('an old link whose counts make no sense keeps its old reason', () => {
    const link = decodeToolShare(encodeShareState({ c: [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] }, 'nps'), nps.TOOL_ID, spec);
    expect(link).toMatchObject({ ok: false, empty: false });
    expect(!link.ok && link.message).toContain('各分数的人数应为 11 个非负整数');
  });

  it('inputs stored by the old page migrate (jzfw:nps:inputs:v1)', () => {
    const stored = parseStored(fixture.storage[nps.LEGACY_STORAGE_KEY]!, spec);
    expect(stored).toMatchObject({ ok: true, migrated: true });
    if (!stored.ok) return;
    expect(stored.value.table?.origin).toBe('教学示例数据（虚构）');
    expect(stored.value.importer.scoreColumn).toBeNull();
  });

  it('a new link round-trips and carries counts only, never the typed text', () => {
    let state = nps.reduce(nps.initialState, { type: 'rawText', text: '10 10 9 3' });
    state = nps.reduce(state, { type: 'planner', field: 'margin', text: '2' });
    const link = decodeToolShare(encodeToolShare(nps.TOOL_ID, spec, sharePayload(state)), nps.TOOL_ID, spec);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.value.rawText).toBe('');
    expect(link.value.countBoxes).toEqual(['0', '0', '0', '1', '0', '0', '0', '0', '0', '1', '2']);
    // 3 promoters, 1 detractor of 4: 50.
    expect(selectNps(link.value).outcome).toMatchObject({ status: 'ok', summary: { nps: 50 } });
  });

  it('an edited envelope is refused with the field named', () => {
    expect(parseEnvelope({ v: 1, s: { ...nps.initialState, mode: 'other' } }, spec)).toMatchObject({ ok: false, message: expect.stringContaining('字段 mode') });
  });
});
