/**
 * 第三讲 设计篇 coverage: every numbered item of lecture 3 in the course outline
 * (../shared/seeds/000_a2fc4264ebd156d8.txt) has a page, and the page carries the phrases
 * that show the item is taught. Also checks the landing page and the teaching-page shape.
 */
import { describe, expect, it } from 'vitest';
import { pageFileFor, readPage } from './content-files';

const lecture = '/lectures/3-design';
const servqual = `${lecture}/servqual/`;
const motAbc = `${lecture}/mot-abc/`;
const journeyBlueprint = `${lecture}/journey-blueprint/`;
const peakEnd = `${lecture}/peak-end/`;
const complaints = `${lecture}/complaint-prevention/`;
const microInnovation = `${lecture}/micro-innovation/`;

/** [outline item, page, phrases the page must contain] */
const coverage: [string, string, string[]][] = [
  ['一、旅客满意感知标准(SERVQUAL)', servqual, ['SERVQUAL', '期望', '感知']],
  ['一.1 有形度', servqual, ['有形度', '有形性（tangibles）']],
  ['一.2 专业度', servqual, ['专业度', '保证性（assurance）']],
  ['一.3 反应度', servqual, ['反应度', '响应性（responsiveness）']],
  ['一.4 同理度', servqual, ['同理度', '移情性（empathy）']],
  ['一.5 可靠度', servqual, ['可靠度', '可靠性（reliability）']],
  ['一 课程成果:五维优化岗位标准', servqual, ['课程成果模板', '主动服务标准', '个性化创新标准']],
  ['一 SERVQUAL 工具', servqual, ['/tools/servqual/']],
  ['二 案例分享 → 教学情景', motAbc, [':::note[教学情景]', '景区', '客舱']],
  ['二.1 MOT 价值', motAbc, ['关键时刻', 'Moments of Truth', 'Carlzon']],
  ['二.2 MOT 管理:ABC', motAbc, ['ABC']],
  ['二.2.1 有形展示:物的形象和人的形象', motAbc, ['Appearance', '物的形象', '人的形象']],
  ['二.2.2 关键行为:动作细节', motAbc, ['Behavior', '动作细节']],
  ['二.2.3 沟通话术:话术细节', motAbc, ['沟通话术', '话术细节', '推荐的说法']],
  ['二 检查表模板', motAbc, ['ABC 检查表']],
  ['三.1 旅客旅程图', journeyBlueprint, ['旅客旅程图', '<JourneyMap />', '触点']],
  ['三.2 服务蓝图', journeyBlueprint, ['<ServiceBlueprint />', '可视分界线', '内部互动分界线']],
  ['三 课程成果:双图设计', journeyBlueprint, ['双图设计', '<Steps>']],
  ['三 课程成果 1) 确定体验场景', journeyBlueprint, ['确定体验场景', '回访']],
  ['三 课程成果 2) 创造服务惊喜', journeyBlueprint, ['创造惊喜']],
  ['三 课程成果 3) 预防贬损', journeyBlueprint, ['预防贬损']],
  ['三 课程成果 4) 低成本高感知', journeyBlueprint, ['低成本高感知']],
  ['三.3 惊喜服务设计:峰终定律', peakEnd, ['峰终定律', '<EmotionCurve />', '时长忽视']],
  ['三.3 冷水实验与肠镜研究', peakEnd, ['Psychological Science', 'Pain']],
  ['三.4 易投诉点预防六策略(旅客之声)', complaints, ['旅客之声', '六条预防策略']],
  ['三.4 服务补救研究', complaints, ['The profitable art of service recovery', 'Recovering and learning from service failure']],
  ['四.1 创新设计原则', microInnovation, ['低成本、高感知', '小投入、大回报', '微设计、动人心']],
  ['四.2 峰值场景:景区、机场、客舱、酒店 (issue 19 replaced the seed’s bank and property examples)', microInnovation, [':::note[教学情景]', '景区', '机场', '客舱', '酒店']],
  ['四.2.1 惊喜时刻', microInnovation, ['惊喜时刻', 'elevation']],
  ['四.2.2 连接时刻', microInnovation, ['连接时刻', 'connection']],
  ['四.2.3 成长时刻', microInnovation, ['成长时刻', 'insight']],
  ['四.2.4 荣耀时刻', microInnovation, ['荣耀时刻', 'pride']],
  ['四 课程成果:定制服务创新方案', microInnovation, ['方案卡', 'The Power of Moments']],
  ['导读:时间与工具', `${lecture}/`, ['本讲共 225 分钟', '/tools/servqual/', '本讲导读']],
];

describe('第三讲 设计篇 covers the course outline', () => {
  it.each(coverage)('%s → %s', (_item, page, phrases) => {
    expect(pageFileFor(page), `missing page ${page}`).toBeDefined();
    const text = readPage(page);
    for (const phrase of phrases) expect(text, `${page} lacks “${phrase}”`).toContain(phrase);
  });
});

const teachingPages = [servqual, motAbc, journeyBlueprint, peakEnd, complaints, microInnovation];

describe('第三讲 teaching pages keep the page shape', () => {
  it.each(teachingPages)('%s has its sections in order', (page) => {
    const text = readPage(page);
    const headings = ['## 学习目标', '## 要点回顾', '## 参考文献'].map((heading) => text.indexOf(heading));
    expect(headings.every((index) => index >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(text).toMatch(/## (课堂练习|现场作业)/);
  });
});
