/**
 * 第四讲 管理篇 must cover every numbered item of its outline in seed 000 (lines 81–102):
 * each row names the outline item, the page that covers it, and phrases that page must contain.
 */
import { describe, expect, it } from 'vitest';
import { pageFileFor, readPage } from './content-files';

const landing = '/lectures/4-management/';
const gaps = '/lectures/4-management/five-gaps/';
const measures = '/lectures/4-management/measures/';
const plan = '/lectures/4-management/action-plan/';

const coverage: [item: string, page: string, phrases: string[]][] = [
  ['第四讲 管理篇(导读)', landing, ['学习目标', '本讲共 165 分钟', '/tools/servqual/']],
  ['一、问题分析与挖掘:5GAP 模型', gaps, ['5GAP', 'Parasuraman', 'A Conceptual Model of Service Quality']],
  ['一、5GAP 模型图', gaps, ['<FiveGapModel />']],
  ['一.1 管理层认知差距', gaps, ['管理层认知差距', '旅客之声']],
  ['一.2 服务标准差距', gaps, ['服务标准差距', 'SMART']],
  ['一.3 服务传递差距', gaps, ['服务传递差距', '授权']],
  ['一.4 服务沟通差距', gaps, ['服务沟通差距', '承诺']],
  ['一.5 服务质量感知差距', gaps, ['服务质量感知差距', 'P − E', '/tools/servqual/']],
  ['一、差距成因与弥合办法', gaps, ['典型成因', '弥合办法', 'Delivering Quality Service']],
  ['二、体验管理举措', measures, ['体验管理举措']],
  ['二.1 多形式获取旅客之声', measures, ['旅客之声', '渠道', '闭环']],
  ['二.2 绘制服务蓝图', measures, ['服务蓝图', 'Shostack', '/lectures/3-design/journey-blueprint/']],
  ['二.3 鼓励员工参与创新、非物质激励', measures, ['员工参与创新', '非物质激励', 'Heskett']],
  ['二.4 服务承诺管理、服务沟通形式多样化', measures, ['服务承诺', '承诺管理', '多样化']],
  ['二、现场讨论:满意度数据 → 原因与差距 → 举措与执行计划(模板)', measures, ['现场讨论', '问题诊断表', '执行计划表']],
  ['三、体验管理行动计划:SMART 目标', plan, ['SMART', 'Doran', '示范点']],
  ['三.1 描绘愿景:庆功情景', plan, ['描绘愿景', '庆功', '模板 1']],
  ['三.2 理性分析:SWOT', plan, ['理性分析', 'SWOT', '模板 2']],
  ['三.3 当众承诺:尽力而为还是全力以赴', plan, ['当众承诺', '尽力而为', '全力以赴']],
  ['三.4 团队共创:关键行动与 ORID', plan, ['团队共创', 'ORID', 'Stanfield']],
  ['三.5 行动计划:自发认领', plan, ['自发认领', '行动计划表', '认领人']],
  ['三.6 城镇会议:展示与点评', plan, ['城镇会议', '领导', '老师点评']],
];

const teachingPages = [gaps, measures, plan];

describe('第四讲 管理篇 covers its outline (seed 000)', () => {
  it.each(coverage)('%s → %s', (_item, page, phrases) => {
    expect(pageFileFor(page), `missing page for ${page}`).toBeDefined();
    const text = readPage(page);
    for (const phrase of phrases) expect(text, `${page} lacks “${phrase}”`).toContain(phrase);
  });

  it.each(teachingPages)('%s has the teaching-page sections in order', (page) => {
    const text = readPage(page);
    const exercise = text.includes('## 课堂练习') ? '## 课堂练习' : '## 现场作业';
    const headings = ['## 学习目标', exercise, '## 要点回顾', '## 参考文献'];
    const positions = headings.map((heading) => text.indexOf(heading));
    for (const [index, position] of positions.entries()) expect(position, `${page} lacks ${headings[index]}`).toBeGreaterThan(-1);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
  });
});
