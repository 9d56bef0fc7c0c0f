import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyQuadrant, fiveGapHints, importancePerformance, ipaCrosshairs, QUADRANTS, zoneOfTolerance } from '../../../src/lib/servqual';

describe('zoneOfTolerance (Zeithaml, Berry & Parasuraman 1993)', () => {
  it.each([
    // Hand-worked: MSA = P − adequate, MSS = P − desired.
    [{ adequate: 5.1, desired: 6.4, perceived: 5.0 }, -0.1, -1.4, 'below'],
    [{ adequate: 5.1, desired: 6.4, perceived: 5.8 }, 0.7, -0.6, 'within'],
    [{ adequate: 5.1, desired: 6.4, perceived: 6.5 }, 1.4, 0.1, 'above'],
    [{ adequate: 5, desired: 6, perceived: 5 }, 0, -1, 'within'],
  ] as const)('%j → MSA %d, MSS %d, %s', (levels, adequacy, superiority, position) => {
    const zone = zoneOfTolerance(levels);
    expect(zone.adequacy).toBeCloseTo(adequacy, 12);
    expect(zone.superiority).toBeCloseTo(superiority, 12);
    expect(zone.position).toBe(position);
    expect(zone.inverted).toBe(false);
  });

  it('flags a zone whose desired level is below the adequate level', () => {
    expect(zoneOfTolerance({ adequate: 6, desired: 5, perceived: 5.5 }).inverted).toBe(true);
  });

  it('MSA − MSS = width of the zone', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 7, noNaN: true }), fc.double({ min: 1, max: 7, noNaN: true }), fc.double({ min: 1, max: 7, noNaN: true }), (adequate, desired, perceived) => {
        const zone = zoneOfTolerance({ adequate, desired, perceived });
        expect(zone.adequacy - zone.superiority).toBeCloseTo(zone.width, 10);
      }),
    );
  });
});

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

describe('fiveGapHints (lecture 4 table)', () => {
  it('ranks the negative dimension gaps and points to gaps 1–4', () => {
    const hints = fiveGapHints([
      { dimension: 'tangibles', gap: -0.3, upper: -0.1 },
      { dimension: 'reliability', gap: -1.1, upper: -0.8 },
      { dimension: 'responsiveness', gap: -1.3, upper: -1.0 },
      { dimension: 'assurance', gap: 0.2, upper: 0.4 },
      { dimension: 'empathy', gap: -0.3, upper: 0.05 },
    ]);
    expect(hints.map((hint) => hint.dimension)).toEqual(['responsiveness', 'reliability', 'tangibles']);
    expect(hints[0]!.gaps).toEqual([2, 3]);
    expect(hints[1]!.gaps).toEqual([2, 3, 4]);
    expect(hints[0]!.sentence).toBe('「反应度」差距 −1.30：通常先查差距2 服务标准差距、差距3 服务传递差距。');
  });

  it('warns when the interval includes 0', () => {
    const [hint] = fiveGapHints([{ dimension: 'empathy', gap: -0.3, upper: 0.05 }]);
    expect(hint!.clearlyNegative).toBe(false);
    expect(hint!.sentence).toContain('置信区间包含 0');
    expect(hint!.gaps).toEqual([1, 3]);
  });

  it('gives nothing when no gap is negative', () => {
    expect(fiveGapHints([{ dimension: 'assurance', gap: 0.1 }])).toEqual([]);
  });
});
