import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyQuadrant, importancePerformance, ipaCrosshairs, QUADRANTS } from '../../../src/lib/servqual';

describe('importance–performance analysis (Martilla & James 1977)', () => {
  const crosshairs = { importance: 5, performance: 4 };
  it.each([
    [{ importance: 6, performance: 3 }, 'concentrate', '重点改进'],
    [{ importance: 6, performance: 5 }, 'keep', '继续保持'],
    [{ importance: 4, performance: 3 }, 'low', '低优先'],
    [{ importance: 4, performance: 5 }, 'overkill', '可能过度'],
    [{ importance: 5, performance: 4 }, 'keep', '继续保持'],
  ] as const)('%j → %s (%s)', (point, quadrant, label) => {
    expect(classifyQuadrant(point, crosshairs)).toBe(quadrant);
    expect(QUADRANTS[quadrant].label).toBe(label);
  });

  const points = [
    { id: 'a', label: 'a', importance: 6, performance: 5 },
    { id: 'b', label: 'b', importance: 4, performance: 3 },
  ];

  it('puts the crosshairs at the data means or the scale midpoint', () => {
    expect(ipaCrosshairs(points, 'data-mean', { importance: 4, performance: 4 })).toEqual({ importance: 5, performance: 4 });
    expect(ipaCrosshairs(points, 'scale-midpoint', { importance: 4, performance: 4 })).toEqual({ importance: 4, performance: 4 });
    expect(ipaCrosshairs([], 'data-mean', { importance: 20, performance: 4 })).toEqual({ importance: 20, performance: 4 });
  });

  it('classifies every point', () => {
    const result = importancePerformance(points, 'data-mean', { importance: 4, performance: 4 });
    expect(result.points.map((point) => point.quadrant)).toEqual(['keep', 'low']);
  });

  it('with data-mean crosshairs, never puts every point in one quadrant unless they tie', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ importance: fc.double({ min: 1, max: 7, noNaN: true }), performance: fc.double({ min: 1, max: 7, noNaN: true }) }), { minLength: 2, maxLength: 22 }), (raw) => {
        const result = importancePerformance(raw.map((point, index) => ({ id: String(index), label: String(index), ...point })), 'data-mean', { importance: 4, performance: 4 });
        const highImportance = result.points.filter((point) => point.quadrant === 'keep' || point.quadrant === 'concentrate').length;
        expect(highImportance).toBeGreaterThan(0);
      }),
    );
  });
});
