/**
 * Property tests for column choice (issue 12): on a table with one true 0–10 column among random
 * Likert (1–5, 1–7) and 0/1 columns — decoy headers included — the 0–10 column wins or the tool
 * asks; it never silently picks another column. And loading a table never changes anything in
 * the NPS state except the import panel's own choices (no setting changes without the person).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileTable } from '../../../src/lib/import/profile';
import { decideNpsColumn } from '../../../src/lib/import/roles';
import { toPreview } from '../../../src/lib/import/table';
import type { SurveyTable } from '../../../src/lib/import/types';
import * as nps from '../../../src/lib/nps/state';
import { loaded as npsLoaded } from '../../../src/lib/nps/loaded';

type Kind = 'likert5' | 'likert7' | 'binary';
const DECOY_HEADERS = ['满意度', '我愿意推荐给朋友', '第2题(朋友推荐)', '服务态度（1-7）', '是否会再次入住', '13、请评价—外观', 'Q5'];
const TRUE_HEADERS = ['得分', '您向朋友推荐我们的可能性（0-10）', 'NPS', '第3列', 'Score'];

const decoy = fc.record({
  kind: fc.constantFrom<Kind>('likert5', 'likert7', 'binary'),
  header: fc.constantFrom(...DECOY_HEADERS),
});

const scenario = fc
  .record({
    rows: fc.integer({ min: 3, max: 80 }),
    decoys: fc.array(decoy, { minLength: 1, maxLength: 8 }),
    truePosition: fc.nat(),
    trueHeader: fc.constantFrom(...TRUE_HEADERS),
    seed: fc.integer(),
  })
  .map(({ rows, decoys, truePosition, trueHeader, seed }) => {
    let state = seed >>> 0;
    const next = (n: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state % n;
    };
    const position = truePosition % (decoys.length + 1);
    const columns: { header: string; value: () => string }[] = decoys.map(({ kind, header }) => ({
      header,
      value: () => String(kind === 'binary' ? next(2) : 1 + next(kind === 'likert5' ? 5 : 7)),
    }));
    columns.splice(position, 0, { header: trueHeader, value: () => String(next(11)) });
    const table: SurveyTable = {
      headers: columns.map((column) => column.header),
      rows: Array.from({ length: rows }, () => columns.map((column) => column.value())),
      rowNumbers: Array.from({ length: rows }, (_, index) => index + 2),
      source: { kind: 'csv' },
      questionnaireStar: false,
    };
    return { table, position };
  });

describe('column choice never silently picks a wrong column', () => {
  it('the true 0–10 column is chosen, or the tool asks', () => {
    fc.assert(
      fc.property(scenario, ({ table, position }) => {
        const decision = decideNpsColumn(profileTable(table));
        if (decision.status === 'chosen') expect(decision.column).toBe(position);
        const state = npsLoaded(nps.initialState, toPreview(table, []));
        expect([null, position]).toContain(state.importer.scoreColumn);
        if (state.importer.scoreColumn === null) expect(nps.analyse(state)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('an import never changes a setting without the person', () => {
  const previous = fc.constantFrom(
    nps.reduce(nps.initialState, { type: 'example' }),
    { ...nps.initialState, mode: 'counts' as const, countBoxes: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'], planner: { promoterPercent: '55', detractorPercent: '12', margin: '3' } },
    { ...nps.initialState, rawText: '9 10 3', comparison: { first: '城东店', second: '城西店' } },
  );
  it('loading any table changes only the import panel’s choices; the mode, data, planner and comparison stay', () => {
    fc.assert(
      fc.property(previous, scenario, (before, { table }) => {
        const after = npsLoaded(before, toPreview(table, []));
        const { importer: _before, ...restBefore } = before;
        const { importer: _after, ...restAfter } = after;
        expect(restAfter).toEqual(restBefore);
        expect(after.table).toBe(before.table);
      }),
      { numRuns: 100 },
    );
  });
});
