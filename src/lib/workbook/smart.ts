/**
 * The SMART checker: plain rules over the six parts of a goal (metric, baseline, target,
 * deadline, owner, scope). Each rule looks at one part and, when it fails, gives one finding in
 * plain Chinese. No scoring, no guessing beyond the rules: a goal that passes every rule may still
 * be a poor goal, and the trainer says so; the checker only catches what is missing or vague.
 */

export interface SmartGoal {
  metric: string;
  baseline: string;
  target: string;
  deadline: string;
  owner: string;
  scope: string;
}

export interface SmartFinding {
  rule: string;
  /** Which part of the goal it is about. */
  part: keyof SmartGoal;
  text: string;
}

const HAS_NUMBER = /[0-9０-９]|百分之|[一二两三四五六七八九十百千万]+\s*(起|次|个|人|分|成|倍|%|％)/;
/** Words that name a direction but no level: fine beside a number, vague alone. */
const VAGUE_DEADLINE = /尽快|尽早|近期|短期内|长期|以后|将来|适当时候|逐步|持续|待定|随时/;
const DATE = /[0-9０-９]{4}\s*[年\-/.]|[0-9０-９]{1,2}\s*月|[0-9０-９]+\s*(天|日|周|个月|月内|年内)|第?[一二三四1-4]\s*季度|Q[1-4]|年底|年末|月底|月末|年中|[一二三四五六七八九十两]+\s*(天|周|个月)/i;
const VAGUE_OWNER = /^(全体|大家|所有人|各部门|各岗位|全员|我们|团队|相关部门|有关部门|领导)/;
const VAGUE_METRIC = /^(服务|质量|体验|满意|满意度|形象|意识|水平|工作)+(更好|提升|提高|改善|加强)?$/;

const blank = (value: string) => value.trim() === '';

/** Every finding for a goal, in the order of the six parts; an empty list means every rule passes. */
export function checkSmart(goal: SmartGoal): SmartFinding[] {
  const findings: SmartFinding[] = [];
  const add = (rule: string, part: keyof SmartGoal, text: string) => findings.push({ rule, part, text });
  const metric = goal.metric.trim();
  if (blank(metric)) add('metric-missing', 'metric', '缺少指标：写明要衡量的是什么。');
  else if (VAGUE_METRIC.test(metric)) add('metric-vague', 'metric', '指标太笼统：换成能数出来或测出来的量，如投诉率、等候分钟数。');
  if (blank(goal.baseline)) add('baseline-missing', 'baseline', '缺少基线：先写出现在的数值。');
  else if (!HAS_NUMBER.test(goal.baseline)) add('baseline-no-number', 'baseline', '基线没有数值：写出现在是多少。');
  if (blank(goal.target)) add('target-missing', 'target', '缺少目标值。');
  else if (!HAS_NUMBER.test(goal.target)) add('target-no-number', 'target', '目标不可衡量：写出要达到的数值。');
  else if (!blank(goal.baseline) && goal.target.trim() === goal.baseline.trim()) add('target-same', 'target', '目标值与基线相同：目标要写出变化。');
  if (blank(goal.deadline)) add('deadline-missing', 'deadline', '缺少期限。');
  else if (VAGUE_DEADLINE.test(goal.deadline) || !DATE.test(goal.deadline)) add('deadline-vague', 'deadline', '期限不明确：写出具体日期或“几周内”。');
  if (blank(goal.owner)) add('owner-missing', 'owner', '缺少负责人。');
  else if (VAGUE_OWNER.test(goal.owner.trim())) add('owner-vague', 'owner', '负责人不具体：写一个人的名字或岗位。');
  if (blank(goal.scope)) add('scope-missing', 'scope', '缺少范围：写明哪个岗位、区域或客群。');
  return findings;
}

/** Reads the six parts from a worksheet's answers (missing or table values count as empty). */
export function goalFromAnswers(answers: Record<string, unknown> | undefined): SmartGoal {
  const read = (key: string) => (typeof answers?.[key] === 'string' ? (answers[key] as string) : '');
  return { metric: read('metric'), baseline: read('baseline'), target: read('target'), deadline: read('deadline'), owner: read('owner'), scope: read('scope') };
}
