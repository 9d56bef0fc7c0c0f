import { describe, expect, it } from 'vitest';
import { EXAMPLES, kanoFeatures, SHEETS, sheetLines } from '../../../src/lib/workbook';

const sheet = (id: string) => SHEETS.find((item) => item.id === id)!;

describe('sheetLines (the PNG of one worksheet)', () => {
  it('the SMART example: title, team, then each label and its value', () => {
    const lines = sheetLines(sheet('smart'), { team: '第一组', members: '张敏、刘洋' }, EXAMPLES.smart.answers);
    expect(lines.slice(0, 4)).toEqual([
      { kind: 'title', text: '8. SMART 目标' },
      { kind: 'meta', text: '团队：第一组；成员：张敏、刘洋' },
      { kind: 'label', text: '指标' },
      { kind: 'body', text: '到达行李提取投诉数' },
    ]);
    expect(lines).toHaveLength(2 + 6 * 2);
  });

  it('a table row reads column by column and skips empty cells and rows', () => {
    const lines = sheetLines(sheet('complaint'), { team: '', members: '' }, { points: [{}, { point: '早餐排队', owner: '餐饮经理' }] });
    expect(lines[1]).toEqual({ kind: 'meta', text: '团队：未命名团队' });
    expect(lines.slice(2)).toEqual([
      { kind: 'label', text: '易投诉点与预防做法' },
      { kind: 'body', text: '1. 易投诉点：早餐排队；负责人：餐饮经理' },
    ]);
  });

  it('an empty worksheet says 未填 under every field', () => {
    const lines = sheetLines(sheet('gaps'), { team: 'x', members: '' }, undefined);
    expect(lines.filter((line) => line.kind === 'body').map((line) => line.text)).toEqual(['（未填）', '（未填）']);
  });
});

describe('kanoFeatures (worksheet 1 → the KANO questionnaire builder)', () => {
  it('takes the needs column, trimmed, without empty rows or repeats', () => {
    expect(kanoFeatures({ needs: [{ need: ' 接机 ' }, {}, { need: '接机' }, { need: '延迟退房', kano: '期望' }] })).toEqual(['接机', '延迟退房']);
  });
  it('the scenic-area example gives its four needs', () => {
    expect(kanoFeatures(EXAMPLES.kano.answers)).toHaveLength(4);
  });
  it('nothing typed, nothing sent', () => {
    expect(kanoFeatures(undefined)).toEqual([]);
  });
});
