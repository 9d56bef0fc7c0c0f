/**
 * 讲师手册 (issue 5, "Trainer's guide"): the two-day, 12-hour plan as a timetable built on the four
 * lectures of seed 000 (000_a2fc4264ebd156d8.txt) and their 现场作业/课程成果, how to prepare
 * (course metadata, pre-class survey, example data, projector, offline), how to link a tool from
 * slides, how to run each workshop with the site, and printing handouts. Each row names the item,
 * the page and phrases that page must contain.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFileFor, readPage, repoRoot } from './content-files';

const guide = '/trainer/';
const timetable = '/trainer/timetable/';
const preparation = '/trainer/preparation/';
const tools = '/trainer/tools-in-class/';
const workshops = '/trainer/workshops/';
const printing = '/trainer/printing/';
const pages = [guide, timetable, preparation, tools, workshops, printing];

const coverage: [item: string, page: string, phrases: string[]][] = [
  ['overview links every page of the guide', guide, [timetable, preparation, tools, workshops, printing]],
  ['overview: two days, 12 hours', guide, ['两天', '12 小时']],

  ['timetable: day 1 morning', timetable, ['第一天上午']],
  ['timetable: day 1 afternoon', timetable, ['第一天下午']],
  ['timetable: day 2 morning', timetable, ['第二天上午']],
  ['timetable: day 2 afternoon', timetable, ['第二天下午']],
  ['timetable: breaks and lunch', timetable, ['**午休', "'休息'", "kind: 'break'"]],
  ['timetable: 第一讲 思维篇 and its pages', timetable, ['第一讲 思维篇', '/lectures/1-mindset/', '/lectures/1-mindset/experience-value/', '/lectures/1-mindset/loyalty-nps/']],
  ['timetable: 第二讲 认知篇 and its pages', timetable, ['第二讲 认知篇', '/lectures/2-cognition/', '/lectures/2-cognition/personas/', '/lectures/2-cognition/kano/']],
  ['timetable: 第三讲 设计篇 and its pages', timetable, ['第三讲 设计篇', '/lectures/3-design/', '/lectures/3-design/journey-blueprint/', '/lectures/3-design/micro-innovation/']],
  ['timetable: 第四讲 管理篇 and its pages', timetable, ['第四讲 管理篇', '/lectures/4-management/', '/lectures/4-management/five-gaps/', '/lectures/4-management/action-plan/']],
  ['timetable: tools by session', timetable, ['/tools/nps/', '/tools/kano/', '/tools/servqual/']],
  ['timetable: workshops by session', timetable, ['现场作业', '双图设计', '现场讨论', '城镇会议']],
  ['timetable: handouts column', timetable, ['工具与讲义', '/trainer/printing/']],

  ['preparation: course metadata file', preparation, ['src/course.ts', 'trainer', 'dates', 'venue', '留空就不显示']],
  ['preparation: pre-class survey with the questionnaire builders', preparation, ['课前调研', '/tools/kano/', '/tools/servqual/', '问卷星']],
  ['preparation: example data', preparation, ['教学示例数据']],
  ['preparation: projector check', preparation, ['1280']],
  ['preparation: offline use (README 发布)', preparation, ['dist/', 'npm run build', '发布']],

  ['tools: every calculator and its method page', tools, ['/tools/nps/', '/tools/nps/method/', '/tools/kano/', '/tools/kano/method/', '/tools/servqual/', '/tools/servqual/method/']],
  ['tools: example data', tools, ['教学示例数据']],
  ['tools: paste from Excel/WPS', tools, ['Excel', 'WPS', '粘贴']],
  ['tools: 问卷星 exports', tools, ['问卷星', '.xls', '.xlsx', '.csv']],
  ['tools: reading the charts', tools, ['置信区间', 'Better–Worse', '雷达图']],
  ['tools: linking a tool from slides', tools, ['复制分享链接', '超链接', '#']],
  ['tools: share link holds counts, never raw rows; data stays in the browser', tools, ['汇总数', '逐行答卷', '只在打开链接的那台浏览器里']],

  ['workshops: 第二讲 KANO 现场作业', workshops, ['KANO 现场作业', '/lectures/2-cognition/kano/']],
  ['workshops: 第三讲 five-dimension standard rewrite', workshops, ['五维服务标准改写', '/lectures/3-design/servqual/']],
  ['workshops: 第三讲 双图设计', workshops, ['双图设计', '/lectures/3-design/journey-blueprint/']],
  ['workshops: 第三讲 micro-innovation design', workshops, ['场景微创新方案', '/lectures/3-design/micro-innovation/']],
  ['workshops: 第四讲 现场讨论', workshops, ['现场讨论', '/lectures/4-management/measures/']],
  ['workshops: 第四讲 action plan with SMART, SWOT, ORID', workshops, ['SMART', 'SWOT', 'ORID', '/lectures/4-management/action-plan/']],
  ['workshops: 第四讲 城镇会议', workshops, ['城镇会议']],
  ['workshops: timing, grouping, materials, outputs', workshops, ['时长', '分组', '物料', '成果']],
  ['workshops: links a facilitator script for each lecture', workshops, ['/trainer/scripts-lecture-1/', '/trainer/scripts-lecture-2/', '/trainer/scripts-lecture-3/', '/trainer/scripts-lecture-4/']],
  ['workshops: minutes read from the timetable, not retyped', workshops, ['<ScriptMinutes id="kano" />', '<ScriptMinutes id="town-hall" />']],
  ['workshops: 城镇会议 has a decider and a record', workshops, ['同意、再议或暂缓', '模板 6']],
  ['script 第一讲: lecture 1 exercises', '/trainer/scripts-lecture-1/', ['/lectures/1-mindset/experience-era/', '/lectures/1-mindset/experience-value/', '/lectures/1-mindset/loyalty-nps/', '/tools/nps/']],
  ['script 第二讲: 客群画像 × 体验金字塔 × KANO', '/trainer/scripts-lecture-2/', ['客群画像', '体验金字塔', 'KANO 现场作业', '/lectures/2-cognition/kano/']],
  ['script 第三讲: 五维标准, MOT/ABC, 双图, 峰终, 投诉预防, 微创新', '/trainer/scripts-lecture-3/', ['五维服务标准改写', 'ABC 检查表', '双图设计', '峰值', '易投诉点预防清单', '场景微创新方案卡']],
  ['script 第四讲: 5GAP, 现场讨论, SMART/SWOT/ORID, 城镇会议', '/trainer/scripts-lecture-4/', ['5GAP', '现场讨论', 'SMART', 'SWOT', 'ORID', '城镇会议', '模板 6']],
  ['scripts: debrief, wrong answers, example, rubric', '/trainer/scripts-lecture-3/', ['讲评提问', '常见的错误答案与回应', '完成示例', '评分量规', '待改进', '合格', '优秀']],

  ['printing: browser print → PDF with the print layout', printing, ['打印样式', 'PDF']],
  ['printing: A4 tips', printing, ['A4', '横向']],
  ['printing: which pages for which session', printing, ['第一讲', '第二讲', '第三讲', '第四讲', '模板 1–6']],
  ['printing: printing templates only', printing, ['只打印模板']],
];

/**
 * The timetable page renders its tables from src/data/schedule.ts with ScheduleTable.astro (issue 19:
 * one source for the minutes), so what it says is the page plus those two files.
 */
function pageText(page: string): string {
  if (page !== timetable) return readPage(page);
  const sources = ['src/data/schedule.ts', 'src/components/ScheduleTable.astro'].map((file) => readFileSync(join(repoRoot, file), 'utf8'));
  return [readPage(page), ...sources].join('\n');
}

describe('讲师手册 covers the trainer guide of issue 5', () => {
  it.each(pages)('page %s exists', (page) => {
    expect(pageFileFor(page), `missing page for ${page}`).toBeDefined();
  });

  it.each(coverage)('%s (%s)', (_item, page, phrases) => {
    const text = pageText(page);
    for (const phrase of phrases) expect(text, `${page} should mention “${phrase}”`).toContain(phrase);
  });

  it.each(pages)('%s has a sidebar order', (page) => {
    expect(readPage(page)).toMatch(/sidebar:\n(?:\s+label: .+\n)?\s+order: \d+/);
  });
});
