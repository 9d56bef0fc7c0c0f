import { describe, expect, it } from 'vitest';
import { createMap, decodeMapLink, encodeMapLink, mapFromTemplate, MAX_LINK_CHARS, reduceMap, type JourneyMap } from '../../../src/lib/journey';

describe('map share link', () => {
  it('round-trips the hotel template', async () => {
    const map = mapFromTemplate('hotel', 'm1');
    const { hash, length } = await encodeMapLink(map);
    expect(hash).not.toBeNull();
    expect(length).toBeLessThan(MAX_LINK_CHARS);
    expect(await decodeMapLink(`#${hash}`)).toEqual({ ok: true, map });
  });

  it('refuses a map whose link would be too long, and says how long it would be', async () => {
    let map: JourneyMap = createMap('big', '大地图', Array.from({ length: 20 }, (_, index) => `阶段${index}`));
    // Varied text that does not compress away: 20 × 10 × 3 cards.
    let serial = 0;
    for (const stage of map.stages) for (const lane of map.lanes) for (let k = 0; k < 3; k += 1) {
      serial += 1;
      map = reduceMap(map, { type: 'addCard', id: `k${serial}`, stageId: stage.id, laneId: lane.id, text: `卡片${serial}：${(serial * 7919).toString(36)}说明${serial % 13}` });
    }
    const { hash, length } = await encodeMapLink(map);
    expect(hash).toBeNull();
    expect(length).toBeGreaterThan(MAX_LINK_CHARS);
  });

  it.each([
    ['no link', '#top', 'empty'],
    ['a truncated link', 'LINK:-5', '被截断'],
    ['an edited checksum', 'LINK:check', '被截断'],
    ['a newer format', 'LINK:format', '更新版本'],
  ])('%s', async (_case, input, expected) => {
    const { hash } = await encodeMapLink(mapFromTemplate('scenic', 'm'));
    const [key, rest] = hash!.split('=') as [string, string];
    const [format, payload, check] = rest.split('.') as [string, string, string];
    const text =
      input === 'LINK:-5' ? `#${key}=${format}.${payload.slice(0, -5)}.${check}` : input === 'LINK:check' ? `#${key}=${format}.${payload}.zzz` : input === 'LINK:format' ? `#${key}=9.${payload}.${check}` : input;
    const result = await decodeMapLink(text);
    expect(result.ok).toBe(false);
    if (expected === 'empty') expect(result).toEqual({ ok: false, empty: true });
    else expect(!result.ok && 'message' in result && result.message).toContain(expected);
  });
});
