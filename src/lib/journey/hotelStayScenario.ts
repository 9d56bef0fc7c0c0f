/**
 * The one worked teaching scenario of lecture 3 (第三讲 设计篇), shared by the journey map,
 * the service blueprint and the emotion curve so the three diagrams tell the same story.
 * It is an invented example (教学情景), not a description of any real hotel: a family with
 * a six-year-old stays two nights at "A 酒店".
 */

/** Feelings are scored from -2 (very negative) to +2 (very positive), as drawn on the curves. */
export type EmotionScore = -2 | -1.5 | -1 | -0.5 | 0 | 0.5 | 1 | 1.5 | 2;

export interface JourneyStage {
  /** Stage name as used on all three diagrams. */
  name: string;
  /** Customer view (旅程图). */
  touchpoints: string[];
  actions: string[];
  thought: string;
  emotionWord: string;
  /** Felt emotion in the current (as-is) service. */
  emotionNow: EmotionScore;
  painPoint: string;
  opportunity: string;
  /** Company view (服务蓝图) of the redesigned service, one entry per lane. */
  blueprint: {
    evidence: string;
    customer: string;
    onstage: string;
    backstage: string;
    support: string;
  };
  /** Felt emotion after the redesign, and the design move that gets it there. */
  emotionDesigned: EmotionScore;
  designMove: string;
}

export const scenarioTitle = 'A 酒店亲子家庭两晚住店(虚构教学情景)';

export const hotelStay: JourneyStage[] = [
  {
    name: '预约',
    touchpoints: ['订房平台', '酒店小程序', '客服电话'],
    actions: ['比价、看点评', '下单并备注要加床'],
    thought: '“备注有人看吗?”',
    emotionWord: '期待',
    emotionNow: 1,
    painPoint: '备注石沉大海',
    opportunity: '确认信息回应备注',
    blueprint: {
      evidence: '订房页面、确认短信',
      customer: '在线预订并写备注',
      onstage: '客服来电确认加床',
      backstage: '到店前一天核对备注、预分房',
      support: '预订系统、客史档案',
    },
    emotionDesigned: 1,
    designMove: '确认短信里回应加床备注',
  },
  {
    name: '到店',
    touchpoints: ['导航', '停车场', '门岗', '大堂'],
    actions: ['找车位', '搬行李、看孩子'],
    thought: '“车停哪儿?东西太多了”',
    emotionWord: '手忙脚乱',
    emotionNow: -1,
    painPoint: '停车指引不清',
    opportunity: '提前发停车图',
    blueprint: {
      evidence: '停车指引牌、大堂门头',
      customer: '停车、进入大堂',
      onstage: '门童迎到车旁、提行李',
      backstage: '门岗通知前台客人已到',
      support: '车牌识别、对讲系统',
    },
    emotionDesigned: 0.5,
    designMove: '到店当天上午发停车图',
  },
  {
    name: '入住',
    touchpoints: ['前台', '证件核验', '房卡', '电梯'],
    actions: ['排队', '出示证件', '等房间'],
    thought: '“孩子累了,还要等多久?”',
    emotionWord: '焦躁',
    emotionNow: -2,
    painPoint: '排队、房间未备好',
    opportunity: '预分房,先安顿孩子',
    blueprint: {
      evidence: '前台、房卡套、儿童欢迎包',
      customer: '出示证件、领房卡',
      onstage: '称呼姓名、先递欢迎包',
      backstage: '客房部确认房间已就绪',
      support: '酒店管理系统、房态同步',
    },
    emotionDesigned: 1,
    designMove: '预分房,先给孩子欢迎包',
  },
  {
    name: '在住',
    touchpoints: ['客房', '早餐厅', '泳池', '服务电话'],
    actions: ['休息', '带孩子吃早餐、游泳'],
    thought: '“房间不错,孩子喜欢”',
    emotionWord: '满意',
    emotionNow: 1,
    painPoint: '好而无记忆点',
    opportunity: '设计一个峰值',
    blueprint: {
      evidence: '客房布置、儿童帐篷、早餐台',
      customer: '休息、用餐、游泳',
      onstage: '早餐厅记住孩子的口味',
      backstage: '夜床时搭好帐篷、放晚安卡',
      support: '布草和儿童用品库存',
    },
    emotionDesigned: 2,
    designMove: '夜床时的儿童帐篷和晚安卡',
  },
  {
    name: '离店',
    touchpoints: ['前台结账', '发票', '行李寄存'],
    actions: ['退房', '等发票'],
    thought: '“发票怎么还没好?”',
    emotionWord: '着急',
    emotionNow: -1,
    painPoint: '结账慢、等发票',
    opportunity: '提前备好账单',
    blueprint: {
      evidence: '电子账单、发票',
      customer: '退房、取发票',
      onstage: '行李送到车旁、道别',
      backstage: '前晚核对账单、开好发票',
      support: '账务系统、电子发票',
    },
    emotionDesigned: 1.5,
    designMove: '账单已备好,行李送到车旁',
  },
  {
    name: '回访',
    touchpoints: ['短信', '点评平台', '会员消息'],
    actions: ['看消息', '写点评'],
    thought: '“群发的,不看了”',
    emotionWord: '无感',
    emotionNow: 0,
    painPoint: '群发千篇一律',
    opportunity: '按备注个性回访',
    blueprint: {
      evidence: '感谢短信、孩子的照片卡',
      customer: '看消息、写点评',
      onstage: '值班经理回复点评',
      backstage: '整理点评,问题派单',
      support: '点评监测、工单系统',
    },
    emotionDesigned: 1,
    designMove: '寄出孩子在帐篷里的照片卡',
  },
];

/** The lanes of a service blueprint, top to bottom (Bitner, Ostrom & Morgan 2008). */
export const blueprintLanes = [
  { key: 'evidence', label: '有形展示', sub: '' },
  { key: 'customer', label: '旅客行为', sub: '' },
  { key: 'onstage', label: '前台员工', sub: '看得见' },
  { key: 'backstage', label: '后台员工', sub: '看不见' },
  { key: 'support', label: '支持流程', sub: '' },
] as const;

/** The three lines of a blueprint, each drawn below the lane with the same index. */
export const blueprintLines: Record<number, string> = {
  1: '互动分界线',
  2: '可视分界线',
  3: '内部互动分界线',
};

/** A score as printed on the diagrams: "+1", "−2" (true minus sign), "0". */
export function formatScore(score: number): string {
  if (score > 0) return `+${score}`;
  if (score < 0) return `\u2212${Math.abs(score)}`;
  return '0';
}
