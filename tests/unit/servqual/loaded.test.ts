/**
 * src/lib/servqual/loaded.ts: a newly loaded table is mapped under the questionnaire as it is; a
 * file that points to other settings only suggests them, and accepting (the reducer's event, with
 * these rules passed in) applies them and maps again.
 */
import { describe, expect, it } from 'vitest';
import * as servqual from '../../../src/lib/servqual/state';
import * as rules from '../../../src/lib/servqual/loaded';
import { createQuestionnaire } from '../../../src/lib/servqual/questionnaire';
import { templateHeaders } from '../../../src/lib/servqual/columns';

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
    const loaded = rules.loaded(twoColumn, preview(headers));
    expect(loaded.questionnaire).toEqual(twoColumn.questionnaire);
    expect(loaded.importer.suggestion).toEqual(suggestion);
  });

  it('accepting applies the format and maps the columns again; declining keeps every setting', () => {
    const loaded = rules.loaded(twoColumn, preview(threeColumnHeaders));
    const accepted = servqual.reduce(loaded, { type: 'acceptSuggestion', preview: preview(threeColumnHeaders), rules });
    expect(accepted.questionnaire.format).toBe('three-column');
    expect(accepted.importer.suggestion).toBeNull();
    expect(servqual.analyse(accepted)?.questionnaire.format).toBe('three-column');
    const declined = servqual.reduce(loaded, { type: 'declineSuggestion' });
    expect(declined.questionnaire).toEqual(twoColumn.questionnaire);
    expect(declined.importer.suggestion).toBeNull();
  });

  it('importance columns for every dimension suggest asking for them, and only accepting turns it on', () => {
    const withWeights = templateHeaders(createQuestionnaire('hotel', { format: 'two-column', askWeights: true }));
    const loaded = rules.loaded(twoColumn, preview(withWeights));
    expect(loaded.questionnaire.askWeights).toBe(false);
    expect(loaded.importer.suggestion).toEqual({ format: null, items: 0, askWeights: true });
    // The two-column items map under the current settings, so the analysis runs meanwhile.
    expect(servqual.analyse(loaded)).not.toBeNull();
    expect(servqual.reduce(loaded, { type: 'acceptSuggestion', preview: preview(withWeights), rules }).questionnaire.askWeights).toBe(true);
  });

  it('a failed analysis keeps the previous results and settings', () => {
    const before = { ...twoColumn, results: { origin: 'old.csv', payload: {} as never, issues: null, weightIssues: null, warnings: [] } };
    const failed = servqual.receive(rules.loaded(before, preview(threeColumnHeaders)), { ok: false, error: '没有可用的题目' } as never);
    expect(failed.results?.origin).toBe('old.csv');
    expect(failed.questionnaire).toEqual(twoColumn.questionnaire);
    expect(failed.importer.error).toBe('没有可用的题目');
  });
});

describe('重新自动识别', () => {
  it('puts back the detected columns after a manual change, and runs them', () => {
    const questionnaire = createQuestionnaire('hotel', { format: 'two-column', askWeights: false });
    const headers = templateHeaders(questionnaire);
    const table = { source: { fileName: 'a.csv' }, headers, rows: [headers.map(() => '5')], rowCount: 1 } as never;
    const loaded = rules.loaded({ ...servqual.initialState, questionnaire }, table);
    // Headers E1 期望｜… P1 感知｜…: item 1's expectation is column 0, its perception column 1.
    expect(loaded.importer.mapping?.items[0]?.columns).toEqual({ expected: 0, desired: null, adequate: null, perceived: 1 });
    const edited = servqual.reduce(loaded, { type: 'itemColumn', itemId: questionnaire.items[0]!.id, role: 'perceived', column: 3 });
    expect(edited.importer.mapping?.items[0]?.columns.perceived).toBe(3);
    const again = servqual.reduce(edited, { type: 'redetect', preview: table, rules });
    expect(again.importer.mapping?.items[0]?.columns).toEqual({ expected: 0, desired: null, adequate: null, perceived: 1 });
    expect(servqual.analyse(again)?.mapping.items[0]?.columns.perceived).toBe(1);
  });
});
