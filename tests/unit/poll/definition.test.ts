import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePollHash, encodePollHash } from '../../../src/lib/poll/definition';
import { kanoFeaturesFromStorage } from '../../../src/lib/poll/kanoFeatures';
import { defaultPoll, type TemplateId } from '../../../src/lib/poll/templates';
import { encodeShareState } from '../../../src/lib/share';

const TEMPLATES: TemplateId[] = ['nps', 'kano', 'servqual', 'badExperience', 'preClass'];

describe('poll links', () => {
  it.each(TEMPLATES)('%s: round trip', (template) => {
    const poll = defaultPoll(template, 'K7QM');
    expect(decodePollHash(`#${encodePollHash(poll)}`)).toEqual({ ok: true, poll });
  });

  it('decode(encode(x)) = x for any NPS poll within the limits', () => {
    const label = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(fc.property(fc.uniqueArray(label, { maxLength: 12 }), fc.uniqueArray(label, { maxLength: 8 }), fc.string({ minLength: 1, maxLength: 40 }), (groups, reasons, title) => {
      const poll = { ...defaultPoll('nps', 'AB12'), title, groups, reasons };
      expect(decodePollHash(encodePollHash(poll))).toEqual({ ok: true, poll });
    }));
  });

  it('refuses a changed, cut or foreign link with a message', () => {
    const hash = encodePollHash(defaultPoll('kano', 'K7QM'));
    const changed = hash.slice(0, 20) + (hash[20] === 'A' ? 'B' : 'A') + hash.slice(21);
    for (const broken of [changed, hash.slice(0, -3), encodeShareState({ c: [1] }, 'nps')]) {
      const result = decodePollHash(broken);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/投票链接无效/);
    }
    expect(decodePollHash('')).toMatchObject({ ok: false, empty: true });
  });

  it('refuses more than 8 KANO features and repeated options', () => {
    const nine = { ...defaultPoll('kano', 'K7QM'), features: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] };
    expect(decodePollHash(encodePollHash(nine)).ok).toBe(false);
    const repeated = { ...defaultPoll('nps', 'K7QM'), groups: ['一组', '一组'] };
    expect(decodePollHash(encodePollHash(repeated)).ok).toBe(false);
  });

  it('takes the KANO builder’s stored features', () => {
    const stored = JSON.stringify({ v: 1, s: { questionnaire: { features: ['接机服务', ' ', '接机服务', '一二三四五六七八九十一二三四五六七', '2', '3', '4', '5', '6', '7', '8'] } } });
    expect(kanoFeaturesFromStorage(stored)).toEqual(['接机服务', '一二三四五六七八九十一二三四五六', '2', '3', '4', '5', '6', '7']);
    expect(kanoFeaturesFromStorage('not json')).toEqual([]);
    expect(kanoFeaturesFromStorage(null)).toEqual([]);
    expect(defaultPoll('kano', 'K7QM', { kanoFeatures: ['早餐'] })).toMatchObject({ features: ['早餐'] });
  });
});
