import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addCounts, emptyCounts, normaliseSegmentLabel, summariseSegments, tallyBySegment, tallyScores, UNLABELLED_SEGMENT } from '../../../src/lib/nps';
import { score } from './arbitraries';

describe('tallyBySegment', () => {
  it('groups answers by label in order of first appearance (hand-worked)', () => {
    const segments = tallyBySegment([[10, '北京店'], [3, '上海店'], [9, '北京店'], [8, '']]);
    expect(segments.map((segment) => segment.label)).toEqual(['北京店', '上海店', UNLABELLED_SEGMENT]);
    expect(segments[0]!.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });

  it.each([
    ['  北京  店 ', '北京 店'],
    ['', UNLABELLED_SEGMENT],
    ['   ', UNLABELLED_SEGMENT],
    ['A', 'A'],
  ])('normalises %j → %j', (raw, expected) => {
    expect(normaliseSegmentLabel(raw)).toBe(expected);
  });

  it('segments add up to the whole survey (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(score, fc.constantFrom('A', 'B', 'C', '')), { maxLength: 200 }), (answers) => {
      const pooled = tallyBySegment(answers).reduce<number[]>((sum, segment) => addCounts(sum, segment.counts), emptyCounts());
      expect(pooled).toEqual(tallyScores(answers.map(([value]) => value)));
    }));
  });
});

describe('summariseSegments', () => {
  it('sorts by NPS, highest first, and skips empty segments', () => {
    const summaries = summariseSegments([
      { label: '低', counts: [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5] },
      { label: '空', counts: emptyCounts() },
      { label: '高', counts: [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 8] },
    ]);
    expect(summaries.map((summary) => [summary.label, summary.summary.nps])).toEqual([
      ['高', 80],
      ['低', 0],
    ]);
    expect(summaries[0]!.interval.lower).toBeLessThan(80);
  });

  it('breaks ties by size, then by label', () => {
    const summaries = summariseSegments([
      { label: '乙', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
      { label: '甲', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
      { label: '丙', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4] },
    ]);
    expect(summaries.map((summary) => summary.label)).toEqual(['丙', ...['甲', '乙'].sort((a, b) => a.localeCompare(b, 'zh-CN'))]);
  });
});
