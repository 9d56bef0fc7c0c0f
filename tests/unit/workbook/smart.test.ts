import { describe, expect, it } from 'vitest';
import { checkSmart, type SmartGoal } from '../../../src/lib/workbook';

/** A goal that passes every rule (the airport example of worksheet 8). */
const GOOD: SmartGoal = { metric: '到达行李提取投诉数', baseline: '每万名旅客 4.2 起', target: '每万名旅客 2 起以下', deadline: '2027 年 6 月 30 日', owner: '行李服务部 王经理', scope: 'T2 国内到达' };
const rules = (goal: Partial<SmartGoal>) => checkSmart({ ...GOOD, ...goal }).map((finding) => finding.rule);

describe('checkSmart', () => {
  it('a complete goal has no findings', () => {
    expect(checkSmart(GOOD)).toEqual([]);
  });

  // Each rule: an input that breaks it (negative) and one that satisfies it (positive).
  it.each<[string, Partial<SmartGoal>, Partial<SmartGoal>, string]>([
    ['metric-missing', { metric: ' ' }, { metric: '排队分钟数' }, '缺少指标'],
    ['metric-vague', { metric: '服务质量提升' }, { metric: '服务质量评分' }, '指标太笼统'],
    ['baseline-missing', { baseline: '' }, { baseline: '25 分钟' }, '缺少基线'],
    ['baseline-no-number', { baseline: '比较高' }, { baseline: '百分之八' }, '基线没有数值'],
    ['target-missing', { target: '' }, { target: '10 分钟' }, '缺少目标值'],
    ['target-no-number', { target: '明显下降' }, { target: '降到三起' }, '目标不可衡量'],
    ['target-same', { baseline: '4 起', target: '4 起' }, { baseline: '4 起', target: '2 起' }, '目标值与基线相同'],
    ['deadline-missing', { deadline: '' }, { deadline: '2027-06-30' }, '缺少期限'],
    ['deadline-vague', { deadline: '尽快' }, { deadline: '三个月内' }, '期限不明确'],
    ['deadline-vague', { deadline: '下一阶段' }, { deadline: '第二季度末' }, '期限不明确'],
    ['owner-missing', { owner: '' }, { owner: '张敏' }, '缺少负责人'],
    ['owner-vague', { owner: '全体员工' }, { owner: '前台主管' }, '负责人不具体'],
    ['scope-missing', { scope: '' }, { scope: '北门' }, '缺少范围'],
  ])('%s: flagged for %j, not for %j', (rule, bad, good, text) => {
    const findings = checkSmart({ ...GOOD, ...bad });
    expect(findings.map((finding) => finding.rule)).toContain(rule);
    expect(findings.find((finding) => finding.rule === rule)?.text).toContain(text);
    expect(rules(good)).not.toContain(rule);
  });

  it('an empty goal gets one finding per part, in order', () => {
    expect(checkSmart({ metric: '', baseline: '', target: '', deadline: '', owner: '', scope: '' }).map((finding) => finding.part)).toEqual(['metric', 'baseline', 'target', 'deadline', 'owner', 'scope']);
  });
});
