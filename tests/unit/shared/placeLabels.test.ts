import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels } from '../../../src/components/shared/scatterLabelsPlugin';

const AREA = { left: 0, top: 0, right: 600, bottom: 400, width: 600, height: 400 };
type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.01 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.01;

describe('placeLabels (scatter label collision nudge)', () => {
  it('puts a lone label right of its point', () => {
    const [placement] = placeLabels([{ x: 100, y: 100, radius: 7, width: 16 }], AREA);
    expect(placement!.box.left).toBeGreaterThan(107);
    expect(placement!.leader).toBe(false);
  });

  it('moves a label inside the plot area at the right edge', () => {
    const [placement] = placeLabels([{ x: 595, y: 200, radius: 7, width: 16 }], AREA);
    expect(placement!.box.right).toBeLessThanOrEqual(600);
  });

  it('separates the labels of two coincident points', () => {
    const [first, second] = placeLabels([{ x: 300, y: 200, radius: 7, width: 16 }, { x: 300, y: 200, radius: 7, width: 16 }], AREA);
    expect(overlaps(first!.box, second!.box)).toBe(false);
  });

  it('property: labels never overlap each other or leave the plot when points are a few label-widths apart', () => {
    // Points on a coarse grid (cells 48 × 32 px), up to 30 of them, any subset.
    const cell = fc.tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 11 }));
    fc.assert(
      fc.property(fc.uniqueArray(cell, { minLength: 1, maxLength: 30, selector: ([column, row]) => `${column}/${row}` }), (cells) => {
        const points = cells.map(([column, row]) => ({ x: column * 48, y: row * 32, radius: 7, width: 24 }));
        const boxes = placeLabels(points, AREA).map((placement) => placement.box);
        return boxes.every((box, index) =>
          box.left >= 0 && box.right <= 600 && box.top >= 0 && box.bottom <= 400 && boxes.every((other, otherIndex) => otherIndex === index || !overlaps(box, other)),
        );
      }),
    );
  });
});
