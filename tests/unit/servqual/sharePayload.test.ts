import { describe, expect, it } from 'vitest';
import { decodeShareState, encodeShareState } from '../../../src/lib/share';
import {
  analyseServqual,
  detectServqualColumns,
  parseServqualSharePayload,
  toServqualSharePayload,
  type ServqualShareState,
} from '../../../src/lib/servqual';
import { exampleQuestionnaire, exampleSurveyRows } from '../../../src/lib/servqual/exampleData';
import { ok, table } from './helpers';

function exampleState(format: 'two-column' | 'three-column'): ServqualShareState {
  const questionnaire = exampleQuestionnaire(format);
  const rows = exampleSurveyRows(questionnaire);
  const mapping = detectServqualColumns({ headers: rows[0]!, rows: rows.slice(1, 20) }, questionnaire).mapping;
  const summary = ok(analyseServqual(table(rows), { kind: 'servqual', questionnaire, mapping })).summary;
  return { summary, typedWeights: null, crosshairs: 'scale-midpoint', ipaLevel: 'item' };
}

const validate = (value: unknown) => {
  const parsed = parseServqualSharePayload(value);
  return parsed.ok ? { ok: true as const, value: parsed.state } : parsed;
};

describe('share payload', () => {
  it.each(['two-column', 'three-column'] as const)('round-trips a 22-item %s result through a link (numbers to 4 decimals)', (format) => {
    const state = exampleState(format);
    const hash = encodeShareState(toServqualSharePayload(state), 'servqual');
    // decodeShareState refuses links over 8,000 characters: the largest result must fit.
    expect(hash.length).toBeLessThan(8000);
    console.info(`share link for ${format}: ${hash.length} characters`);
    const decoded = decodeShareState(`#${hash}`, validate, 'servqual');
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const { summary } = decoded.value;
    expect(summary.format).toBe(format);
    expect(summary.items).toHaveLength(22);
    expect(summary.items[5]!.text).toBe(state.summary.items[5]!.text);
    summary.items.forEach((item, index) => expect(item.gap.mean).toBeCloseTo(state.summary.items[index]!.gap.mean, 3));
    summary.dimensions.forEach((dimension, index) => {
      expect(dimension.reliability[0]!.alpha).toBeCloseTo(state.summary.dimensions[index]!.reliability[0]!.alpha!, 3);
      expect(dimension.weight!.mean).toBeCloseTo(state.summary.dimensions[index]!.weight!.mean, 3);
    });
    expect(decoded.value.crosshairs).toBe('scale-midpoint');
    expect(decoded.value.ipaLevel).toBe('item');
  });

  it('can leave the wording out for a shorter link', () => {
    const state = exampleState('three-column');
    const long = encodeShareState(toServqualSharePayload(state), 'servqual');
    const short = encodeShareState(toServqualSharePayload(state, false), 'servqual');
    expect(short.length).toBeLessThan(long.length - 1000);
    const decoded = decodeShareState(`#${short}`, validate, 'servqual');
    expect(decoded.ok && decoded.value.summary.items[2]!.text).toBe('第 3 题');
  });

  it.each([
    ['not an object', 5],
    ['a bad format', { ...toServqualSharePayload(exampleState('two-column')), f: 4 }],
    ['no items', { ...toServqualSharePayload(exampleState('two-column')), i: [] }],
    ['a negative variance', (() => { const payload = toServqualSharePayload(exampleState('two-column')); payload.i[0]![5] = [10, 0, -1]; return payload; })()],
    ['α above 1', (() => { const payload = toServqualSharePayload(exampleState('two-column')); payload.d[0]![5][0]![1] = 1.5; return payload; })()],
    ['typed weights of the wrong length', { ...toServqualSharePayload(exampleState('two-column')), t: [50, 50] }],
  ])('refuses %s', (_, payload) => {
    expect(parseServqualSharePayload(JSON.parse(JSON.stringify(payload)))).toEqual({ ok: false, error: '数据格式不符' });
  });
});
