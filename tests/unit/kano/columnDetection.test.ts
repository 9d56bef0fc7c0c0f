import { describe, expect, it } from 'vitest';
import { columnHeader, detectKanoColumns, kanoAnswerColumns, readKanoHeader } from '../../../src/lib/kano';

describe('readKanoHeader: feature and direction from a header', () => {
  it.each([
    // The template's own headers.
    ['接机服务（正向）', 'functional', '接机服务'],
    ['接机服务（反向）', 'dysfunctional', '接机服务'],
    ['接机服务（重要性）', 'importance', '接机服务'],
    ['免费 Wi-Fi（正向）', 'functional', '免费 Wi-Fi'],
    ['接机服务(正向)', 'functional', '接机服务'],
    ['接机服务-反向', 'dysfunctional', '接机服务'],
    ['正向_延迟退房', 'functional', '延迟退房'],
    ['【反向】延迟退房', 'dysfunctional', '延迟退房'],
    ['延迟退房 functional', 'functional', '延迟退房'],
    ['延迟退房 dysfunctional', 'dysfunctional', '延迟退房'],
    // Question wording, with 问卷星 numbering.
    ['3、如果提供接机服务，您觉得？', 'functional', '接机服务'],
    ['4、如果不提供接机服务，您觉得？', 'dysfunctional', '接机服务'],
    ['Q5. 如果没有儿童托管，您觉得？', 'dysfunctional', '儿童托管'],
    ['如果酒店提供延迟退房，您的感受是？', 'functional', '延迟退房'],
    ['如果酒店不提供延迟退房，您的感受是？', 'dysfunctional', '延迟退房'],
    ['12、接机服务对您有多重要？（1 = 完全不重要，9 = 极其重要）', 'importance', '接机服务'],
    // 问卷星 matrix questions: direction in the question, feature as the row item.
    ['13、正向问题—欢迎水果', 'functional', '欢迎水果'],
    ['14、反向问题—欢迎水果', 'dysfunctional', '欢迎水果'],
    ['15、如果不提供以下服务，您觉得？—欢迎水果', 'dysfunctional', '欢迎水果'],
  ])('%j → %s %s', (header, role, feature) => {
    expect(readKanoHeader(header)).toEqual({ role, feature });
  });

  it.each(['旅客类型', '1、您这次出行属于哪一类？', '客群'])('%j is the segment question', (header) => {
    expect(readKanoHeader(header)).toEqual({ role: 'segment', feature: '' });
  });

  it.each(['序号', '提交答卷时间', '所用时间', '您的年龄', '备注', ''])('%j is not a Kano column', (header) => {
    expect(readKanoHeader(header)).toBeNull();
  });
});

describe('detectKanoColumns', () => {
  it('pairs the template headers and finds the segment and importance columns', () => {
    const headers = ['旅客类型', columnHeader('接机服务', 'functional'), columnHeader('接机服务', 'dysfunctional'), columnHeader('儿童托管', 'functional'), columnHeader('儿童托管', 'dysfunctional'), columnHeader('接机服务', 'importance')];
    expect(detectKanoColumns(headers)).toEqual({
      segment: 0,
      features: [
        { name: '接机服务', functional: 1, dysfunctional: 2, importance: 5 },
        { name: '儿童托管', functional: 3, dysfunctional: 4, importance: null },
      ],
    });
  });

  it('pairs a 问卷星 export with meta columns by feature name, whatever the order', () => {
    const headers = ['序号', '提交答卷时间', '所用时间', '1、您这次出行属于哪一类？', '2、如果提供接机服务，您觉得？', '3、如果提供延迟退房，您觉得？', '4、如果不提供延迟退房，您觉得？', '5、如果不提供接机服务，您觉得？'];
    expect(detectKanoColumns(headers)).toEqual({
      segment: 3,
      features: [
        { name: '接机服务', functional: 4, dysfunctional: 7, importance: null },
        { name: '延迟退房', functional: 5, dysfunctional: 6, importance: null },
      ],
    });
  });

  it('treats names equal up to spaces and punctuation as the same feature', () => {
    const mapping = detectKanoColumns(['免费 Wi-Fi（正向）', '免费WiFi（反向）']);
    expect(mapping.features).toEqual([{ name: '免费 Wi-Fi', functional: 0, dysfunctional: 1, importance: null }]);
  });

  it('pairs leftover one-sided columns in order when the names do not match', () => {
    const mapping = detectKanoColumns(['如果提供叫醒服务，您觉得？', '如果没有人工叫醒，您觉得？']);
    expect(mapping.features).toEqual([{ name: '叫醒服务', functional: 0, dysfunctional: 1, importance: null }]);
  });

  it('keeps a one-sided feature with the other side unset', () => {
    const mapping = detectKanoColumns(['接机服务（正向）', '儿童托管（正向）', '儿童托管（反向）', '延迟退房（正向）']);
    expect(mapping.features.map((feature) => [feature.name, feature.functional, feature.dysfunctional])).toEqual([
      ['接机服务', 0, null],
      ['儿童托管', 1, 2],
      ['延迟退房', 3, null],
    ]);
  });

  it('finds nothing in unrelated headers', () => {
    expect(detectKanoColumns(['姓名', '年龄', '城市'])).toEqual({ features: [], segment: null });
  });
});

describe('kanoAnswerColumns', () => {
  it('suggests columns holding Kano answers only', () => {
    const rows = [
      ['团队旅客', '我很喜欢', '5', '8'],
      ['亲子家庭', '理应如此', '', '9'],
    ];
    expect(kanoAnswerColumns(rows, 4)).toEqual([1, 2]);
  });
});
