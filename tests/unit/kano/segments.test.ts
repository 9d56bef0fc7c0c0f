import { describe, expect, it } from 'vitest';
import { segmentDifferences, summariseSegment, tallyFromPairs } from '../../../src/lib/kano';

describe('segmentDifferences', () => {
  // 亲子家庭: 儿童托管 A (like/neutral), 接机服务 O. 企业会务: 儿童托管 I (neutral/neutral), 接机服务 O.
  const families = summariseSegment({ name: '亲子家庭', respondents: 3, features: [tallyFromPairs('儿童托管', [[1, 3], [1, 3], [1, 3]]), tallyFromPairs('接机服务', [[1, 5], [1, 5]])] });
  const business = summariseSegment({ name: '企业会务', respondents: 3, features: [tallyFromPairs('儿童托管', [[3, 3], [3, 3]]), tallyFromPairs('接机服务', [[1, 5]])] });

  it('lists the features whose category differs', () => {
    expect(segmentDifferences(families, business)).toEqual([
      { feature: '儿童托管', first: 'A', second: 'I', sentence: '「儿童托管」：亲子家庭为兴奋型（A），企业会务为无差异型（I）。' },
    ]);
  });

  it('treats a feature without answers in one segment as different', () => {
    const empty = summariseSegment({ name: '疗养休闲', respondents: 0, features: [tallyFromPairs('儿童托管', []), tallyFromPairs('接机服务', [[1, 5]])] });
    expect(segmentDifferences(families, empty)[0]).toMatchObject({ feature: '儿童托管', first: 'A', second: null });
    expect(segmentDifferences(families, empty)[0]!.sentence).toContain('无数据');
  });

  it('finds no difference between a segment and itself', () => {
    expect(segmentDifferences(families, families)).toEqual([]);
  });
});
