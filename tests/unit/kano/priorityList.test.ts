import { describe, expect, it } from 'vitest';
import { priorityList, summariseFeature, type FeatureTally } from '../../../src/lib/kano';

/** A tally with the given category counts, built from one representative pair per category. */
function tally(name: string, counts: { A?: number; O?: number; M?: number; I?: number; R?: number; Q?: number }): FeatureTally {
  const pairs = new Array<number>(25).fill(0);
  // Representative cells (functional, dysfunctional): A = (1,3), O = (1,5), M = (2,5), I = (3,3), R = (5,1), Q = (1,1).
  const cell = { A: 2, O: 4, M: 9, I: 12, R: 20, Q: 0 } as const;
  for (const [category, count] of Object.entries(counts)) pairs[cell[category as keyof typeof cell]]! += count;
  return { name, pairs, importance: new Array<number>(9).fill(0) };
}

describe('priorityList', () => {
  const features = [
    tally('欢迎水果', { A: 60, I: 40 }), // A, Better 0.6
    tally('客房清洁', { M: 70, O: 20, I: 10 }), // M, Worse −0.9
    tally('延迟退房', { O: 50, A: 20, I: 30 }), // O, Worse −0.5
    tally('免费 Wi-Fi', { O: 60, M: 30, I: 10 }), // O, Worse −0.9
    tally('叫醒服务', { M: 60, I: 40 }), // M, Worse −0.6
    tally('智能音箱', { I: 50, R: 40, A: 10 }), // I
    tally('儿童托管', { A: 70, I: 30 }), // A, Better 0.7
    tally('宠物寄养', { R: 70, I: 30 }), // R
    tally('矛盾题', { Q: 60, I: 40 }), // Q
  ].map(summariseFeature);

  it('orders M by |Worse|, then O by |Worse|, then A by Better, then I/R, then Q', () => {
    expect(priorityList(features).map((item) => [item.feature, item.group])).toEqual([
      ['客房清洁', 'must'],
      ['叫醒服务', 'must'],
      ['免费 Wi-Fi', 'performance'],
      ['延迟退房', 'performance'],
      ['儿童托管', 'attractive'],
      ['欢迎水果', 'attractive'],
      ['宠物寄养', 'drop'],
      ['智能音箱', 'drop'],
      ['矛盾题', 'check'],
    ]);
  });

  it('writes plain Chinese sentences with the figures', () => {
    const items = priorityList(features);
    expect(items[0]!.sentence).toBe('「客房清洁」必须先做好：70% 的旅客视为理所当然，缺了就会不满（Worse −0.90）。');
    expect(items[4]!.sentence).toContain('Better 0.70');
    expect(items[6]!.sentence).toContain('宁愿没有');
  });

  it('leaves out features without answers', () => {
    expect(priorityList([summariseFeature(tally('空', {}))])).toEqual([]);
  });
});
