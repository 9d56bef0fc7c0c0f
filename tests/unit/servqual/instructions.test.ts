import { describe, expect, it } from 'vitest';
import { exampleQuestionnaire } from '../../../src/lib/servqual/exampleData';
import { questionnaireIntro, roleInstruction, weightLine, weightsInstruction } from '../../../src/lib/servqual';

describe('questionnaire instructions', () => {
  const twoColumn = { ...exampleQuestionnaire('two-column', 7), provider: '本酒店', excellentProvider: '一家出色的酒店' };
  const threeColumn = { ...exampleQuestionnaire('three-column', 5), provider: '本酒店', excellentProvider: '一家出色的酒店' };

  it('the intro names the columns to rate and the scale ends', () => {
    expect(questionnaireIntro(twoColumn)).toBe('下面每一句话描述服务的一个方面。请对每一句话分别给出「期望」「感知」两个评分：1 = 非常不同意，7 = 非常同意。答案没有对错，请凭真实感受作答。');
    expect(questionnaireIntro(threeColumn)).toContain('「理想」「可接受」「感知」三个评分：1 = 非常不同意，5 = 非常同意。');
  });

  it.each([
    ['expected', '一家出色的酒店应当做到：'],
    ['desired', '您希望本酒店做到（理想水平）：'],
    ['adequate', '您能接受的最低水平是本酒店做到：'],
    ['perceived', '本酒店实际做到：'],
  ] as const)('%s: %s', (role, text) => {
    expect(roleInstruction(twoColumn, role)).toBe(text);
  });

  it('the 100-point allocation counts the dimensions the questionnaire uses', () => {
    const tangiblesOnly = { ...twoColumn, items: twoColumn.items.filter((item) => item.dimension === 'tangibles' || item.dimension === 'empathy') };
    expect(weightsInstruction(tangiblesOnly)).toBe('请把 100 分分配给下面 2 个方面，越重要的方面分数越多，2 项合计必须等于 100。');
    expect(weightLine('tangibles')).toBe('有形度：设施、设备、人员和资料等看得见的部分');
  });
});
