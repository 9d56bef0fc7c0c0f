/** A fast-check generator of workbooks (any team, any answers within the schema's shapes), shared by the file tests. */
import fc from 'fast-check';
import type { Workbook } from '../../../src/lib/workbook/schema';

const text = fc.string({ maxLength: 30 });
const row = fc.dictionary(fc.constantFrom('action', 'owner', 'due', 'a', 'b'), text, { maxKeys: 4 });
export const workbook: fc.Arbitrary<Workbook> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  team: text,
  members: text,
  scenario: text,
  updated: fc.constantFrom('2027-01-01T00:00:00.000Z', '2027-02-01T00:00:00.000Z'),
  sheets: fc.dictionary(fc.constantFrom('smart', 'plan', 'kano'), fc.dictionary(fc.constantFrom('metric', 'actions', 'needs'), fc.oneof(text, fc.array(row, { maxLength: 4 })), { maxKeys: 3 }), { maxKeys: 3 }),
});
