import { describe, expect, it } from 'vitest';
import { checkMap, mapFromTemplate, mapPeakEnd, tagById, TEMPLATE_CHOICES, TEMPLATES } from '../../../src/lib/journey';
import { hotelStay } from '../../../src/lib/journey/hotelStayScenario';

describe('templates', () => {
  it.each(TEMPLATE_CHOICES.map((choice) => [choice.id, choice.label]))('%s is a consistent map with known tags', (id) => {
    const map = mapFromTemplate(id, 'm');
    expect(checkMap(map)).toBeNull();
    for (const card of map.cards) for (const tag of card.tags) expect(tagById(tag), `${card.text}: ${tag}`).toBeDefined();
    for (const card of map.cards) expect(card.text.trim()).not.toBe('');
  });

  it('every invented scenario says 教学情景', () => {
    for (const choice of TEMPLATE_CHOICES.filter((item) => item.id !== 'empty')) expect(choice.label).toContain('教学情景');
    for (const spec of Object.values(TEMPLATES)) expect(spec.scenario).toContain('教学情景');
  });

  it('the hotel template is the lecture scenario: same stages, curves, and texts', () => {
    const map = mapFromTemplate('hotel', 'm');
    expect(map.stages.map((stage) => stage.name)).toEqual(hotelStay.map((stage) => stage.name));
    expect(map.stages.map((stage) => stage.asIs)).toEqual(hotelStay.map((stage) => stage.emotionNow));
    expect(map.stages.map((stage) => stage.toBe)).toEqual(hotelStay.map((stage) => stage.emotionDesigned));
    const texts = new Set(map.cards.map((card) => card.text));
    for (const stage of hotelStay) {
      for (const text of [stage.thought, stage.painPoint, stage.opportunity, stage.blueprint.onstage, stage.blueprint.backstage, stage.blueprint.support, ...stage.touchpoints]) expect(texts).toContain(text);
    }
    // The lecture ends the remembered stay at 离店 (the follow-up comes after it).
    expect(map.stages.find((stage) => stage.id === map.endStageId)!.name).toBe('离店');
  });

  it('the hotel to-be curve scores higher than the as-is curve', () => {
    const map = mapFromTemplate('hotel', 'm');
    expect(mapPeakEnd(map, 'toBe')!.score).toBeGreaterThan(mapPeakEnd(map, 'asIs')!.score);
  });

  it('the flight template runs from booking to baggage', () => {
    expect(mapFromTemplate('flight', 'm').stages.map((stage) => stage.name)).toEqual(['预订', '值机', '安检', '登机', '客舱', '到达与行李']);
  });

  it('the empty map has stages and lanes but no cards', () => {
    const map = mapFromTemplate('empty', 'm', '2026-12-01');
    expect(map.cards).toEqual([]);
    expect(map.stages.length).toBeGreaterThan(0);
    expect(map.date).toBe('2026-12-01');
  });
});
