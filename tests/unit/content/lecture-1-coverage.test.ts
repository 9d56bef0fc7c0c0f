/**
 * 第一讲 思维篇 must cover every numbered item of its outline in seed 000 (lines 10–25):
 * each row names the outline item, the page that covers it, and phrases that page must contain.
 */
import { describe, expect, it } from 'vitest';
import { pageFileFor, readPage } from './content-files';

const landing = '/lectures/1-mindset/';
const era = '/lectures/1-mindset/experience-era/';
const value = '/lectures/1-mindset/experience-value/';
const nps = '/lectures/1-mindset/loyalty-nps/';

const coverage: [item: string, page: string, phrases: string[]][] = [
  ['第一讲 思维篇(导读)', landing, ['学习目标', '本讲共 165 分钟', '/tools/nps/']],
  ['一、体验时代、生态变化', era, ['体验经济', 'Pine']],
  ['一.1 生态环境的变化:传统增长手段难以维系', era, ['增长', '同质化', '价格透明']],
  ['一.2 旅客关系的变化:旅客主动、企业被动', era, ['旅客更主动', '企业更被动']],
  ['一.3 从满意度到忠诚度', era, ['满意不等于忠诚', 'Jones', 'Why satisfied customers defect']],
  ['一.3 预见问题、主动服务、独特体验、超越期待', era, ['提前预判问题', '主动服务', '超出预期']],
  ['二、体验时代、体验价值', value, ['体验回报', '体验损害模型']],
  ['二.1 体验回报模型:品牌与旅客共同成长', value, ['品牌与旅客一起成长', '服务利润链', 'Heskett']],
  ['二.2 体验损害模型(Market Damage Model)', value, ['Damage Model', 'TARP', 'Goodman']],
  ['二.2 体验损失对营收的影响量化', value, ['风险营收', '教学情景', '情景假设']],
  ['二.2 损害模型流程图', value, ['<MarketDamageFlow />']],
  ['三、忠诚旅客、NPS 解读', nps, ['NPS', '净推荐值', '<NpsScoreBands />']],
  ['三.1 好服务是设计的', nps, ['好服务是设计出来的', '教学情景']],
  ['三.1.1 有细节可分享(MOT)', nps, ['可分享的细节', '关键时刻', '/lectures/3-design/mot-abc/']],
  ['三.1.2 有故事可传播(峰终体验)', nps, ['可传播的故事', '峰终', '/lectures/3-design/peak-end/']],
  ['三.2 忠诚度测量指标:NPS 定义', nps, ['推荐者', '贬损者', 'NPS = 推荐者占比 − 贬损者占比']],
  ['三.2.1 NPS 解读:企业经营的未来', nps, ['Reichheld', 'Keiningham', '/tools/nps/method/']],
  ['三.2.2 NPS 价值:良好、极佳、绝佳体验的利润分界点', nps, ['良好', '极佳', '绝佳', '分界点']],
];

describe('第一讲 思维篇 covers its outline (seed 000)', () => {
  it.each(coverage)('%s → %s', (_item, page, phrases) => {
    expect(pageFileFor(page), `missing page for ${page}`).toBeDefined();
    const text = readPage(page);
    for (const phrase of phrases) expect(text, `${page} lacks “${phrase}”`).toContain(phrase);
  });

  it.each([era, value, nps])('%s has the teaching-page sections in order', (page) => {
    const text = readPage(page);
    const headings = ['## 学习目标', '## 课堂练习', '## 要点回顾', '## 参考文献'];
    const positions = headings.map((heading) => text.indexOf(heading));
    for (const [index, position] of positions.entries()) expect(position, `${page} lacks ${headings[index]}`).toBeGreaterThan(-1);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
  });
});
