import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapFileText, mapFromTemplate, readCardDraft, readMap, readMapFile, reduceMap, TEMPLATE_CHOICES, type JourneyMap } from '../../../src/lib/journey';

const hotel = () => mapFromTemplate('hotel', 'm1', '2026-12-01');

describe('export → import', () => {
  it.each(TEMPLATE_CHOICES.map((choice) => [choice.id]))('is the identity for the %s template', (id) => {
    const map = mapFromTemplate(id, 'x', '2026-12-01');
    const result = readMapFile(mapFileText(map));
    expect(result).toEqual({ ok: true, map });
  });

  it('is the identity after any edits (property)', () => {
    const edits = fc.array(
      fc.oneof(
        fc.record({ type: fc.constant('editCard' as const), cardId: fc.constantFrom('c1', 'c5', 'c9'), text: fc.string({ maxLength: 30 }) }),
        fc.record({ type: fc.constant('setMeta' as const), field: fc.constantFrom('team' as const, 'title' as const), value: fc.string({ maxLength: 20 }) }),
        fc.record({ type: fc.constant('setEmotion' as const), stageId: fc.constantFrom('s1', 's3'), curve: fc.constant('toBe' as const), value: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }) }),
        fc.record({ type: fc.constant('moveCard' as const), cardId: fc.constantFrom('c2', 'c7'), stageId: fc.constantFrom('s2', 's4'), laneId: fc.constantFrom('pains', 'support'), index: fc.nat(3) }),
      ),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(edits, (events) => {
        const map = events.reduce(reduceMap, hotel());
        expect(readMapFile(mapFileText(map))).toEqual({ ok: true, map });
      }),
      { numRuns: 100 },
    );
  });
});

describe('readMapFile rejects malformed files with a Chinese message', () => {
  const valid = JSON.parse(mapFileText(hotel())) as { tool: string; v: number; s: JourneyMap };
  const withMap = (change: (map: JourneyMap) => unknown) => JSON.stringify({ ...valid, s: change(structuredClone(valid.s)) });
  it.each<[string, string, string]>([
    ['an empty file', '', '空'],
    ['not JSON', '{"tool": "journey", "v": 1, "s": {', '不是有效的 JSON'],
    ['another tool’s file', JSON.stringify({ tool: 'workbook', v: 1, s: {} }), '其他工具'],
    ['a newer version', JSON.stringify({ ...valid, v: 99 }), '更新版本'],
    ['no stages', withMap((map) => ({ ...map, stages: [] })), 'stages'],
    ['an emotion outside −2…+2', withMap((map) => ({ ...map, stages: map.stages.map((stage, index) => (index === 0 ? { ...stage, asIs: 5 } : stage)) })), 'stages.0.asIs'],
    ['a card in a stage that does not exist', withMap((map) => ({ ...map, cards: map.cards.map((card, index) => (index === 2 ? { ...card, stageId: 'gone' } : card)) })), '第 3 张卡片'],
    ['two stages with one id', withMap((map) => ({ ...map, stages: map.stages.map((stage) => ({ ...stage, id: 's1' })) })), '阶段编号“s1”重复'],
    ['a text field that is a number', withMap((map) => ({ ...map, title: 42 })), 'title'],
  ])('%s', (_case, text, expected) => {
    const result = readMapFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(expected);
  });

  it('a bare map without the envelope is read as version 1', () => {
    expect(readMap(structuredClone(valid.s))).toEqual({ ok: true, map: valid.s });
  });

  it('drops tags a newer site added but keeps the card', () => {
    const result = readMapFile(withMap((map) => ({ ...map, cards: map.cards.map((card, index) => (index === 0 ? { ...card, tags: ['mot', 'future:tag'] } : card)) })));
    expect(result.ok && result.map.cards[0]!.tags).toEqual(['mot']);
  });
});

describe('readCardDraft (text typed before a reload)', () => {
  it('reads a well-formed draft', () => {
    expect(readCardDraft('{"mapId":"m1","cardId":"c2","text":"排队太久"}')).toEqual({ mapId: 'm1', cardId: 'c2', text: '排队太久' });
    expect(readCardDraft('{"mapId":"m1","cardId":"c2","text":""}')).toEqual({ mapId: 'm1', cardId: 'c2', text: '' });
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"mapId":'],
    ['JSON null', 'null'],
    ['an array', '["m1","c2","x"]'],
    ['a number for the text', '{"mapId":"m1","cardId":"c2","text":5}'],
    ['an empty card id', '{"mapId":"m1","cardId":"","text":"x"}'],
    ['a text longer than a card (500 characters)', JSON.stringify({ mapId: 'm1', cardId: 'c2', text: '长'.repeat(501) })],
  ])('gives null for %s', (_case, raw) => {
    expect(readCardDraft(raw)).toBeNull();
  });

  it('never throws, whatever is stored', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
      const draft = readCardDraft(raw);
      if (draft !== null) expect(Object.keys(draft).sort()).toEqual(['cardId', 'mapId', 'text']);
    }));
  });
});
