import { describe } from 'vitest';
import { schema } from '../../../src/lib/customerValue/schema';
import { initialState } from '../../../src/lib/customerValue/state';
import { stateSchemaCases } from '../tool/stateSchemaCases';

describe('the customer-value stored and shared state schema', () => {
  // The example's id is text: a number there is a tampered link.
  stateSchemaCases(schema, initialState, { state: { ...initialState, example: 3 }, path: ['example'] });
});
