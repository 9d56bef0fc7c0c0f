import { describe } from 'vitest';
import { schema } from '../../../src/lib/nps/schema';
import { initialState } from '../../../src/lib/nps/state';
import { stateSchemaCases } from '../tool/stateSchemaCases';

describe('the NPS stored and shared state schema', () => {
  // One count box per score 0–10: eleven, not ten.
  stateSchemaCases(schema, initialState, { state: { ...initialState, countBoxes: initialState.countBoxes.slice(1) }, path: ['countBoxes'] });
});
