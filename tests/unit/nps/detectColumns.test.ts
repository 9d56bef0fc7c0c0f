import { describe, expect, it } from 'vitest';
import { suggestNpsColumns } from '../../../src/lib/nps/detectColumns';

const table = (headers: string[], rows: string[][]) => ({ headers, rows });

describe('suggestNpsColumns', () => {
  it('picks the 0–10 column whose header names the NPS question, and the store column as a segment', () => {
    const sample = table(
      ['序号', '门店', '总体满意度（1–5）', '您向朋友推荐本店的可能性'],
      [
        ['1', '城东店', '4', '9'],
        ['2', '城西店', '5', '10'],
        ['3', '城东店', '2', '3'],
        ['4', '机场店', '3', '7'],
      ],
    );
    // Columns 0, 2 and 3 hold numbers within 0–10; the keyword 推荐 puts column 3 first.
    const { scoreColumns, segmentColumns } = suggestNpsColumns(sample);
    expect(scoreColumns[0]).toBe(3);
    expect(segmentColumns).toContain(1);
    expect(segmentColumns).not.toContain(3);
  });

  it('a column with a value outside 0–10 is not a score column', () => {
    const { scoreColumns } = suggestNpsColumns(table(['年龄', '评分'], [['35', '8'], ['62', '10']]));
    expect(scoreColumns).toEqual([1]);
  });

  it('without any 0–10 column, falls back to the header keywords', () => {
    const { scoreColumns } = suggestNpsColumns(table(['门店', 'NPS 评分'], [['城东店', '很愿意'], ['城西店', '不好说']]));
    expect(scoreColumns).toEqual([1]);
  });
});
