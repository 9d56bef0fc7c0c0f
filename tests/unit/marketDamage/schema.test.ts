import { describe } from 'vitest';
import { schema } from '../../../src/lib/marketDamage/schema';
import { initialState } from '../../../src/lib/marketDamage/state';
import { stateSchemaCases } from '../tool/stateSchemaCases';

describe('the Market Damage stored and shared state schema', () => {
  // A typed value longer than any number a reader would type (40 characters) is refused, by field.
  stateSchemaCases(schema, initialState, { state: { ...initialState, values: { ...initialState.values, customers: '9'.repeat(41) } }, path: ['values', 'customers'] });
});
