import { describe, expect, it } from 'vitest';
import { createMap, mapPeakEnd, peakEndOf, peakEndSentence, reduceMap } from '../../../src/lib/journey';

describe('peakEndOf: hand-worked curves', () => {
  // Each row: scores, end index, then peak, end, score = (peak + end) / 2 and the plain mean, worked by hand.
  it.each<[string, (number | null)[], number, { peak: number; end: number; score: number; mean: number; peakIndex: number; endIndex: number }]>([
    // The lecture's as-is hotel curve up to 离店: +1 −1 −2 +1 −1. Peak −2 (入住), end −1; (−2 + −1)/2 = −1.5; mean (1−1−2+1−1)/5 = −2/5 = −0.4.
    ['hotel as-is, episode ends at 离店', [1, -1, -2, 1, -1, 0], 4, { peak: -2, end: -1, score: -1.5, mean: -0.4, peakIndex: 2, endIndex: 4 }],
    // The redesigned curve to 离店: +1 +0.5 +1 +2 +1.5. Peak +2, end +1.5; score 1.75; mean 6/5 = 1.2.
    ['hotel to-be, episode ends at 离店', [1, 0.5, 1, 2, 1.5, 1], 4, { peak: 2, end: 1.5, score: 1.75, mean: 1.2, peakIndex: 3, endIndex: 4 }],
    // Kahneman et al. (1993)'s point in miniature: the longer trial adds a milder end. Short: −2 −2 → (−2 −2)/2 = −2, mean −2.
    ['a short painful episode', [-2, -2], 1, { peak: -2, end: -2, score: -2, mean: -2, peakIndex: 0, endIndex: 1 }],
    // Long: −2 −2 −1 → peak −2 (the first), end −1, score −1.5 (remembered as better), mean −5/3 ≈ −1.667.
    ['the same episode with a milder end added', [-2, -2, -1], 2, { peak: -2, end: -1, score: -1.5, mean: -5 / 3, peakIndex: 0, endIndex: 2 }],
    // Equal intensity +2 and −2: the negative counts as the peak; end 0 → score −1; mean 0/3 = 0.
    ['a tie between +2 and −2 goes to the negative', [2, -2, 0], 2, { peak: -2, end: 0, score: -1, mean: 0, peakIndex: 1, endIndex: 2 }],
    // Unscored stages are skipped: 0.5, –, 1.5, – → peak 1.5 (index 2), end is the last scored (index 2), score 1.5, mean 1.
    ['unscored stages are skipped, the end is the last scored', [0.5, null, 1.5, null], 3, { peak: 1.5, end: 1.5, score: 1.5, mean: 1, peakIndex: 2, endIndex: 2 }],
  ])('%s', (_case, scores, endIndex, expected) => {
    const result = peakEndOf(scores, endIndex)!;
    expect(result.peak).toBe(expected.peak);
    expect(result.end).toBe(expected.end);
    expect(result.score).toBeCloseTo(expected.score, 10);
    expect(result.mean).toBeCloseTo(expected.mean, 10);
    expect(result.peakIndex).toBe(expected.peakIndex);
    expect(result.endIndex).toBe(expected.endIndex);
  });

  it('no scored stage gives null', () => {
    expect(peakEndOf([null, null])).toBeNull();
    expect(peakEndOf([])).toBeNull();
  });

  it('uses the map end stage, or the last stage when none is chosen', () => {
    let map = createMap('m', 't', ['a', 'b', 'c']);
    map = reduceMap(map, { type: 'setEmotion', stageId: 's1', curve: 'asIs', value: -1 });
    map = reduceMap(map, { type: 'setEmotion', stageId: 's2', curve: 'asIs', value: 1 });
    map = reduceMap(map, { type: 'setEmotion', stageId: 's3', curve: 'asIs', value: 2 });
    // Whole curve: peak +2, end +2 → 2. Ending at b: peak −1 vs +1 tie → −1, end +1 → 0.
    expect(mapPeakEnd(map, 'asIs')!.score).toBe(2);
    expect(mapPeakEnd(reduceMap(map, { type: 'setEnd', stageId: 's2' }), 'asIs')!.score).toBe(0);
  });

  it('the sentence names the peak and end stages and says which way memory leans', () => {
    const result = peakEndOf([1, -1, -2, 1, -1], 4)!;
    const sentence = peakEndSentence(result, ['预约', '到店', '入住', '在住', '离店']);
    expect(sentence).toContain('入住');
    expect(sentence).toContain('离店');
    expect(sentence).toContain('更差');
  });
});
