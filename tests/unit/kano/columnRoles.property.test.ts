/**
 * Property test for KANO's column roles (issue 12): on a table with one true KANO pair (worded
 * answers or codes 1–5, headers that name the direction or say nothing) among random Likert
 * columns (1–5, 1–7) — decoy headers included, some of which look like KANO questions — the
 * true pair wins or the tool asks; it never silently computes on another column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileTable } from '../../../src/lib/import/profile';
import type { TablePreview } from '../../../src/lib/import/types';
import { decideKanoColumns } from '../../../src/lib/kano/columnRoles';
import * as kano from '../../../src/lib/kano/state';
import { loaded as kanoLoaded } from '../../../src/lib/kano/loaded';

// Decoys may look like one side of a KANO question, never like a whole pair (that would be a second true pair).
const DECOY_HEADERS = ['满意度', 'Q7', '接机服务的重要性', '是否提供发票', '如果提供早餐，您觉得？', '早餐（正向）', '您的出行类型', '服务态度（1-7）'];
const TRUE_HEADERS: [string, string][] = [
  ['如果提供免费接机，您觉得？', '如果不提供免费接机，您觉得？'],
  ['免费接机（正向）', '免费接机（反向）'],
  ['第5题', '第6题'],
  ['Q5 functional', 'Q5 dysfunctional'],
];
const WORDS = ['我很喜欢', '理应如此', '无所谓', '能忍受', '我很不喜欢'];

const scenario = fc
  .record({
    rows: fc.integer({ min: 3, max: 60 }),
    decoys: fc.array(fc.record({ max: fc.constantFrom(5, 7), header: fc.constantFrom(...DECOY_HEADERS) }), { minLength: 1, maxLength: 8 }),
    position: fc.nat(),
    headers: fc.constantFrom(...TRUE_HEADERS),
    worded: fc.boolean(),
    seed: fc.integer(),
  })
  .map(({ rows, decoys, position, headers, worded, seed }) => {
    let state = seed >>> 0;
    const next = (n: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state % n;
    };
    const answer = () => (worded ? WORDS[next(5)]! : String(1 + next(5)));
    const columns: { header: string; value: () => string }[] = decoys.map(({ max, header }) => ({ header, value: () => String(1 + next(max)) }));
    const at = position % (columns.length + 1);
    columns.splice(at, 0, { header: headers[0], value: answer }, { header: headers[1], value: answer });
    const table = { headers: columns.map((column) => column.header), rows: Array.from({ length: rows }, () => columns.map((column) => column.value())) };
    return { table, truePair: [at, at + 1] as [number, number] };
  });

describe('KANO column roles: one true pair among Likert columns', () => {
  it('the true pair wins or the tool asks; it never silently computes on another column', () => {
    let chosen = 0;
    let asked = 0;
    fc.assert(
      fc.property(scenario, ({ table, truePair }) => {
        const decision = decideKanoColumns(table.headers, profileTable(table));
        const preview = { source: { fileName: 'p.csv' }, headers: table.headers, rows: table.rows, rowCount: table.rows.length, profiles: profileTable(table) } as unknown as TablePreview;
        const state = kanoLoaded(kano.initialState, preview);
        const request = kano.analyse(state);
        if (decision.pairs.status !== 'chosen') {
          // Asking or nothing found: nothing runs.
          expect(request).toBeNull();
          asked += 1;
          return;
        }
        chosen += 1;
        // Chosen at once: exactly the true pair, nothing else.
        expect(decision.mapping.features.map((feature) => [feature.functional, feature.dysfunctional])).toEqual([truePair]);
        expect(request?.mapping.features.map((feature) => [feature.functional, feature.dysfunctional])).toEqual([truePair]);
      }),
      { numRuns: 300 },
    );
    // Not vacuous: both outcomes occur over 300 random tables.
    expect(chosen).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(0);
  });
});
