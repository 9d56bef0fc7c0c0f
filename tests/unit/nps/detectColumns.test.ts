/**
 * The NPS group column is found over all rows (the worker's column profiles), not in the first
 * 20 rows of the preview: a file sorted by group shows one group in its first rows.
 */
import { describe, expect, it } from 'vitest';
import { profileTable } from '../../../src/lib/import/profile';
import { suggestNpsColumns } from '../../../src/lib/nps';

const HEADERS = ['序号', '门店', '您有多大可能向朋友推荐我们？'];
/** 60 rows sorted by store: 城东店 rows 1–30, 城西店 rows 31–60; scores cycle 0 … 10. */
const ROWS = Array.from({ length: 60 }, (_, index) => [String(index + 1), index < 30 ? '城东店' : '城西店', String(index % 11)]);
const PREVIEW = ROWS.slice(0, 20);

describe('suggestNpsColumns: the group column', () => {
  it('from the first 20 rows alone, a sorted file shows one store and no group column', () => {
    expect(suggestNpsColumns({ headers: HEADERS, rows: PREVIEW }).segmentColumns).toEqual([]);
  });

  it('with profiles over all 60 rows, 门店 (2 stores, 30 rows each) is suggested', () => {
    const suggestions = suggestNpsColumns({ headers: HEADERS, rows: PREVIEW, profiles: profileTable({ headers: HEADERS, rows: ROWS }) });
    expect(suggestions.scoreColumns[0]).toBe(2);
    expect(suggestions.segmentColumns[0]).toBe(1);
    // 序号 is unique in every row: never a group.
    expect(suggestions.segmentColumns).not.toContain(0);
  });
});
