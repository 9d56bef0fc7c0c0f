/**
 * 第二讲 认知篇 must cover every numbered item of its outline in seed 000
 * (000_a2fc4264ebd156d8.txt, the 第二讲 block): the experience pyramid with all ten
 * feelings (3 + 4 + 3), the six customer groups as personas, the three KANO need levels and the
 * 现场作业. Each row names the page and phrases that page must contain.
 * (The seed's “参与过” is a typo for 参与感; the page uses 参与感.)
 */
import { describe, expect, it } from 'vitest';
import { pageFileFor, readPage } from './content-files';

const landing = '/lectures/2-cognition/';
const pyramid = '/lectures/2-cognition/experience-pyramid/';
const personas = '/lectures/2-cognition/personas/';
const kano = '/lectures/2-cognition/kano/';

const coverage: [item: string, page: string, phrases: string[]][] = [
  ['第二讲 landing page', landing, ['学习目标', '本讲共 165 分钟', '/tools/kano/']],
  ['landing links to its pages', landing, [pyramid, personas, kano]],
  ['一、旅客体验金字塔', pyramid, ['体验金字塔', 'ExperiencePyramid']],
  ['一.1 底层体验: 安全感', pyramid, ['底层', '安全感']],
  ['一.1 底层体验: 操控感', pyramid, ['操控感']],
  ['一.1 底层体验: 流畅感', pyramid, ['流畅感']],
  ['一.2 中层体验: 舒适感', pyramid, ['中层', '舒适感']],
  ['一.2 中层体验: 快乐感', pyramid, ['快乐感']],
  ['一.2 中层体验: 尊崇感', pyramid, ['尊崇感']],
  ['一.2 中层体验: 尊宠感', pyramid, ['尊宠感']],
  ['一.3 顶层体验: 成就感', pyramid, ['顶层', '成就感']],
  ['一.3 顶层体验: 荣耀感', pyramid, ['荣耀感']],
  ['一.3 顶层体验: 参与感 (seed: 参与过)', pyramid, ['参与感']],
  ['pyramid: hotel and airport examples', pyramid, ['酒店示例', '机场示例']],
  ['pyramid: Maslow analogy, cited', pyramid, ['Maslow, A. H. (1943)', '参考文献']],
  ['二、客群画像与需求分析', personas, ['客群画像', 'PersonaCard']],
  ['二.1 persona method: Cooper 1999', personas, ['Cooper', 'The Inmates Are Running the Asylum']],
  ['二.1 personas are teaching scenarios', personas, ['教学情景']],
  ['二.1 1) 团队旅客', personas, ['团队旅客']],
  ['二.1 2) 夕阳红旅客', personas, ['夕阳红旅客']],
  ['二.1 3) 亲子家庭', personas, ['亲子家庭']],
  ['二.1 4) 疗养休闲', personas, ['疗养休闲']],
  ['二.1 5) 企业会务', personas, ['企业会务']],
  ['二.1 6) OTA旅客', personas, ['OTA 旅客']],
  ['二.2 重点客群 KANO 需求分析', kano, ['KANO', 'Kano, N., Seraku, N.']],
  ['二.2 1) 基本需求: missing → complaint', kano, ['基本需求', '投诉']],
  ['二.2 2) 期望需求: more investment, more satisfaction', kano, ['期望需求', '越满意']],
  ['二.2 3) 兴奋需求: beyond expectations, constant innovation', kano, ['兴奋需求', '创新']],
  ['二.2 indifferent and reverse needs', kano, ['无差异', '反向']],
  ['二.2 needs migrate over time', kano, ['无差异 → 兴奋 → 期望 → 基本']],
  ['二.2 paired questionnaire and analysis tools', kano, ['正向问题', '反向问题', '/tools/kano/method/']],
  ['二.2 examples per persona', kano, ['团队旅客', '夕阳红旅客', 'OTA 旅客']],
  ['现场作业: key customer group, three levels of needs', kano, ['## 现场作业', '重点客群', '兴奋需求 | 1.']],
];

describe('第二讲 认知篇 covers its outline', () => {
  it.each([landing, pyramid, personas, kano])('page %s exists', (page) => {
    expect(pageFileFor(page), `missing page for ${page}`).toBeDefined();
  });

  it.each(coverage)('%s (%s)', (_item, page, phrases) => {
    const text = readPage(page);
    for (const phrase of phrases) expect(text, `${page} should mention “${phrase}”`).toContain(phrase);
  });

  it.each([pyramid, personas, kano])('%s has the teaching-page sections in order', (page) => {
    const text = readPage(page);
    const sections = ['## 学习目标', /## (课堂练习|现场作业)/, '## 要点回顾', '## 参考文献'];
    const positions = sections.map((section) =>
      typeof section === 'string' ? text.indexOf(section) : text.search(section),
    );
    expect(positions.every((position) => position >= 0), `${page} sections: ${positions.join(', ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('uses six persona cards, one per customer group', () => {
    expect(readPage(personas).match(/<PersonaCard\b/g)).toHaveLength(6);
  });
});
