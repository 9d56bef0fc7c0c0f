import { describe } from 'vitest';
import { schema } from '../../../src/lib/servqual/schema';
import { initialState } from '../../../src/lib/servqual/state';
import { stateSchemaCases } from '../tool/stateSchemaCases';

describe('the SERVQUAL stored and shared state schema', () => {
  // Stored results keep the packed share payload; a payload that does not decode is refused.
  stateSchemaCases(schema, initialState, { state: { ...initialState, results: { origin: '文件', payload: 'x', warnings: [] } }, path: ['results'] });
});
