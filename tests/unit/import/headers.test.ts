import { describe, expect, it } from 'vitest';
import { cleanHeader, detectQuestionnaireStar, isMetaColumn, questionNumber, splitMatrixHeader } from '../../../src/lib/import/headers';

describe('cleanHeader strips question numbering', () => {
  it.each([
    ['3、您有多大可能向朋友推荐我们？', '您有多大可能向朋友推荐我们？'],
    ['Q3. 推荐意愿', '推荐意愿'],
    ['Q3、推荐意愿', '推荐意愿'],
    ['q12:推荐意愿', '推荐意愿'],
    ['3.推荐意愿', '推荐意愿'],
    ['3．推荐意愿', '推荐意愿'],
    ['第3题 推荐意愿', '推荐意愿'],
    ['(3)推荐意愿', '推荐意愿'],
    ['13、满意度—外观', '满意度—外观'],
    ['  推荐  意愿 ', '推荐 意愿'],
    ['推荐意愿', '推荐意愿'],
    ['3.', '3.'],
    ['2024年满意度', '2024年满意度'],
    ['0–10 分推荐', '0–10 分推荐'],
  ])('%j → %j', (header, expected) => {
    expect(cleanHeader(header)).toBe(expected);
  });
});

describe('questionNumber', () => {
  it.each([
    ['3、推荐', '3'],
    ['Q12. 推荐', '12'],
    ['第7题 推荐', '7'],
    ['推荐', null],
  ])('%j → %j', (header, expected) => {
    expect(questionNumber(header)).toBe(expected);
  });
});

describe('splitMatrixHeader', () => {
  it.each([
    ['13、请评价以下方面—外观', { question: '请评价以下方面', item: '外观' }],
    ['13、请评价以下方面——服务态度', { question: '请评价以下方面', item: '服务态度' }],
    ['13、请评价以下方面 — 等候时间', { question: '请评价以下方面', item: '等候时间' }],
    ['3、推荐意愿', { question: '推荐意愿', item: null }],
    ['3、—外观', { question: '—外观', item: null }],
    ['0-10 推荐意愿', { question: '0-10 推荐意愿', item: null }],
  ])('%j', (header, expected) => {
    expect(splitMatrixHeader(header)).toEqual(expected);
  });
});

describe('问卷星 meta columns', () => {
  it('recognises the export’s meta columns', () => {
    expect(isMetaColumn('序号')).toBe(true);
    expect(isMetaColumn('来自IP')).toBe(true);
    expect(isMetaColumn(' 提交答卷时间 ')).toBe(true);
    expect(isMetaColumn('推荐意愿')).toBe(false);
  });

  it.each([
    [['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、推荐'], true],
    [['序号', '1、推荐'], false],
    [['得分', '分组'], false],
  ])('%j → %s', (headers, expected) => {
    expect(detectQuestionnaireStar(headers)).toBe(expected);
  });
});
