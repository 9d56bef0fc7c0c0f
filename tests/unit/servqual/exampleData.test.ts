import { describe, expect, it } from 'vitest';
import {
  analyseServqual,
  buildServqualReport,
  detectServqualColumns,
  questionnaireStarText,
  createQuestionnaire,
} from '../../../src/lib/servqual';
import { EXAMPLE_RESPONDENTS, exampleQuestionnaire, exampleSurveyRows, exampleSurveyText } from '../../../src/lib/servqual/exampleData';
import { ok, table } from './helpers';

describe('教学示例数据', () => {
  it.each(['two-column', 'three-column'] as const)('%s: is the same every time, matches the template and shows the intended pattern', (format) => {
    const questionnaire = exampleQuestionnaire(format);
    const rows = exampleSurveyRows(questionnaire);
    expect(exampleSurveyRows(questionnaire)).toEqual(rows);
    expect(rows).toHaveLength(EXAMPLE_RESPONDENTS + 1);
    const detection = detectServqualColumns({ headers: rows[0]!, rows: rows.slice(1, 21) }, questionnaire);
    expect(detection.method).toBe('codes');
    const result = ok(analyseServqual(table(rows), { kind: 'servqual', questionnaire, mapping: detection.mapping }));
    // The three deliberate errors: an out-of-range answer, a word, an allocation of 110.
    expect(result.issues.invalidCount).toBe(2);
    expect(result.issues.first.map((issue) => issue.row)).toEqual([12, 47]);
    expect(result.weightIssues.count).toBe(1);
    expect(result.weightIssues.first[0]!.message).toBe('第 103 行：重要性分配合计为 110，应为 100。');
    const report = buildServqualReport(result.summary, { typedWeights: null, crosshairs: 'data-mean', ipaLevel: 'dimension' });
    const gaps = Object.fromEntries(report.dimensions.map((row) => [row.dimension, row.gap]));
    expect(gaps.responsiveness!).toBeLessThan(gaps.reliability!);
    expect(gaps.reliability!).toBeLessThan(gaps.tangibles!);
    for (const row of report.reliability) {
      expect(row.alpha!).toBeGreaterThan(0.5);
      expect(row.alpha!).toBeLessThan(1);
    }
    expect(report.scores.weightSource).toBe('respondents');
  });

  it('is CSV text with the template header first', () => {
    const text = exampleSurveyText(exampleQuestionnaire('two-column'));
    expect(text.split('\r\n')[0]!.startsWith('E1 期望｜客房和公共区域的设施设备新颖、好用,P1 感知｜')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(EXAMPLE_RESPONDENTS + 1);
  });
});

describe('questionnaireStarText', () => {
  it('writes one single-choice block per rating with bare-number options, then the allocation as fill-ins', () => {
    const { text, intro } = questionnaireStarText(createQuestionnaire('hotel'));
    const blocks = text.trimEnd().split('\n\n');
    expect(blocks[0]).toBe('酒店服务质量调查');
    expect(blocks).toHaveLength(1 + 44 + 5);
    expect(blocks[1]).toBe('1.【E1 期望】一家出色的酒店应当做到：客房和公共区域的设施设备新颖、好用（1 = 非常不同意，7 = 非常同意）[单选题]\n1\n2\n3\n4\n5\n6\n7');
    expect(blocks[23]!.split('\n')[0]).toBe('23.【P1 感知】本酒店实际做到：客房和公共区域的设施设备新颖、好用（1 = 非常不同意，7 = 非常同意）[单选题]');
    expect(blocks[45]).toBe('45.【W1 重要性】请把 100 分分配给下面 5 个方面，越重要的方面分数越多，5 项合计必须等于 100。有形度：设施、设备、人员和资料等看得见的部分[填空题]');
    expect(intro).toContain('「期望」「感知」两个评分');
  });

  it('uses the 5-point options and three columns when set', () => {
    const { text } = questionnaireStarText(createQuestionnaire('airport', { scaleMax: 5, format: 'three-column', askWeights: false }));
    const blocks = text.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(1 + 66);
    expect(blocks[1]!.split('\n')).toHaveLength(6);
    expect(blocks[23]!.startsWith('23.【A1 可接受】您能接受的最低水平是本机场做到：')).toBe(true);
  });
});
