/**
 * Worksheets 2 and 6 read the SERVQUAL and NPS results stored on the device. Stored states are
 * built through each tool's own reducer and share format (never written by hand), and the
 * expected figures are worked here from the counts.
 */
import { describe, expect, it } from 'vitest';
import { appendLine, dimensionRows, npsDataText, npsResult, servqualGaps, toolStorageKey, type DimensionGap } from '../../../src/lib/workbook/handoff';
import { wrapState } from '../../../src/lib/tool/envelope';
import * as nps from '../../../src/lib/nps/state';

const stored = (version: number, state: unknown) => JSON.stringify(wrapState(version, state));

describe('reading a result stored on this device', () => {
  it.each([
    ['nothing stored', null, '还没有 SERVQUAL 结果'],
    ['broken JSON', '{"v":1,', '无法读取'],
    ['a state from a newer site', JSON.stringify({ v: 99, s: {} }), '无法读取'],
    ['a questionnaire without results', stored(1, { nonsense: true }), '无法读取'],
  ])('SERVQUAL: %s gives a message, never a throw', (_, raw, message) => {
    const result = servqualGaps(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('NPS: nothing stored, or an empty calculator, says there is no result yet', () => {
    expect(npsResult(null)).toEqual({ ok: false, message: expect.stringContaining('还没有 NPS 结果') });
    expect(npsResult(stored(nps.STATE_VERSION, nps.initialState))).toEqual({ ok: false, message: expect.stringContaining('还没有 NPS 结果') });
  });

  it('NPS: typed counts give the score and the shares', () => {
    // 0–10 counts: 2 detractors (score 3), 3 passives (score 8), 5 promoters (score 10): NPS = 50 % − 20 % = 30.
    const countBoxes = ['0', '0', '0', '2', '0', '0', '0', '0', '3', '0', '5'];
    const state = { ...nps.initialState, mode: 'counts' as const, countBoxes };
    const result = npsResult(stored(nps.STATE_VERSION, state));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.summary.nps).toBeCloseTo(30);
    expect(npsDataText(result.value)).toBe('NPS 30.0（填写的人数，10 位受访者：推荐者 50.0%、被动者 30.0%、贬损者 20.0%）。');
  });

  it('uses the tool kernel’s storage key', () => {
    expect(toolStorageKey('servqual')).toBe('jzfw:tool:servqual');
  });
});

describe('worksheet 2: the dimensions, weakest first', () => {
  const gaps: DimensionGap[] = [
    { dimension: 'responsiveness', label: '反应度（响应性）', gap: -1.34 },
    { dimension: 'reliability', label: '可靠度（可靠性）', gap: -0.97 },
    { dimension: 'tangibles', label: '有形度（有形性）', gap: 0.2 },
  ];

  it('one row per dimension, in the order given, each naming its gap', () => {
    expect(dimensionRows(gaps, []).map((row) => row.dimension)).toEqual(['反应度（响应性）：差距 −1.34', '可靠度（可靠性）：差距 −0.97', '有形度（有形性）：差距 +0.20']);
  });

  it('a row the team wrote keeps its standards beside its dimension; rows naming no dimension follow', () => {
    const rows = [
      { dimension: '可靠性', proactive: '承诺的时间必达' },
      { dimension: '', proactive: '' },
      { dimension: '其他', personal: '记住常客的名字' },
      { dimension: '反应度', personal: '十分钟回电' },
    ];
    expect(dimensionRows(gaps, rows)).toEqual([
      { dimension: '反应度（响应性）：差距 −1.34', personal: '十分钟回电' },
      { dimension: '可靠度（可靠性）：差距 −0.97', proactive: '承诺的时间必达' },
      { dimension: '有形度（有形性）：差距 +0.20' },
      { dimension: '其他', personal: '记住常客的名字' },
    ]);
  });

  it('taking a result again replaces the earlier gaps', () => {
    const once = dimensionRows(gaps, []);
    expect(dimensionRows(gaps, once)).toEqual(once);
  });
});

describe('worksheet 6: a line of data', () => {
  it.each([
    ['', 'NPS 30', 'NPS 30'],
    ['现场观察', 'NPS 30', '现场观察\nNPS 30'],
    ['NPS 30', 'NPS 30', 'NPS 30'],
  ])('appendLine(%j, %j)', (text, line, expected) => {
    expect(appendLine(text, line)).toBe(expected);
  });
});
