/**
 * 两天课程时间表 (the two-day timetable): the one source for when each part of the course runs
 * and how many minutes each page's activities take.
 *
 * - `pageActivities` lists, for every page that takes class time, its activities in minutes.
 *   A page that states an activity's time in its text writes it right after the activity's
 *   `marker` as "（N 分钟" or "（约 N 分钟"; tests/unit/content/schedule.test.ts compares the two.
 * - `schedule` lists the blocks of the two days in order. A session block names the page
 *   activities it holds; its length (end − start) must equal the sum of their minutes.
 *
 * The timetable page (content/trainer/timetable.mdx via src/components/ScheduleTable.astro)
 * renders from here; the facilitator scripts in the trainer's guide read the same minutes.
 * Twelve hours of class: 330 minutes on day 1 and 390 on day 2, breaks and lunch excluded.
 */

export type ActivityKind = 'lecture' | 'exercise' | 'workshop' | 'discussion' | 'admin';

export interface Activity {
  /** Stable key, unique within its page, e.g. "ex1". */
  key: string;
  /** What happens, as the timetable shows it. */
  label: string;
  minutes: number;
  kind: ActivityKind;
  /**
   * Text on the page that is followed by the stated time, "（N 分钟" or "（约 N 分钟".
   * Omitted when the page does not state this activity's time itself.
   */
  marker?: string;
}

/** Root-relative site path of a content page, trailing slash. */
export type PagePath = `/${string}/`;

export const pageActivities: Record<PagePath, Activity[]> = {
  '/lectures/1-mindset/': [
    { key: 'open', label: '开场：课程目标、分组，展示课前调研结果', minutes: 10, kind: 'admin', marker: '**开场**' },
    { key: 'close', label: '小结，布置 NPS 课后作业', minutes: 5, kind: 'admin', marker: '**小结**' },
  ],
  '/lectures/1-mindset/experience-era/': [
    { key: 'talk', label: '讲授：增长方式、体验经济、旅客关系、从满意到忠诚', minutes: 10, kind: 'lecture' },
    { key: 'ex1', label: '练习：增长手段盘点', minutes: 10, kind: 'exercise', marker: '**增长手段盘点**' },
    { key: 'ex2', label: '练习：关系变化', minutes: 8, kind: 'exercise', marker: '**关系变化**' },
    { key: 'ex3', label: '练习：四个做法', minutes: 12, kind: 'exercise', marker: '**四个做法**' },
  ],
  '/lectures/1-mindset/experience-value/': [
    { key: 'talk', label: '讲授：回报循环，带着全班演算损害模型', minutes: 20, kind: 'lecture' },
    { key: 'ex1', label: '练习：把 p 降到 15%', minutes: 10, kind: 'exercise', marker: '**1. 把 p 降到 15%**' },
    { key: 'ex2', label: '小组：用自己单位的数字填表', minutes: 20, kind: 'exercise', marker: '**2. 用自己单位的数字填表**' },
  ],
  '/lectures/1-mindset/loyalty-nps/': [
    { key: 'talk', label: '讲授：好服务靠设计，NPS 的计算与解读，满意与忠诚', minutes: 15, kind: 'lecture' },
    { key: 'case', label: '案例分享：讲师带来的一个真实案例', minutes: 10, kind: 'discussion', marker: '**案例分享**' },
    { key: 'ex1', label: '练习：手算 NPS，再用计算器看区间', minutes: 10, kind: 'exercise', marker: '**手算 NPS**' },
    { key: 'ex2', label: '小组：细节与故事', minutes: 15, kind: 'exercise', marker: '**细节与故事**' },
    { key: 'ex3', label: '讨论：分界点', minutes: 10, kind: 'discussion', marker: '**分界点讨论**' },
  ],
  '/lectures/2-cognition/experience-pyramid/': [
    { key: 'talk', label: '讲授：三层十种感受，景区和航空的情景', minutes: 20, kind: 'lecture' },
    { key: 'ex', label: '小组：每种感受找一个做法、一个缺口', minutes: 20, kind: 'exercise', marker: '**小组练习**' },
    { key: 'debrief', label: '讲评', minutes: 5, kind: 'discussion', marker: '**讲评**' },
  ],
  '/lectures/2-cognition/personas/': [
    { key: 'talk', label: '讲授：画像的方法，六张示范卡', minutes: 15, kind: 'lecture' },
    { key: 'ex', label: '小组：填写空白画像卡', minutes: 25, kind: 'exercise', marker: '**填写空白画像卡**' },
    { key: 'swap', label: '与邻组交换，互问依据', minutes: 5, kind: 'discussion', marker: '**交换互问**' },
  ],
  '/lectures/2-cognition/kano/': [
    { key: 'talk', label: '讲授：五类需求、需求降级、成对问卷，工具演示', minutes: 35, kind: 'lecture' },
    { key: 'work', label: '现场作业：重点客群的三层需求', minutes: 30, kind: 'workshop', marker: '**现场作业**' },
    { key: 'debrief', label: '张贴讲评', minutes: 10, kind: 'discussion', marker: '**张贴讲评**' },
  ],
  '/lectures/3-design/': [
    { key: 'homework', label: '开场：第一讲 NPS 作业交流', minutes: 10, kind: 'admin', marker: '**开场**' },
  ],
  '/lectures/3-design/servqual/': [
    { key: 'talk', label: '讲授：五个维度与 SERVQUAL', minutes: 10, kind: 'lecture' },
    { key: 'work', label: '课程成果：按五维改写岗位标准', minutes: 25, kind: 'workshop', marker: '**现场作业**' },
  ],
  '/lectures/3-design/mot-abc/': [
    { key: 'talk', label: '讲授：关键时刻与 ABC', minutes: 10, kind: 'lecture' },
    { key: 'work', label: '课程成果：拆一个关键时刻，演练话术', minutes: 25, kind: 'workshop', marker: '**现场作业**' },
  ],
  '/lectures/3-design/journey-blueprint/': [
    { key: 'talk', label: '讲授：旅程图与服务蓝图', minutes: 10, kind: 'lecture' },
    { key: 'map', label: '双图设计①：现状旅程图，蓝图里追原因', minutes: 25, kind: 'workshop', marker: '**双图设计①**' },
    { key: 'present', label: '双图设计④：各组讲解与点评', minutes: 15, kind: 'discussion', marker: '**双图设计④**' },
  ],
  '/lectures/3-design/peak-end/': [
    { key: 'talk', label: '讲授：冷水实验、肠镜研究、峰终定律', minutes: 10, kind: 'lecture' },
    { key: 'ex', label: '双图设计②：设计峰值与结尾，画优化后的情绪曲线', minutes: 15, kind: 'workshop', marker: '**双图设计②**' },
  ],
  '/lectures/3-design/complaint-prevention/': [
    { key: 'talk', label: '讲授：易投诉点预防六策略', minutes: 10, kind: 'lecture' },
    { key: 'work', label: '双图设计③：易投诉点预防清单', minutes: 15, kind: 'workshop', marker: '**双图设计③**' },
  ],
  '/lectures/3-design/micro-innovation/': [
    { key: 'talk', label: '讲授：三条原则、四种峰值时刻', minutes: 10, kind: 'lecture' },
    { key: 'work', label: '课程成果：设计两张方案卡，选出一张', minutes: 25, kind: 'workshop', marker: '**方案设计**' },
    { key: 'present', label: '方案展示与点评', minutes: 10, kind: 'discussion', marker: '**方案展示**' },
  ],
  '/lectures/4-management/five-gaps/': [
    { key: 'talk', label: '讲授：五个差距', minutes: 10, kind: 'lecture' },
    { key: 'ex', label: '小组：三条旅客反馈归哪个差距', minutes: 10, kind: 'exercise', marker: '**小组讨论**' },
    { key: 'debrief', label: '讲评：答案怎样论证', minutes: 10, kind: 'discussion', marker: '**讲评**' },
  ],
  '/lectures/4-management/measures/': [
    { key: 'talk', label: '讲授：四类体验管理举措', minutes: 10, kind: 'lecture' },
    { key: 'work', label: '现场讨论：从满意度数据到执行计划', minutes: 25, kind: 'workshop', marker: '**任务**' },
  ],
  '/lectures/4-management/action-plan/': [
    { key: 'smart', label: '讲授：用 SMART 写示范点目标', minutes: 10, kind: 'lecture', marker: '**SMART 目标**' },
    { key: 'step1', label: '六步工作坊①：描绘愿景', minutes: 8, kind: 'workshop', marker: '**描绘愿景**' },
    { key: 'step2', label: '六步工作坊②：理性分析（SWOT）', minutes: 12, kind: 'workshop', marker: '**理性分析**' },
    { key: 'step3', label: '六步工作坊③：当众承诺', minutes: 8, kind: 'workshop', marker: '**当众承诺**' },
    { key: 'step4', label: '六步工作坊④：团队共创（ORID）', minutes: 15, kind: 'workshop', marker: '**团队共创**' },
    { key: 'step5', label: '六步工作坊⑤：行动计划', minutes: 12, kind: 'workshop', marker: '**行动计划**' },
    { key: 'step6', label: '六步工作坊⑥：城镇会议', minutes: 30, kind: 'workshop', marker: '**城镇会议**' },
  ],
  '/lectures/4-management/': [
    { key: 'close', label: '结课：训后作业与提交方式', minutes: 5, kind: 'admin', marker: '**结课**' },
  ],
};

/** Short names of the scheduled pages, as the timetable links them. */
export const pageNames: Record<PagePath, string> = {
  '/lectures/1-mindset/': '第一讲导读',
  '/lectures/1-mindset/experience-era/': '体验时代与生态变化',
  '/lectures/1-mindset/experience-value/': '体验价值',
  '/lectures/1-mindset/loyalty-nps/': '忠诚旅客与 NPS',
  '/lectures/2-cognition/experience-pyramid/': '旅客体验金字塔',
  '/lectures/2-cognition/personas/': '客群画像',
  '/lectures/2-cognition/kano/': 'KANO 需求分析',
  '/lectures/3-design/': '第三讲导读',
  '/lectures/3-design/servqual/': '五维感知标准',
  '/lectures/3-design/mot-abc/': 'MOT 与 ABC',
  '/lectures/3-design/journey-blueprint/': '旅程图与服务蓝图',
  '/lectures/3-design/peak-end/': '峰终定律',
  '/lectures/3-design/complaint-prevention/': '易投诉点预防',
  '/lectures/3-design/micro-innovation/': '场景微创新',
  '/lectures/4-management/five-gaps/': '5GAP 模型',
  '/lectures/4-management/measures/': '体验管理举措',
  '/lectures/4-management/action-plan/': '体验管理行动计划',
  '/lectures/4-management/': '第四讲导读',
};

/** One page's activities held by a block, by key (all of them when `activities` is omitted). */
export interface BlockSegment {
  page: PagePath;
  activities?: string[];
}

export interface ScheduleLink {
  label: string;
  href?: string;
}

interface BlockBase {
  day: 1 | 2;
  /** "HH:MM", 24-hour clock. */
  start: string;
  end: string;
}

export interface SessionBlock extends BlockBase {
  kind: 'session';
  lecture: 1 | 2 | 3 | 4;
  /** What the block is about, as the timetable's 内容 column opens. */
  title: string;
  segments: BlockSegment[];
  /** Tools and handouts to have ready. */
  materials: ScheduleLink[];
}

export interface PauseBlock extends BlockBase {
  kind: 'break' | 'lunch';
}

export type ScheduleBlock = SessionBlock | PauseBlock;

export const lectureNames: Record<1 | 2 | 3 | 4, { title: string; href: PagePath }> = {
  1: { title: '第一讲 思维篇', href: '/lectures/1-mindset/' },
  2: { title: '第二讲 认知篇', href: '/lectures/2-cognition/' },
  3: { title: '第三讲 设计篇', href: '/lectures/3-design/' },
  4: { title: '第四讲 管理篇', href: '/lectures/4-management/' },
};

/** The course's class time: 12 hours over two days (src/course.ts says the same). */
export const classMinutesPerDay: Record<1 | 2, number> = { 1: 330, 2: 390 };

export const schedule: ScheduleBlock[] = [
  // 第一天上午：第一讲
  {
    kind: 'session', day: 1, start: '09:00', end: '09:10', lecture: 1, title: '开场',
    segments: [{ page: '/lectures/1-mindset/', activities: ['open'] }],
    materials: [{ label: 'NPS 计算器（课前调研的分享链接）', href: '/tools/nps/' }],
  },
  {
    kind: 'session', day: 1, start: '09:10', end: '09:50', lecture: 1, title: '体验时代与生态变化',
    segments: [{ page: '/lectures/1-mindset/experience-era/' }],
    materials: [],
  },
  {
    kind: 'session', day: 1, start: '09:50', end: '10:40', lecture: 1, title: '体验价值',
    segments: [{ page: '/lectures/1-mindset/experience-value/' }],
    materials: [{ label: '损害模型填表' }],
  },
  { kind: 'break', day: 1, start: '10:40', end: '10:55' },
  {
    kind: 'session', day: 1, start: '10:55', end: '11:55', lecture: 1, title: '忠诚旅客与 NPS',
    segments: [{ page: '/lectures/1-mindset/loyalty-nps/' }],
    materials: [{ label: 'NPS 计算器', href: '/tools/nps/' }, { label: '教学示例数据' }, { label: '讲师自带的案例' }],
  },
  {
    kind: 'session', day: 1, start: '11:55', end: '12:00', lecture: 1, title: '小结',
    segments: [{ page: '/lectures/1-mindset/', activities: ['close'] }],
    materials: [{ label: '作业说明' }],
  },
  { kind: 'lunch', day: 1, start: '12:00', end: '13:30' },
  // 第一天下午：第二讲
  {
    kind: 'session', day: 1, start: '13:30', end: '14:15', lecture: 2, title: '旅客体验金字塔',
    segments: [{ page: '/lectures/2-cognition/experience-pyramid/' }],
    materials: [{ label: '金字塔练习表' }],
  },
  {
    kind: 'session', day: 1, start: '14:15', end: '15:00', lecture: 2, title: '客群画像',
    segments: [{ page: '/lectures/2-cognition/personas/' }],
    materials: [{ label: '空白画像卡' }],
  },
  { kind: 'break', day: 1, start: '15:00', end: '15:15' },
  {
    kind: 'session', day: 1, start: '15:15', end: '15:50', lecture: 2, title: 'KANO 需求分析',
    segments: [{ page: '/lectures/2-cognition/kano/', activities: ['talk'] }],
    materials: [{ label: 'KANO 工具', href: '/tools/kano/' }, { label: '教学示例数据' }],
  },
  {
    kind: 'session', day: 1, start: '15:50', end: '16:30', lecture: 2, title: '现场作业：重点客群的三层需求',
    segments: [{ page: '/lectures/2-cognition/kano/', activities: ['work', 'debrief'] }],
    materials: [{ label: 'KANO 现场作业表' }],
  },
  // 第二天上午：第三讲
  {
    kind: 'session', day: 2, start: '08:30', end: '08:40', lecture: 3, title: '开场：NPS 作业交流',
    segments: [{ page: '/lectures/3-design/', activities: ['homework'] }],
    materials: [{ label: '各组的 NPS 分享链接', href: '/tools/nps/' }],
  },
  {
    kind: 'session', day: 2, start: '08:40', end: '09:15', lecture: 3, title: '五维感知标准',
    segments: [{ page: '/lectures/3-design/servqual/' }],
    materials: [{ label: '岗位五维服务标准' }, { label: 'SERVQUAL 工具', href: '/tools/servqual/' }],
  },
  {
    kind: 'session', day: 2, start: '09:15', end: '09:50', lecture: 3, title: 'MOT 与 ABC',
    segments: [{ page: '/lectures/3-design/mot-abc/' }],
    materials: [{ label: 'ABC 检查表' }],
  },
  { kind: 'break', day: 2, start: '09:50', end: '10:05' },
  {
    kind: 'session', day: 2, start: '10:05', end: '11:45', lecture: 3, title: '双图设计：旅程图与服务蓝图、峰终定律、易投诉点预防',
    segments: [
      { page: '/lectures/3-design/journey-blueprint/', activities: ['talk'] },
      { page: '/lectures/3-design/peak-end/', activities: ['talk'] },
      { page: '/lectures/3-design/complaint-prevention/', activities: ['talk'] },
      { page: '/lectures/3-design/journey-blueprint/', activities: ['map'] },
      { page: '/lectures/3-design/peak-end/', activities: ['ex'] },
      { page: '/lectures/3-design/complaint-prevention/', activities: ['work'] },
      { page: '/lectures/3-design/journey-blueprint/', activities: ['present'] },
    ],
    materials: [{ label: '双图设计工作纸' }, { label: '易投诉点预防清单' }, { label: '大白纸' }],
  },
  {
    kind: 'session', day: 2, start: '11:45', end: '12:30', lecture: 3, title: '场景微创新',
    segments: [{ page: '/lectures/3-design/micro-innovation/' }],
    materials: [{ label: '场景微创新方案卡' }],
  },
  { kind: 'lunch', day: 2, start: '12:30', end: '13:30' },
  // 第二天下午：第四讲
  {
    kind: 'session', day: 2, start: '13:30', end: '14:00', lecture: 4, title: '5GAP 模型',
    segments: [{ page: '/lectures/4-management/five-gaps/' }],
    materials: [{ label: '5GAP 图' }],
  },
  {
    kind: 'session', day: 2, start: '14:00', end: '14:35', lecture: 4, title: '体验管理举措与现场讨论',
    segments: [{ page: '/lectures/4-management/measures/' }],
    materials: [{ label: 'SERVQUAL 工具', href: '/tools/servqual/' }, { label: '问题诊断表、举措与执行计划表' }],
  },
  { kind: 'break', day: 2, start: '14:35', end: '14:50' },
  {
    kind: 'session', day: 2, start: '14:50', end: '15:55', lecture: 4, title: '行动计划：SMART 目标与六步工作坊①–⑤',
    segments: [{ page: '/lectures/4-management/action-plan/', activities: ['smart', 'step1', 'step2', 'step3', 'step4', 'step5'] }],
    materials: [{ label: '行动计划模板 1–5' }],
  },
  {
    kind: 'session', day: 2, start: '15:55', end: '16:25', lecture: 4, title: '城镇会议',
    segments: [{ page: '/lectures/4-management/action-plan/', activities: ['step6'] }],
    materials: [{ label: '模板 6 城镇会议点评记录' }],
  },
  {
    kind: 'session', day: 2, start: '16:25', end: '16:30', lecture: 4, title: '结课',
    segments: [{ page: '/lectures/4-management/', activities: ['close'] }],
    materials: [{ label: '行动计划表（带走）' }],
  },
];

/** Minutes since midnight for "HH:MM". */
export function clockMinutes(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`not a HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function blockMinutes(block: BlockBase): number {
  return clockMinutes(block.end) - clockMinutes(block.start);
}

/** The activities a segment stands for, in the order the segment names them. */
export function segmentActivities(segment: BlockSegment): Activity[] {
  const all = pageActivities[segment.page];
  if (!all) throw new Error(`no activities for ${segment.page}`);
  if (!segment.activities) return all;
  return segment.activities.map((key) => {
    const activity = all.find((candidate) => candidate.key === key);
    if (!activity) throw new Error(`no activity ${key} on ${segment.page}`);
    return activity;
  });
}

/** Total minutes of a page's activities. */
export function pageMinutes(page: PagePath): number {
  return (pageActivities[page] ?? []).reduce((sum, activity) => sum + activity.minutes, 0);
}

/** One page's activity by key, for pages and facilitator scripts that quote a time. */
export function activityMinutes(page: PagePath, key: string): number {
  const activity = pageActivities[page]?.find((candidate) => candidate.key === key);
  if (!activity) throw new Error(`no activity ${key} on ${page}`);
  return activity.minutes;
}

export function sessionBlocks(lecture?: 1 | 2 | 3 | 4): SessionBlock[] {
  return schedule.filter(
    (block): block is SessionBlock => block.kind === 'session' && (lecture === undefined || block.lecture === lecture),
  );
}

/** Class minutes of one lecture, summed over its blocks. */
export function lectureMinutes(lecture: 1 | 2 | 3 | 4): number {
  return sessionBlocks(lecture).reduce((sum, block) => sum + blockMinutes(block), 0);
}
