import { describe, expect, it } from 'vitest';
import { CRITERIA, scorePartner, scorePartners } from '../../../src/lib/workbook';

const FULL = { volume: '20', hygiene: '10', software: '10', training: '10' };

describe('the course material scorecard (seed 004, content/reading/after-sales.md)', () => {
  it('the weights the material gives add up to 100', () => {
    // 50 (complaints) + 20 (repair volume) + 10 + 10 + 10 = 100
    expect(CRITERIA.reduce((sum, criterion) => sum + criterion.weight, 0)).toBe(100);
  });

  it.each<[string, Record<string, string>, number]>([
    ['no complaints, full marks: 50 + 20 + 10 + 10 + 10', {}, 100],
    ['one B complaint: 50 − 20 = 30 on item 1', { cB: '1' }, 80],
    ['one A complaint takes all 50', { cA: '1' }, 50],
    ['two A complaints: 50 − 100 stops at 0', { cA: '2' }, 50],
    ['one of each A–D: 50 − 50 − 20 − 10 − 5 stops at 0', { cA: '1', cB: '1', cC: '1', cD: '1' }, 50],
    ['one D complaint and one C delight: 50 − 5 + 10 = 55', { cD: '1', mC: '1' }, 105],
    ['one A delight: 50 + 50 = 100 on the shared item', { mA: '1' }, 150],
  ])('%s', (_case, row, total) => {
    const result = scorePartner({ name: '甲', ...FULL, ...row });
    expect(result.ok && result.score.total).toBe(total);
  });

  it('the worked example of worksheet 10', () => {
    // 甲: 50 − 20 (B) + 10 (C delight) = 40; 40 + 18 + 8 + 10 + 10 = 86.
    // 乙: 50 − 2×10 − 5 = 25; 25 + 15 + 9 + 6 + 10 = 65.
    const { scores, messages } = scorePartners([
      { name: '乙', cC: '2', cD: '1', volume: '15', hygiene: '9', software: '6', training: '10' },
      { name: '甲', cB: '1', mC: '1', volume: '18', hygiene: '8', software: '10', training: '10' },
      { name: '', volume: ' ' },
    ]);
    expect(messages).toEqual([]);
    expect(scores.map((score) => [score.name, score.total])).toEqual([['甲', 86], ['乙', 65]]);
    expect(scores[0]?.points).toEqual([40, 18, 8, 10, 10]);
  });

  it.each([
    [{ volume: '25' }, '维修量'],
    [{ cA: '1.5' }, '整数'],
    [{ hygiene: '很好' }, '不是数字'],
  ])('a value it cannot use gives a message (%j)', (row, text) => {
    const { scores, messages } = scorePartners([{ name: '丙', ...row }]);
    expect(scores).toEqual([]);
    expect(messages[0]).toContain('丙');
    expect(messages[0]).toContain(text);
  });
});
