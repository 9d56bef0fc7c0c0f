import { describe } from 'vitest';
import { schema } from '../../../src/lib/kano/schema';
import { initialState } from '../../../src/lib/kano/state';
import { stateSchemaCases } from '../tool/stateSchemaCases';

describe('the KANO stored and shared state schema', () => {
  // The quadrant lines are drawn at the mean or at the half (0.5); nothing else.
  stateSchemaCases(schema, initialState, { state: { ...initialState, view: { ...initialState.view, lines: 'median' } }, path: ['view', 'lines'] });
});
