import { describe, expect, it } from 'vitest';
import { decodeShareState, encodeShareState } from '../../../src/lib/share';
import { analyseKano, DEFAULT_QUESTIONNAIRE, detectKanoColumns, exampleSurveyRows, parseKanoSharePayload, toKanoSharePayload, type KanoShareState } from '../../../src/lib/kano';

function exampleResults() {
  const rows = exampleSurveyRows();
  const result = analyseKano({ headers: rows[0]!, rows: rows.slice(1), rowNumbers: rows.slice(1).map((_, index) => index + 2), source: { kind: 'paste' }, questionnaireStar: false }, { kind: 'kano', mapping: detectKanoColumns(rows[0]!) });
  if (!result.ok) throw new Error(result.error);
  return result.tallies;
}

describe('KANO share payload', () => {
  it('round-trips the questionnaire alone', () => {
    const state: KanoShareState = { questionnaire: DEFAULT_QUESTIONNAIRE, results: null };
    expect(parseKanoSharePayload(JSON.parse(JSON.stringify(toKanoSharePayload(state))))).toEqual({ ok: true, value: state });
  });

  it('round-trips the example results through a share link, with segments, within the link budget', () => {
    const state: KanoShareState = { questionnaire: DEFAULT_QUESTIONNAIRE, results: exampleResults() };
    const hash = encodeShareState(toKanoSharePayload(state), 'kano');
    expect(hash.length).toBeLessThan(8000);
    const decoded = decodeShareState(`#${hash}`, parseKanoSharePayload, 'kano');
    if (!decoded.ok) throw new Error(decoded.error);
    // Segment importance is not shared; everything else is.
    expect(decoded.value.results!.features).toEqual(state.results!.features);
    expect(decoded.value.results!.segments.map((segment) => [segment.name, segment.respondents, segment.features.map((feature) => feature.pairs)])).toEqual(
      state.results!.segments.map((segment) => [segment.name, segment.respondents, segment.features.map((feature) => feature.pairs)]),
    );
  });

  it('can leave segments out', () => {
    const payload = toKanoSharePayload({ questionnaire: DEFAULT_QUESTIONNAIRE, results: exampleResults() }, false);
    expect(payload.r!.s).toEqual([]);
  });

  it.each([
    ['not an object', 5],
    ['no questionnaire', { r: {} }],
    ['bad counts', { q: DEFAULT_QUESTIONNAIRE, r: { r: 1, f: [{ n: 'x', p: '1.2' }], s: [], w: 0, h: false } }],
    ['negative-looking counts', { q: DEFAULT_QUESTIONNAIRE, r: { r: 1, f: [{ n: 'x', p: `-1${'.'.repeat(24)}` }], s: [], w: 0, h: false } }],
    ['segment of wrong width', { q: DEFAULT_QUESTIONNAIRE, r: { r: 1, f: [{ n: 'x', p: '.'.repeat(24) }], s: [['a', 1, []]], w: 0, h: false } }],
  ])('rejects %s', (_name, value) => {
    expect(parseKanoSharePayload(value).ok).toBe(false);
  });
});
