/**
 * 带领脚本 (facilitator scripts): the minute-by-minute running order of every workshop and
 * exercise block in the course. Each script names the timetable activities it runs
 * (src/data/schedule.ts, the one source of minutes); its steps must add up to exactly those
 * minutes, which tests/unit/content/facilitator-scripts.test.ts checks. The trainer pages under
 * content/trainer/ render the steps with src/components/ScriptTimeline.astro, so the minutes
 * shown cannot drift from the timetable.
 */
import { activityMinutes, type PagePath } from './schedule';

export interface ScriptStep {
  minutes: number;
  /** Who leads the step. */
  who: '讲师' | '各组' | '全班' | '两组互换' | '领导与讲师';
  what: string;
}

export interface ScriptCover {
  page: PagePath;
  activities: string[];
}

export interface FacilitatorScript {
  id: string;
  title: string;
  lecture: 1 | 2 | 3 | 4;
  /** The timetable activities this script runs. */
  covers: ScriptCover[];
  steps: ScriptStep[];
}

export const facilitatorScripts: FacilitatorScript[] = [
  {
    id: 'era-exercises',
    title: '第一讲 一：三个小练习',
    lecture: 1,
    covers: [{ page: '/lectures/1-mindset/experience-era/', activities: ['ex1', 'ex2', 'ex3'] }],
    steps: [
      { minutes: 2, who: '讲师', what: '说明三个练习的顺序和交付物：一张“有效 / 递减 / 无效”清单、三个“变主动”的表现、四条可试行的动作。' },
      { minutes: 6, who: '各组', what: '增长手段盘点：列出近三年用过的增长办法，逐项标注并写下判断依据。' },
      { minutes: 2, who: '全班', what: '请两组各读一项“效果递减”的办法和依据，讲师追问“依据是数据还是感觉”。' },
      { minutes: 6, who: '各组', what: '关系变化：对照“过去 / 现在”表，写出本岗位旅客“变主动”的三个具体表现。' },
      { minutes: 2, who: '全班', what: '每组说一条最有代表性的表现，讲师归到“信息、选择、发声、比较对象”中的一格。' },
      { minutes: 10, who: '各组', what: '四个做法：选一个触点（值机、安检、入住、检票），为预判问题、主动服务、独特体验、超出预期各写一条明天就能试的动作。' },
      { minutes: 2, who: '讲师', what: '挑一组的四条动作，用讲评问题收尾，把“独特体验”和“超出预期”留作第二、三讲的伏笔。' },
    ],
  },
  {
    id: 'damage-model',
    title: '第一讲 二：损害模型演算与填表',
    lecture: 1,
    covers: [{ page: '/lectures/1-mindset/experience-value/', activities: ['ex1', 'ex2'] }],
    steps: [
      { minutes: 7, who: '各组', what: '把 p 降到 15%，其他假设不变，按页面的步骤重算风险营收；组内两人独立算，再对答案。' },
      { minutes: 3, who: '讲师', what: '公布结果，请一组说出“为什么正好是原来的 75%”。' },
      { minutes: 2, who: '讲师', what: '布置填表：用本单位的数字估计每个输入项，并写明数据从哪里来。' },
      { minutes: 12, who: '各组', what: '填表并算出风险营收；圈出最没把握的一个输入。' },
      { minutes: 6, who: '全班', what: '两组汇报：风险营收、最没把握的输入、下一步怎样把它测准。' },
    ],
  },
  {
    id: 'nps-exercises',
    title: '第一讲 三：手算 NPS、细节与故事、分界点',
    lecture: 1,
    covers: [{ page: '/lectures/1-mindset/loyalty-nps/', activities: ['ex1', 'ex2', 'ex3'] }],
    steps: [
      { minutes: 5, who: '各组', what: '手算练习 1 的 NPS，写出推荐者、贬损者的占比和结果。' },
      { minutes: 5, who: '讲师', what: '把同一组数投到 NPS 计算器，读出区间，说明样本只有 80 份时不宜下结论。' },
      { minutes: 2, who: '讲师', what: '布置“细节与故事”：同一个服务场景，各写一个可分享的细节和一个可传播的故事，标出高峰和结尾。' },
      { minutes: 10, who: '各组', what: '在大白纸上写细节和故事，各用一句话写出旅客会怎样讲给朋友听。' },
      { minutes: 3, who: '全班', what: '请两组各读一个故事，其他组判断“会不会转述”。' },
      { minutes: 8, who: '全班', what: '分界点讨论：每组举牌表示本单位多数体验处在“良好、极佳、绝佳”哪一档，说出越过下一个分界点最缺的一样东西。' },
      { minutes: 2, who: '讲师', what: '小结：分界点要用自己的数据找，布置 NPS 课后作业的预告。' },
    ],
  },
  {
    id: 'pyramid-personas',
    title: '第二讲 一、二：金字塔练习与空白画像卡',
    lecture: 2,
    covers: [
      { page: '/lectures/2-cognition/experience-pyramid/', activities: ['ex', 'debrief'] },
      { page: '/lectures/2-cognition/personas/', activities: ['ex', 'swap'] },
    ],
    steps: [
      { minutes: 2, who: '讲师', what: '金字塔练习：每组选一个熟悉的服务场景，三层各写“已经做到的一件事”和“旅客最常失望的一件事”。' },
      { minutes: 18, who: '各组', what: '填金字塔练习表，最后用两分钟回答“资源只够改一处，改哪一层”。' },
      { minutes: 5, who: '讲师', what: '讲评：先看各组的底层缺口，再看谁把资源投在了上层。' },
      { minutes: 3, who: '讲师', what: '画像卡：每组选本单位最重要的一类客群，每一条都要写出依据（数据或原话）。' },
      { minutes: 22, who: '各组', what: '填写空白画像卡：人物名字与一句话、身份、目标、痛点、典型时刻、最看重。' },
      { minutes: 5, who: '两组互换', what: '与邻组交换画像卡，对方只问一个问题：“这一条有什么依据？”没有依据的条目画问号。' },
    ],
  },
  {
    id: 'kano',
    title: '第二讲 三：KANO 现场作业',
    lecture: 2,
    covers: [{ page: '/lectures/2-cognition/kano/', activities: ['work', 'debrief'] }],
    steps: [
      { minutes: 3, who: '讲师', what: '发作业表；每组先用画像卡上的一句话说清“这是谁”。' },
      { minutes: 15, who: '各组', what: '基本、期望、兴奋三层各写三条需求，用旅客的口吻写，并标出现在做得怎样。' },
      { minutes: 7, who: '各组', what: '补一项可能的反向需求；选两项最拿不准的需求，写成一组正向 / 反向问题。' },
      { minutes: 5, who: '各组', what: '写“下一步行动”，把作业表贴到墙上。' },
      { minutes: 7, who: '全班', what: '画廊式讲评：各组走一圈，在别组的表上用便利贴标出“我认为分错了”的一条。' },
      { minutes: 3, who: '讲师', what: '挑分歧最大的一项，打开 KANO 工具的示例数据，说明为什么要用成对问卷验证。' },
    ],
  },
  {
    id: 'servqual-standards',
    title: '第三讲 一：五维服务标准改写',
    lecture: 3,
    covers: [{ page: '/lectures/3-design/servqual/', activities: ['work'] }],
    steps: [
      { minutes: 2, who: '讲师', what: '每组选一个一线岗位，抄下它现有的三到五条标准。' },
      { minutes: 4, who: '各组', what: '把每条标准归到一个维度，标出“旅客看不见”的条目。' },
      { minutes: 11, who: '各组', what: '用模板逐维改写，每维至少一条主动服务标准，再为本组重点客群补一条个性化创新标准。' },
      { minutes: 5, who: '两组互换', what: '互相挑错，只问两个问题：旅客看得见吗？主管查得到吗？' },
      { minutes: 3, who: '讲师', what: '挑一条改得最好的和一条仍然空泛的，当众对比。' },
    ],
  },
  {
    id: 'mot-abc',
    title: '第三讲 二：关键时刻 ABC 检查表',
    lecture: 3,
    covers: [{ page: '/lectures/3-design/mot-abc/', activities: ['work'] }],
    steps: [
      { minutes: 4, who: '各组', what: '列出本岗位旅客接触最频繁的五个瞬间，每人一票，选出最关键的一个。' },
      { minutes: 9, who: '各组', what: '用检查表把这个瞬间的 A、B、C 各写至少两条，写明最容易出错的地方和谁来检查。' },
      { minutes: 8, who: '全班', what: '话术演练：每组派一人演“C 标准话术”，邻组扮演旅客，说出哪一句舒服、哪一句别扭；每组约两分钟。' },
      { minutes: 4, who: '各组', what: '按反馈修改检查表，拍照上传，作为本节的课程成果。' },
    ],
  },
  {
    id: 'dual-map',
    title: '第三讲 三：双图设计（旅程图、峰终、易投诉点预防、讲解）',
    lecture: 3,
    covers: [
      { page: '/lectures/3-design/journey-blueprint/', activities: ['map'] },
      { page: '/lectures/3-design/peak-end/', activities: ['ex'] },
      { page: '/lectures/3-design/complaint-prevention/', activities: ['work'] },
      { page: '/lectures/3-design/journey-blueprint/', activities: ['present'] },
    ],
    steps: [
      { minutes: 3, who: '讲师', what: '双图设计①：确定客群和场景（从预约到回访），两张大白纸横拼，上半画旅程图，下半画蓝图。' },
      { minutes: 14, who: '各组', what: '按工作纸逐列填阶段、触点、行为与想法，给情绪打分，连成现状曲线，至少标出两个低谷。' },
      { minutes: 8, who: '各组', what: '对每个低谷在蓝图里向下追：前台、后台、支持流程，哪一层出了问题，用红色便利贴标出失误点。' },
      { minutes: 3, who: '讲师', what: '双图设计②：在平淡阶段设计一个正向峰值，为结尾写两条改进。' },
      { minutes: 12, who: '各组', what: '画峰值和结尾，在蓝图里写清谁来做、物料在哪里，画出优化后的情绪曲线。' },
      { minutes: 2, who: '讲师', what: '双图设计③：从两个最低点各写三句旅客原话，按清单填预防动作，六条策略至少用四条。' },
      { minutes: 13, who: '各组', what: '填易投诉点预防清单，讨论一线补救权限（给多大、谁批准、怎样记录），并入双图。' },
      { minutes: 15, who: '全班', what: '双图设计④：每组两分钟讲解“曲线变了哪里、后台要多做什么”，讲师点评一句；超过 5 组时只请 5 组讲，其余贴墙。' },
    ],
  },
  {
    id: 'micro-innovation',
    title: '第三讲 四：场景微创新方案卡',
    lecture: 3,
    covers: [{ page: '/lectures/3-design/micro-innovation/', activities: ['work', 'present'] }],
    steps: [
      { minutes: 3, who: '讲师', what: '每组用方案卡为本组重点客群设计两个峰值场景，类型必须不同。' },
      { minutes: 14, who: '各组', what: '填写两张方案卡，写出单次成本和“旅客会怎样向朋友描述”。' },
      { minutes: 4, who: '各组', what: '按三条原则给两个方案各打 1–5 分，选出一个。' },
      { minutes: 4, who: '各组', what: '把选中的方案画进本组的服务蓝图：谁做、何时做、物料谁补。' },
      { minutes: 8, who: '全班', what: '展示：每组一分钟念方案，另一组扮演该客群，说出“会不会拍照或转告朋友”。' },
      { minutes: 2, who: '讲师', what: '点评并提醒：涉及姓名、生日、照片的方案先征得旅客同意。' },
    ],
  },
  {
    id: 'five-gaps',
    title: '第四讲 一：5GAP 诊断练习',
    lecture: 4,
    covers: [{ page: '/lectures/4-management/five-gaps/', activities: ['ex', 'debrief'] }],
    steps: [
      { minutes: 1, who: '讲师', what: '说明任务：三条反馈各判断主要差距，写一个可能的成因和一条弥合办法；允许写“主要是某差距，也可能是某差距”。' },
      { minutes: 9, who: '各组', what: '讨论三条反馈，把结论写在便利贴上，每条一张。' },
      { minutes: 6, who: '全班', what: '逐条举牌（差距编号），讲师请判断不同的两组各说一句理由。' },
      { minutes: 4, who: '讲师', what: '讲评：同一条抱怨可以落在不同差距，关键是说出“查什么证据能分辨”，再指向 SERVQUAL 的追查表。' },
    ],
  },
  {
    id: 'measures-discussion',
    title: '第四讲 二：现场讨论，从满意度数据到执行计划',
    lecture: 4,
    covers: [{ page: '/lectures/4-management/measures/', activities: ['work'] }],
    steps: [
      { minutes: 2, who: '讲师', what: '投出数据（课前调研的 SERVQUAL 分享链接，或页面里的教学数据），说明要交出模板 A 和模板 B。' },
      { minutes: 10, who: '各组', what: '模板 A：找出三个问题，每个写数据发现、旅客原话、属于哪个差距、根本原因和判断依据。' },
      { minutes: 9, who: '各组', what: '模板 B：为每个问题写一项举措，落实负责人、起止时间、资源、衡量指标和检查时间。' },
      { minutes: 4, who: '全班', what: '请一组读一行完整的举措，其他组只检查：有没有负责人？指标量得到吗？' },
    ],
  },
  {
    id: 'action-plan',
    title: '第四讲 三：SMART 目标与六步工作坊①–⑤',
    lecture: 4,
    covers: [{ page: '/lectures/4-management/action-plan/', activities: ['smart', 'step1', 'step2', 'step3', 'step4', 'step5'] }],
    steps: [
      { minutes: 4, who: '讲师', what: 'SMART：用页面的“两种写法”对比，讲五个字母各自问什么。' },
      { minutes: 6, who: '各组', what: '选一个示范点，把一句口号改写成 SMART 目标，写在大白纸顶端。' },
      { minutes: 8, who: '各组', what: '① 描绘愿景：想象六个月后的庆功会，填庆功场景卡。' },
      { minutes: 12, who: '各组', what: '② 理性分析：填 SWOT 四格，把前面找到的差距写进劣势，再各写一句“用优势抓机会”“补会被威胁放大的劣势”。' },
      { minutes: 8, who: '各组', what: '③ 当众承诺：负责人先说，组员再说，每人一句，填承诺卡，见证人签名。' },
      { minutes: 15, who: '各组', what: '④ 团队共创：每人写关键行动便利贴，一张一条、动词开头；归类、每人三票；再用 ORID 四问小结。' },
      { minutes: 12, who: '各组', what: '⑤ 行动计划：组员自发认领，填行动计划表，每行写一句“如果遇到……我就……”。' },
    ],
  },
  {
    id: 'town-hall',
    title: '第四讲 三：六步工作坊⑥ 城镇会议',
    lecture: 4,
    covers: [{ page: '/lectures/4-management/action-plan/', activities: ['step6'] }],
    steps: [
      { minutes: 2, who: '讲师', what: '说明规则：每组展示目标、分析和行动计划；领导对每项请求当场回答同意、再议或暂缓；讲师用模板 6 记录。' },
      { minutes: 24, who: '领导与讲师', what: '按 6 组计，每组 4 分钟：展示 3 分钟，领导和讲师表态 1 分钟。5 组时每组 5 分钟（展示 4 分钟），7 组时每组约 3.5 分钟（展示 2.5 分钟）。' },
      { minutes: 4, who: '讲师', what: '收尾：读出模板 6 上的全部决定和下次检查时间，说明训后两周报告第一个检查节点。' },
    ],
  },
];

/** Minutes the timetable gives the activities a script runs. */
export function scheduledMinutes(script: FacilitatorScript): number {
  return script.covers.reduce(
    (sum, cover) => sum + cover.activities.reduce((pageSum, key) => pageSum + activityMinutes(cover.page, key), 0),
    0,
  );
}

/** Minutes of a script's own steps. */
export function scriptMinutes(script: FacilitatorScript): number {
  return script.steps.reduce((sum, step) => sum + step.minutes, 0);
}

export function facilitatorScript(id: string): FacilitatorScript {
  const script = facilitatorScripts.find((candidate) => candidate.id === id);
  if (!script) throw new Error(`no facilitator script ${id}`);
  return script;
}
