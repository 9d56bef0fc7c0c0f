import { describe, expect, it } from 'vitest';
import { isFeatureTally, kanoResultRows, summariseFeature, tallyFromPairs } from '../../../src/lib/kano';

describe('kanoResultRows (CSV export)', () => {
  // Hand-worked: pairs (1,5) O, (2,5) M, (2,5) M, (3,3) I → n 4; Better 1/4 = 0.25, Worse −3/4 = −0.75.
  const feature = summariseFeature(tallyFromPairs('接机服务', [[1, 5], [2, 5], [2, 5], [3, 3]], [8, 9]));

  it('writes a header and one row per feature and segment', () => {
    const rows = kanoResultRows([feature], [{ name: '亲子家庭', features: [feature] }]);
    expect(rows).toHaveLength(3);
    expect(rows[0]!.slice(0, 3)).toEqual(['客群', '功能', '有效回答']);
    const header = rows[0]!;
    const row = rows[1]!;
    const value = (column: string) => row[header.indexOf(column)];
    expect([value('客群'), value('功能'), value('有效回答'), value('M 人数'), value('O 人数'), value('I 人数')]).toEqual(['全部', '接机服务', 4, 2, 1, 1]);
    expect([value('M %'), value('归类'), value('Better'), value('Worse'), value('重要性均值')]).toEqual([50, 'M', 0.25, -0.75, 8.5]);
    expect(rows[2]![0]).toBe('亲子家庭');
  });
});

describe('isFeatureTally', () => {
  it.each([
    [tallyFromPairs('x', [[1, 5]]), true],
    [{ name: 'x', pairs: new Array(24).fill(0), importance: new Array(9).fill(0) }, false],
    [{ name: 'x', pairs: new Array(25).fill(-1), importance: new Array(9).fill(0) }, false],
    [{ name: 1, pairs: new Array(25).fill(0), importance: new Array(9).fill(0) }, false],
    [null, false],
  ])('%#', (value, expected) => {
    expect(isFeatureTally(value)).toBe(expected);
  });
});
