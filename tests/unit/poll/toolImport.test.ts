/**
 * The poll's table read by each tool's own column detection, as the live feed and a CSV import
 * do: every KANO feature gets both columns, every SERVQUAL item its E and P columns.
 */
import { describe, expect, it } from 'vitest';
import { detectKanoColumns } from '../../../src/lib/kano/columnDetection';
import { pollTable } from '../../../src/lib/poll/aggregate';
import type { PollDefinition } from '../../../src/lib/poll/templates';
import { detectServqualColumns } from '../../../src/lib/servqual/columnDetection';
import { createQuestionnaire } from '../../../src/lib/servqual/questionnaire';

describe('poll tables in the tools’ imports', () => {
  it('KANO finds each feature’s functional and dysfunctional column and the segment', () => {
    const poll: PollDefinition = { id: 'AAAA', title: 'K', template: 'kano', features: ['接机', '托管'], segments: ['甲', '乙'] };
    const { headers } = pollTable(poll, []);
    const mapping = detectKanoColumns(headers);
    expect(mapping.features.map((feature) => [feature.functional, feature.dysfunctional])).toEqual([[1, 2], [3, 4]]);
    expect(mapping.segment).toBe(0);
  });

  it('SERVQUAL maps E and P of the chosen items by their codes', () => {
    const poll: PollDefinition = { id: 'AAAA', title: 'S', template: 'servqual', items: [1, 14], mode: 'EP', scale: 7 };
    const table = pollTable(poll, [{ respondent: 'AAAAA', answers: [7, 5, 6, 4] }, { respondent: 'BBBBB', answers: [6, 4, 7, 5] }]);
    const detection = detectServqualColumns(table, createQuestionnaire());
    expect(detection.method).toBe('codes');
    // Item ids of the default questionnaire are i1 … i22 (the bank's numbers); columns: E1 P1 E14 P14.
    const mapped = detection.mapping.items.filter((item) => Object.values(item.columns).some((column) => column !== null));
    expect(mapped.map((item) => [item.itemId, item.columns.expected, item.columns.perceived])).toEqual([['i1', 0, 1], ['i14', 2, 3]]);
  });
});
