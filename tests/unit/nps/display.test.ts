import { describe, expect, it } from 'vitest';
import { confidencePercent, intervalBar, percentOneDecimal, scalePosition } from '../../../src/lib/nps/display';

describe('display sums (hand-worked)', () => {
  it.each([[-100, 0], [0, 50], [100, 100], [17.5, 58.75], [-37.7, 31.15]])('NPS %d sits at %d %% of the bar', (nps, position) => {
    expect(scalePosition(nps)).toBeCloseTo(position, 10);
  });

  it.each([
    [{ lower: -20, upper: 40 }, { left: 40, width: 30 }],
    [{ lower: 14.09, upper: 20.81 }, { left: 57.045, width: 3.36 }],
  ])('interval %j → bar %j', (interval, bar) => {
    const result = intervalBar(interval);
    expect(result.left).toBeCloseTo(bar.left, 10);
    expect(result.width).toBeCloseTo(bar.width, 10);
  });

  it.each([[0.12345, 12.3], [0.25, 25], [0.0749, 7.5], [1, 100]])('share %d → %d %%', (share, percent) => {
    expect(percentOneDecimal(share)).toBe(percent);
  });

  it.each([[0.95, 95], [0.9, 90], [0.99, 99]])('confidence %d → %d %%', (confidence, percent) => {
    expect(confidencePercent(confidence)).toBe(percent);
  });
});
