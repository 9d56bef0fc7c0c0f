import { describe, expect, it } from 'vitest';
import { frequencyMoments } from '../../../src/lib/kano';

describe('frequencyMoments (mean and sample standard deviation of a frequency table)', () => {
  it('hand-worked: values 2, 4, 9 seen 1, 2, 1 times', () => {
    // Data 2, 4, 4, 9: mean = 19 / 4 = 4.75; squared deviations 7.5625 + 0.5625 + 0.5625 + 18.0625
    // = 26.75; s = √(26.75 / 3) = √8.916667 = 2.986079 (python3: statistics.stdev([2, 4, 4, 9])).
    const moments = frequencyMoments([2, 4, 9], [1, 2, 1]);
    expect(moments?.count).toBe(4);
    expect(moments?.mean).toBeCloseTo(4.75, 12);
    expect(moments?.standardDeviation).toBeCloseTo(2.986079, 6);
  });

  it('one observation has a mean but no standard deviation', () => {
    expect(frequencyMoments([1, 2, 3], [0, 1, 0])).toEqual({ count: 1, mean: 2, standardDeviation: null });
  });

  it('no observations → null', () => {
    expect(frequencyMoments([1, 2], [0, 0])).toBeNull();
  });

  it('rejects tables of different lengths', () => {
    expect(() => frequencyMoments([1, 2], [1])).toThrow(RangeError);
  });
});
