import { describe, expect, it } from 'vitest';
import { createQuestionnaire, HEADER_SEPARATOR, ratingHeader, templateColumns, templateHeaders, templateNotes, weightHeader } from '../../../src/lib/servqual';
import { smallQuestionnaire } from './helpers';

describe('template headers', () => {
  it('puts each item’s columns side by side, then the weights', () => {
    expect(templateHeaders(smallQuestionnaire({ askWeights: true }))).toEqual([
      'E1 期望｜设施设备新颖、现代',
      'P1 感知｜设施设备新颖、现代',
      'E2 期望｜营业场所的环境美观、吸引人',
      'P2 感知｜营业场所的环境美观、吸引人',
      'E3 期望｜承诺在某个时间办好的事，能按时办好',
      'P3 感知｜承诺在某个时间办好的事，能按时办好',
      'E4 期望｜顾客遇到问题时，真心诚意地帮助解决',
      'P4 感知｜顾客遇到问题时，真心诚意地帮助解决',
      'W1 重要性｜有形度',
      'W2 重要性｜可靠度',
    ]);
    expect(templateHeaders(createQuestionnaire('generic', { format: 'three-column', askWeights: false }))).toHaveLength(66);
  });

  it('explains the columns on a notes sheet', () => {
    const notes = templateNotes(createQuestionnaire('hotel', { scaleMax: 5 }));
    expect(notes[0]).toEqual(['项目', '说明']);
    expect(notes.flat().join(' ')).toContain('填 1–5 的整数');
    expect(notes.flat().join(' ')).toContain('合计必须为 100');
  });

  it('a header is the role code and item number, the label, a full-width bar, then the statement', () => {
    expect(HEADER_SEPARATOR).toBe('｜');
    expect(ratingHeader('adequate', 7, '第一次就把服务做对')).toBe('A7 可接受｜第一次就把服务做对');
    expect(weightHeader('empathy', 5)).toBe('W5 重要性｜同理度');
  });

  it('each column says what it holds: 2 items × (E, P) + 2 weights', () => {
    const columns = templateColumns(smallQuestionnaire({ askWeights: true }));
    expect(columns.map((column) => [column.kind, column.role, column.dimension])).toEqual([
      ['rating', 'expected', 'tangibles'],
      ['rating', 'perceived', 'tangibles'],
      ['rating', 'expected', 'tangibles'],
      ['rating', 'perceived', 'tangibles'],
      ['rating', 'expected', 'reliability'],
      ['rating', 'perceived', 'reliability'],
      ['rating', 'expected', 'reliability'],
      ['rating', 'perceived', 'reliability'],
      ['weight', null, 'tangibles'],
      ['weight', null, 'reliability'],
    ]);
  });
});
