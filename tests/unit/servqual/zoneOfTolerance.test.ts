import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zoneOfTolerance } from '../../../src/lib/servqual';

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
