/**
 * 案例 and 延伸阅读 must cover what their seeds outline:
 * - the three anonymised cases of seed 001 (001_e55181c649f227bb.txt, 第四部分), each with
 *   背景 · 挑战 · 做法 · 结果 · 用到的工具 · 讨论题 (5–8 questions), every figure in 结果 attributed;
 * - the four reading modules built from seeds 001–004, each topic → page + phrases.
 * Each row names the item, the page that covers it, and phrases that page must contain.
 */
import { describe, expect, it } from 'vitest';
import { pageFileFor, readPage } from './content-files';

const casesLanding = '/cases/';
const hotel = '/cases/luxury-hotel/';
const eCommerce = '/cases/e-commerce/';
const furniture = '/cases/furniture-brand/';
const cases = [hotel, eCommerce, furniture];

const readingLanding = '/reading/';
const awareness = '/reading/service-awareness/';
const rootCause = '/reading/root-cause/';
const gaps = '/reading/gaps-and-mot/';
const afterSales = '/reading/after-sales/';
const modules = [awareness, rootCause, gaps, afterSales];

/** The text of one `## heading` section, up to the next `## ` heading or the end of the page. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start === -1) return '';
  const rest = text.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end === -1 ? rest : rest.slice(0, end);
}

/** The page body without its front matter. */
function body(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

const caseSections = ['背景', '挑战', '做法', '结果', '用到的工具', '讨论题'];

const caseCoverage: [item: string, page: string, phrases: string[]][] = [
  ['案例导读 lists the three cases', casesLanding, [hotel, eCommerce, furniture]],
  ['案例导读 says how to use them in class', casesLanding, ['怎样在课堂上使用', '小组讨论']],
  ['酒店: 个性化服务档案', hotel, ['偏好档案', '枕']],
  ['酒店: 24 小时专属管家', hotel, ['专属管家', '24 小时']],
  ['酒店: 失误预防与补救', hotel, ['失误预防', '补救']],
  ['酒店: 员工授权', hotel, ['一线授权', '不必逐级审批']],
  ['酒店: 结果数字', hotel, ['80%', '35%', '9.2', '18%', '15%']],
  ['电商: 裁减客服、外包售后、通话时限、简化流程', eCommerce, ['裁减', '第三方', '通话时长', '删繁就简']],
  ['电商: 五类投诉', eCommerce, ['回应慢', '转来转去', '退货换货', '一刀切', '互相矛盾']],
  ['电商: 服务与业务后果', eCommerce, ['15 分钟', '62%', '8.7', '250%', '65%', '37%', '5 倍']],
  ['电商: 含义不清的数字不引用', eCommerce, ['品牌声誉指数', '不予引用']],
  ['家具: 上门深度了解需求', furniture, ['上门', '访谈', '观察']],
  ['家具: 三维可视化平台', furniture, ['三维可视化']],
  ['家具: 柔性生产', furniture, ['柔性生产', '智能制造']],
  ['家具: 全程专人陪伴', furniture, ['全程专人']],
  ['家具: 资料没有结果数据', furniture, ['没有任何具体数据']],
];

describe('案例 (seed 001, three anonymised cases)', () => {
  it.each(caseCoverage)('%s → %s', (_item, page, phrases) => {
    expect(pageFileFor(page), `missing page for ${page}`).toBeDefined();
    const text = readPage(page);
    for (const phrase of phrases) expect(text, `${page} lacks “${phrase}”`).toContain(phrase);
  });

  it.each(cases)('%s has 背景 · 挑战 · 做法 · 结果 · 用到的工具 · 讨论题 in order', (page) => {
    const text = readPage(page);
    const positions = caseSections.map((heading) => text.indexOf(`\n## ${heading}\n`));
    for (const [index, position] of positions.entries()) expect(position, `${page} lacks ## ${caseSections[index]}`).toBeGreaterThan(-1);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
  });

  it.each(cases)('%s has 5–8 numbered discussion questions', (page) => {
    const questions = section(readPage(page), '讨论题').match(/^\d+\. /gm) ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeLessThanOrEqual(8);
  });

  it.each(cases)('%s attributes every figure in 结果 to the course material', (page) => {
    const figureLines = section(readPage(page), '结果')
      .split('\n')
      .filter((line) => line.startsWith('- ') && /\d/.test(line));
    for (const line of figureLines) expect(line, `unattributed figure: ${line}`).toContain('课程资料所述');
  });

  it.each(cases)('%s links to lectures or tools', (page) => {
    expect(section(readPage(page), '用到的工具')).toMatch(/\]\(\/(lectures|tools)\/[^)]*\/\)/);
  });

  it.each(cases)('%s keeps the case anonymous (no pseudonyms from the seed)', (page) => {
    const text = readPage(page);
    for (const pseudonym of ['金樽', '星月', '木言']) expect(text).not.toContain(pseudonym);
  });
});

const readingCoverage: [item: string, page: string, phrases: string[]][] = [
  ['延伸阅读导读 lists the four modules', readingLanding, modules],
  // seed 001
  ['服务意识: 站在客户角度思考', awareness, ['换位', '从客户那一边']],
  ['服务意识: 倾听', awareness, ['倾听', '开放式']],
  ['服务意识: 沟通', awareness, ['沟通', '行话']],
  ['服务意识: 快速响应', awareness, ['快速响应', '进度']],
  ['服务意识: 解决问题', awareness, ['解决问题']],
  ['服务意识: 超出期望', awareness, ['超出期望']],
  ['服务意识: 培训', awareness, ['### 1. 培训', '角色扮演']],
  ['服务意识: 标准', awareness, ['### 2. 标准', 'SMART']],
  ['服务意识: 授权', awareness, ['### 3. 授权', 'Bowen']],
  ['服务意识: 激励', awareness, ['### 4. 激励']],
  ['服务意识: 反馈闭环', awareness, ['### 5. 反馈闭环', '告诉客户改了什么']],
  ['服务意识: 行动计划', awareness, ['行动计划', '个人', '团队']],
  ['服务意识: 百分比只随出处引用', awareness, ['课程资料举', '出处']],
  // seed 002
  ['溯源: 什么是服务', rootCause, ['服务是什么']],
  ['溯源: 有偿与无偿服务', rootCause, ['有偿服务', '无偿服务']],
  ['溯源: 服务的增值与贬值', rootCause, ['增值', '贬值']],
  ['溯源: 信息互补', rootCause, ['信息互补']],
  ['溯源: 价值转换', rootCause, ['价值转换']],
  ['溯源: 缓冲减震', rootCause, ['缓冲减震']],
  ['溯源: 用户权利与需求', rootCause, ['权利清单', '需求是否合理', '消费者权益保护法']],
  ['溯源: 服务风格', rootCause, ['伙伴式', '专家式', '教练式']],
  ['溯源: 5W 要素', rootCause, ['WHO', 'WHERE', 'WHAT', 'WHEN', 'WHY']],
  ['溯源: "四度"分析', rootCause, ['维度', '程度', '态度', '强度']],
  ['溯源: 客户气质', rootCause, ['客户气质', '理性', '感性']],
  ['溯源: 标准化', rootCause, ['标准化']],
  ['溯源: 教学情景 (labelled, invented)', rootCause, [':::note[教学情景]', '虚构', '室温']],
  // seed 003
  ['差距: 关键时刻 (Carlzon 1987)', gaps, ['关键时刻', 'Carlzon', '1987', '/lectures/3-design/mot-abc/']],
  ['差距: 五大差距 (PZB 1985) and the full diagram', gaps, ['Parasuraman', '1985', '/lectures/4-management/five-gaps/']],
  ['差距 1 认知差距: 成因与弥补', gaps, ['### 差距 1：认知差距']],
  ['差距 2 标准差距: 成因与弥补', gaps, ['### 差距 2：标准差距', '服务圈']],
  ['差距 3 交付差距: 成因与弥补', gaps, ['### 差距 3：交付差距']],
  ['差距 4 宣传差距: 成因与弥补', gaps, ['### 差距 4：宣传差距', '过度承诺']],
  ['差距 5 顾客差距', gaps, ['### 差距 5：顾客差距', '/tools/servqual/']],
  ['差距: SMART 服务标准', gaps, ['SMART', '与客户需求相关', 'Doran']],
  ['差距: 霍桑实验 (Mayo 1933; Roethlisberger & Dickson 1939)', gaps, ['霍桑', 'The Human Problems of an Industrial Civilization', 'Management and the Worker']],
  ['差距: 服务利润链 (Heskett et al. 1994)', gaps, ['服务利润链', 'Putting the service-profit chain to work', 'Schlesinger']],
  ['差距: 教练', gaps, ['从监工到教练', '三明治', '情境领导']],
  // seed 004
  ['售后: 低成本销售', afterSales, ['低成本', '三分之一到五分之一']],
  ['售后: 满意与感动', afterSales, ['满意不等于留住', '感动服务']],
  ['售后: 转介绍翻番表 (course material illustration)', afterSales, ['课程资料的示意算术', '| 10 | 512 | 512 | 5120 |']],
  ['售后: 服务网点考核表', afterSales, ['考核表', '顾客投诉', '顾客感动', '网点维修量', '维修工培训', '权重']],
  ['售后: 考核表归属课程资料', afterSales, ['海尔', '课程资料所述']],
  ['售后: 流程 · 标准 · 检查 · 激励', afterSales, ['**流程**', '**标准**', '**检查**', '**激励**']],
  ['售后: 投诉处理六步 (6C)', afterSales, ['6C', '1C 安抚情绪', '2C 倾听', '3C 真诚道歉', '4C 制定化解方案', '5C 给顾客惊喜', '6C 总结归档']],
];

describe('延伸阅读 (seeds 001–004)', () => {
  it.each(readingCoverage)('%s → %s', (_item, page, phrases) => {
    expect(pageFileFor(page), `missing page for ${page}`).toBeDefined();
    const text = readPage(page);
    for (const phrase of phrases) expect(text, `${page} lacks “${phrase}”`).toContain(phrase);
  });

  it.each(modules)('%s has 学习目标 · 课堂练习 · 要点回顾 · 参考文献 in order', (page) => {
    const text = readPage(page);
    const headings = ['## 学习目标', '## 课堂练习', '## 要点回顾', '## 参考文献'];
    const positions = headings.map((heading) => text.indexOf(heading));
    for (const [index, position] of positions.entries()) expect(position, `${page} lacks ${headings[index]}`).toBeGreaterThan(-1);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
  });

  it.each(modules)('%s is 1,500–3,500 Chinese characters long', (page) => {
    const chinese = body(readPage(page)).match(/\p{Script=Han}/gu) ?? [];
    expect(chinese.length).toBeGreaterThanOrEqual(1500);
    expect(chinese.length).toBeLessThanOrEqual(3500);
  });

  it('售后 is written in Simplified, not the seed’s Traditional characters', () => {
    const text = readPage(afterSales);
    for (const traditional of ['務', '顧', '購', '訴', '質', '後', '幾', '網', '點', '標']) expect(text).not.toContain(traditional);
  });
});
