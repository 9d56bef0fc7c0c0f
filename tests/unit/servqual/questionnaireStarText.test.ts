import { describe, expect, it } from 'vitest';
import { exampleQuestionnaire } from '../../../src/lib/servqual/exampleData';
import { questionnaireStarText } from '../../../src/lib/servqual';

describe('SERVQUAL questionnaire as 问卷星 text', () => {
  const base = exampleQuestionnaire('two-column', 5, true);
  const questionnaire = { ...base, title: '调查', provider: '本酒店', excellentProvider: '一家出色的酒店', items: base.items.filter((item) => item.dimension === 'tangibles').slice(0, 2) };
  const { text, intro } = questionnaireStarText(questionnaire);
  const blocks = text.trimEnd().split('\n\n');

  it('two items × (E, P) + one weight question: title and 5 blocks', () => {
    expect(blocks).toHaveLength(1 + 2 * 2 + 1);
    expect(blocks[0]).toBe('调查');
  });

  it('E questions first, then P, each a 1–5 single choice naming the scale ends', () => {
    expect(blocks[1]).toBe(`1.【E1 期望】一家出色的酒店应当做到：${questionnaire.items[0]!.text}（1 = 非常不同意，5 = 非常同意）[单选题]\n1\n2\n3\n4\n5`);
    expect(blocks[3]).toMatch(/^3\.【P1 感知】本酒店实际做到：/);
  });

  it('the weights are fill-in questions', () => {
    expect(blocks[5]).toBe('5.【W1 重要性】请把 100 分分配给下面 1 个方面，越重要的方面分数越多，1 项合计必须等于 100。有形度：设施、设备、人员和资料等看得见的部分[填空题]');
    expect(intro).toContain('「期望」「感知」两个评分');
  });
});
