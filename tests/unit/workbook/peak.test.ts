import { describe, expect, it } from 'vitest';
import { EXAMPLES, quadrant } from '../../../src/lib/workbook';

describe('quadrant (cost 1–2 is low, perceived value 4–5 is high)', () => {
  it.each([
    ['1', '5', 'lowCostHighValue'], ['2', '4', 'lowCostHighValue'], ['3', '4', 'highCostHighValue'], ['5', '5', 'highCostHighValue'],
    ['1', '3', 'lowCostLowValue'], ['2', '1', 'lowCostLowValue'], ['3', '3', 'highCostLowValue'], ['５', '２', 'highCostLowValue'],
  ])('cost %s, value %s → %s', (cost, value, expected) => {
    expect(quadrant({ cost, value })).toBe(expected);
  });

  it.each([[''], ['0'], ['6'], ['2.5'], ['高']])('cost %j is not a score', (cost) => {
    expect(quadrant({ cost, value: '4' })).toBeNull();
  });

  it('the airport example: warm water (1, 4) and the escort (2, 5) are the favoured corner', () => {
    const ideas = EXAMPLES.peak.answers.ideas;
    expect(Array.isArray(ideas) && ideas.map(quadrant)).toEqual(['lowCostHighValue', 'lowCostHighValue', 'lowCostLowValue', 'lowCostHighValue']);
  });
});
