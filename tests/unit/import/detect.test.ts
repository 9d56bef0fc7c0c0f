import { describe, expect, it } from 'vitest';
import { detectScoreColumns, detectSegmentColumns, findColumnsByKeywords, NPS_KEYWORDS, suggestScoreColumn } from '../../../src/lib/import/detect';
import { WJX_HEADERS, WJX_ROWS } from './fixtures';

const NPS = { min: 0, max: 10 };
const wjx = { headers: WJX_HEADERS, rows: WJX_ROWS };

describe('detectScoreColumns', () => {
  it('finds 0–10 columns in a 问卷星 export, skipping meta columns and tolerating 9分, (跳过), (空), -3', () => {
    // 序号 1–4 would fit 0–10 but is a meta column; 3、满意度 columns are 1–5.
    expect(detectScoreColumns(wjx, NPS)).toEqual([7, 8, 9]);
    expect(detectScoreColumns(wjx, { min: 1, max: 5 })).toEqual([8, 9]);
  });

  it.each([
    [[['9'], ['10'], ['0']], [0]],
    [[['9'], ['11']], []],
    [[['9'], ['9.5']], []],
    [[['(跳过)'], ['']], []],
    [[['9'], ['abc']], []],
  ])('rows %j → %j', (rows, expected) => {
    expect(detectScoreColumns({ headers: ['x'], rows }, NPS)).toEqual(expected);
  });
});

describe('findColumnsByKeywords and suggestScoreColumn', () => {
  it('matches keywords after the numbering is removed', () => {
    expect(findColumnsByKeywords(WJX_HEADERS, NPS_KEYWORDS)).toEqual([7]);
    expect(findColumnsByKeywords(['Q1. Recommend?'], ['recommend'])).toEqual([0]);
  });

  it('prefers a keyword column, then a column that is not an id', () => {
    expect(suggestScoreColumn(wjx, { ...NPS, keywords: NPS_KEYWORDS })).toBe(7);
    expect(suggestScoreColumn({ headers: ['ID', '得分'], rows: [['1', '9'], ['2', '3']] }, NPS)).toBe(1);
    expect(suggestScoreColumn({ headers: ['备注'], rows: [['好']] }, NPS)).toBeNull();
  });

  it('still suggests the keyword column when a stray value (≤ 20 %) is out of range', () => {
    const rows = [['9', '5'], ['11', '4'], ['10', '3'], ['7', '5'], ['8', '2']];
    const table = { headers: ['2、您有多大可能向朋友推荐我们？', '3、满意度—外观'], rows };
    expect(detectScoreColumns(table, NPS)).toEqual([1]);
    expect(detectScoreColumns(table, { ...NPS, maxInvalidShare: 0.2 })).toEqual([0, 1]);
    expect(suggestScoreColumn(table, { ...NPS, keywords: NPS_KEYWORDS })).toBe(0);
    // Mostly invalid: not a score column, keyword or not.
    const noisy = { headers: ['推荐理由'], rows: [['很好'], ['不错'], ['9']] };
    expect(suggestScoreColumn(noisy, { ...NPS, keywords: NPS_KEYWORDS })).toBeNull();
  });
});

describe('detectSegmentColumns', () => {
  it('finds a column of a few text groups and leaves out meta columns and scores', () => {
    expect(detectSegmentColumns(wjx)).toEqual([6, 3]);
  });

  it('leaves out free-text columns and single-value columns', () => {
    const rows = Array.from({ length: 10 }, (_, index) => [`意见${index}`, '同一值', index % 2 ? '男' : '女']);
    expect(detectSegmentColumns({ headers: ['意见', '常量', '性别'], rows })).toEqual([2]);
  });
});

describe('suggestScoreColumn: a header word or a fitting range alone is not enough (issue 12)', () => {
  it('skips a 0/1 checkbox column whose header says 推荐, and a 1–5 item that fits inside 0–10', () => {
    const table = {
      headers: ['第2题(朋友推荐)', '1、满意度', '3、您向朋友推荐我们的可能性'],
      rows: [['1', '5', '9'], ['0', '4', '10'], ['1', '3', '6'], ['0', '2', '8']],
    };
    expect(suggestScoreColumn(table, { min: 0, max: 10, keywords: ['推荐'] })).toBe(2);
  });

  it('suggests nothing when only 1–5 items fit inside 0–10', () => {
    expect(suggestScoreColumn({ headers: ['满意度', '推荐意愿'], rows: [['5', '4'], ['3', '5'], ['1', '2']] }, { min: 0, max: 10, keywords: ['推荐'] })).toBeNull();
  });
});
