/**
 * The ten worksheets as data: what a team is asked to do (time from src/data/schedule.ts, the
 * lecture page it practises, materials, steps, what to hand in) and the fields of its form. One
 * generic renderer (src/components/workbook/SheetForm.tsx) draws every form from this, so a new
 * worksheet is a new entry here, not a new component. The completed examples are in examples.ts.
 */
import { activityMinutes, type PagePath } from '../../data/schedule';

export interface Column {
  key: string;
  label: string;
  /** Shown as the input's placeholder. */
  hint?: string;
  /** A short number column (drawn narrower). */
  number?: boolean;
}

export type Field =
  | { kind: 'text' | 'area'; key: string; label: string; hint?: string }
  | { kind: 'table'; key: string; label: string; hint?: string; columns: Column[]; rows: number };

export interface SheetDef {
  id: SheetId;
  /** Order in the workbook, 1–10. */
  number: number;
  title: string;
  /** The lecture page it practises and the timetable activities its time comes from. */
  page: PagePath;
  pageTitle: string;
  activities: string[];
  /** Minutes when the worksheet has no slot in the timetable (the supplementary modules). */
  suggestedMinutes?: number;
  materials: string;
  steps: string[];
  handIn: string;
  fields: Field[];
  /** The worksheet counts as done when each of these fields has something in it. */
  required: string[];
}

export const SHEET_IDS = ['kano', 'servqual', 'mot', 'peak', 'complaint', 'gaps', 'measures', 'smart', 'plan', 'seed'] as const;
export type SheetId = (typeof SHEET_IDS)[number];

const PLAN_COLUMNS: Column[] = [
  { key: 'action', label: '行动', hint: '做什么' },
  { key: 'owner', label: '认领人', hint: '自发认领，写名字' },
  { key: 'due', label: '完成日期', hint: '如 2027-03-31' },
  { key: 'status', label: '状态', hint: '未开始 / 进行中 / 完成' },
];

export const SHEETS: SheetDef[] = [
  {
    id: 'kano', number: 1, title: '客群画像 × 体验金字塔 × KANO', page: '/lectures/2-cognition/kano/', pageTitle: '重点客群的 KANO 需求分析', activities: ['work'],
    materials: '本组选定的一类重点客群（六张示范画像卡之一，或本单位自己的客群）、体验金字塔三层十种感受的讲义。',
    steps: ['写下客群是谁：身份、出行目的、最在意什么。', '按金字塔的功能、情感、精神三层，各列出两三项需求。', '给每项需求标上 KANO 类别：必备、期望或魅力；拿不准的，记下来用 KANO 问卷去问。'],
    handIn: '一张客群三层需求表，每项需求带 KANO 类别。',
    fields: [
      { kind: 'area', key: 'persona', label: '客群画像', hint: '身份、出行目的、最在意的事' },
      { kind: 'table', key: 'needs', label: '三层需求与 KANO 类别', rows: 6, columns: [{ key: 'level', label: '金字塔层次', hint: '功能 / 情感 / 精神' }, { key: 'need', label: '需求' }, { key: 'kano', label: 'KANO 类别', hint: '必备 / 期望 / 魅力' }] },
    ],
    required: ['persona', 'needs'],
  },
  {
    id: 'servqual', number: 2, title: '五维服务标准', page: '/lectures/3-design/servqual/', pageTitle: '服务质量的五个维度', activities: ['work'],
    materials: '本岗位现行的服务标准或操作规程；如果同一台设备上做过 SERVQUAL 计算，带上得分最低的维度。',
    steps: ['选一个岗位，写下现行标准里的一条。', '按有形性、可靠性、响应性、保证性、移情性五个维度逐条改写。', '每个维度写一条主动服务标准，再写一条个性化创新标准。'],
    handIn: '一份岗位五维服务标准。',
    fields: [
      { kind: 'text', key: 'post', label: '岗位' },
      { kind: 'area', key: 'current', label: '现行标准（摘一条）' },
      { kind: 'table', key: 'dimensions', label: '按五个维度改写', rows: 5, columns: [{ key: 'dimension', label: '维度' }, { key: 'proactive', label: '主动服务标准' }, { key: 'personal', label: '个性化创新标准' }] },
    ],
    required: ['post', 'dimensions'],
  },
  {
    id: 'mot', number: 3, title: '关键时刻 ABC 清单', page: '/lectures/3-design/mot-abc/', pageTitle: '关键时刻与 ABC', activities: ['work'],
    materials: '本岗位的一段服务流程；一名同伴扮演顾客。',
    steps: ['列出本岗位顾客与员工接触的关键时刻。', '为每个时刻写清外表（A）、行为（B）、话术（C）。', '两人一组演练话术，再把检查栏用于上岗后的抽查。'],
    handIn: '一张填好的关键时刻 ABC 检查表。',
    fields: [
      { kind: 'text', key: 'post', label: '岗位' },
      { kind: 'table', key: 'moments', label: '关键时刻', rows: 4, columns: [{ key: 'moment', label: '关键时刻' }, { key: 'appearance', label: 'A 外表' }, { key: 'behaviour', label: 'B 行为' }, { key: 'wording', label: 'C 话术' }, { key: 'check', label: '检查', hint: '✓ / ✗' }] },
    ],
    required: ['post', 'moments'],
  },
  {
    id: 'peak', number: 4, title: '峰值场景创新方案', page: '/lectures/3-design/micro-innovation/', pageTitle: '场景微创新', activities: ['work', 'present'],
    materials: '本组的现状旅程图和情绪曲线（双图设计的成果）。',
    steps: ['按惊喜、连接、成长、荣耀四种峰值时刻，各想一个点子。', '给每个点子的成本、感知价值、实施难度、风险打 1–5 分。', '看矩阵：选出成本低、感知价值高的一个，写成方案卡。'],
    handIn: '四个点子的评分和选中的一张方案卡。',
    fields: [
      { kind: 'table', key: 'ideas', label: '四种峰值时刻的点子（1–5 分）', rows: 4, columns: [{ key: 'moment', label: '峰值时刻', hint: '惊喜 / 连接 / 成长 / 荣耀' }, { key: 'idea', label: '点子' }, { key: 'cost', label: '成本', number: true }, { key: 'value', label: '感知价值', number: true }, { key: 'effort', label: '难度', number: true }, { key: 'risk', label: '风险', number: true }] },
      { kind: 'area', key: 'chosen', label: '选中的方案', hint: '场景、做法、需要谁配合' },
    ],
    required: ['ideas', 'chosen'],
  },
  {
    id: 'complaint', number: 5, title: '投诉预防清单', page: '/lectures/3-design/complaint-prevention/', pageTitle: '易投诉点预防', activities: ['work'],
    materials: '本组情绪曲线上最低的两三个点；近期的投诉记录。',
    steps: ['写下本组最常见的两三个易投诉点。', '对每个点，从六种预防策略里挑最合适的一两种。', '写出具体做法和负责的人。'],
    handIn: '一张易投诉点预防清单。',
    fields: [
      { kind: 'table', key: 'points', label: '易投诉点与预防做法', rows: 3, columns: [{ key: 'point', label: '易投诉点' }, { key: 'strategy', label: '预防策略' }, { key: 'action', label: '具体做法' }, { key: 'owner', label: '负责人' }] },
    ],
    required: ['points'],
  },
  {
    id: 'gaps', number: 6, title: '5GAP 诊断', page: '/lectures/4-management/five-gaps/', pageTitle: '5GAP 差距模型', activities: ['ex', 'debrief'],
    materials: '一份满意度数据：SERVQUAL 或 NPS 的结果，或直接抄录的调查数字。',
    steps: ['写下数据说明的问题（顾客感知与期望差在哪里）。', '判断它主要落在差距 1–4 的哪一个，用讲义的原因清单逐条核对。', '为找到的原因选一两项改进措施。'],
    handIn: '一页差距诊断：数据、差距、原因、措施。',
    fields: [
      { kind: 'area', key: 'data', label: '满意度数据', hint: '如：响应性差距 −1.2，NPS 18' },
      { kind: 'table', key: 'causes', label: '差距与原因', rows: 3, columns: [{ key: 'gap', label: '差距', hint: '1–4' }, { key: 'cause', label: '原因' }, { key: 'measure', label: '措施' }] },
    ],
    required: ['data', 'causes'],
  },
  {
    id: 'measures', number: 7, title: '体验管理举措', page: '/lectures/4-management/measures/', pageTitle: '体验管理举措', activities: ['work'],
    materials: '第 6 页的差距诊断。',
    steps: ['从倾听顾客、服务蓝图、员工创新与激励、服务承诺与沟通四类举措里各挑适用的。', '每项举措写明负责人和完成日期。'],
    handIn: '一张举措表，每项都有人和日期。',
    fields: [
      { kind: 'table', key: 'measures', label: '举措', rows: 4, columns: [{ key: 'type', label: '类别' }, { key: 'measure', label: '举措' }, { key: 'owner', label: '负责人' }, { key: 'due', label: '完成日期' }] },
    ],
    required: ['measures'],
  },
  {
    id: 'smart', number: 8, title: 'SMART 目标', page: '/lectures/4-management/action-plan/', pageTitle: '行动计划工作坊', activities: ['smart'],
    materials: '本组选定的示范点或示范岗位。',
    steps: ['写下要改善的指标和它现在的数值（基线）。', '写出目标值、期限、负责人和适用范围。', '看右侧的检查结果，把缺的、含糊的补上。'],
    handIn: '一条通过检查的 SMART 目标。',
    fields: [
      { kind: 'text', key: 'metric', label: '指标', hint: '如：行李提取投诉率' },
      { kind: 'text', key: 'baseline', label: '基线（现在的数值）', hint: '如：2026 年第三季度每万人 4.2 起' },
      { kind: 'text', key: 'target', label: '目标值', hint: '如：降到每万人 2 起以下' },
      { kind: 'text', key: 'deadline', label: '期限', hint: '如：2027 年 6 月 30 日' },
      { kind: 'text', key: 'owner', label: '负责人', hint: '一个具体的人' },
      { kind: 'text', key: 'scope', label: '范围', hint: '哪个岗位、哪个区域' },
    ],
    required: ['metric', 'baseline', 'target', 'deadline', 'owner', 'scope'],
  },
  {
    id: 'plan', number: 9, title: 'SWOT、ORID、行动计划与当众承诺', page: '/lectures/4-management/action-plan/', pageTitle: '行动计划工作坊', activities: ['step2', 'step3', 'step4', 'step5'],
    materials: '第 8 页的 SMART 目标；大白纸和便利贴。',
    steps: ['SWOT：列出实现目标的优势、劣势、机会、威胁。', '当众承诺：全组写一句承诺，站起来读给全班。', 'ORID：按事实、感受、意义、决定四层讨论。', '行动计划：每项行动由组员自发认领，写上自己的名字和日期。'],
    handIn: 'SWOT、ORID 记录、行动计划表和承诺。城镇会议上展示。',
    fields: [
      { kind: 'area', key: 'strengths', label: 'S 优势' },
      { kind: 'area', key: 'weaknesses', label: 'W 劣势' },
      { kind: 'area', key: 'opportunities', label: 'O 机会' },
      { kind: 'area', key: 'threats', label: 'T 威胁' },
      { kind: 'area', key: 'objective', label: 'O 事实：我们看到、听到了什么？' },
      { kind: 'area', key: 'reflective', label: 'R 感受：哪里让人担心，哪里让人兴奋？' },
      { kind: 'area', key: 'interpretive', label: 'I 意义：这对我们的目标意味着什么？' },
      { kind: 'area', key: 'decisional', label: 'D 决定：我们接下来做什么？' },
      { kind: 'table', key: 'actions', label: '行动计划', rows: 4, columns: PLAN_COLUMNS },
      { kind: 'area', key: 'commitment', label: '当众承诺' },
    ],
    required: ['strengths', 'decisional', 'actions', 'commitment'],
  },
  {
    id: 'seed', number: 10, title: '问题溯源与服务商评分卡', page: '/reading/root-cause/', pageTitle: '用户问题溯源：以供热服务为例', activities: [], suggestedMinutes: 30,
    materials: '一个真实的顾客问题；本单位外包服务商的考核数据。',
    steps: ['用 5W（谁、在哪里、是什么、什么时候、为什么）描述一个顾客问题。', '从维度、程度、态度、强度四个方面分析它。', '用课程资料里的服务网点考核表，给两三家服务商打分。'],
    handIn: '一份问题溯源记录和服务商得分表。',
    fields: [
      { kind: 'table', key: 'fiveW', label: '5W', rows: 5, columns: [{ key: 'element', label: '要素', hint: '谁 / 在哪里 / 是什么 / 何时 / 为什么' }, { key: 'finding', label: '发现' }] },
      { kind: 'table', key: 'degrees', label: '“四度”分析', rows: 4, columns: [{ key: 'degree', label: '方面', hint: '维度 / 程度 / 态度 / 强度' }, { key: 'finding', label: '判断' }] },
      { kind: 'table', key: 'partners', label: '服务商评分卡（课程资料的考核表）', rows: 3, columns: [
        { key: 'name', label: '服务商' },
        { key: 'cA', label: '投诉 A', number: true }, { key: 'cB', label: '投诉 B', number: true }, { key: 'cC', label: '投诉 C', number: true }, { key: 'cD', label: '投诉 D', number: true },
        { key: 'mA', label: '感动 A', number: true }, { key: 'mB', label: '感动 B', number: true }, { key: 'mC', label: '感动 C', number: true },
        { key: 'volume', label: '维修量（0–20）', number: true }, { key: 'hygiene', label: '装修卫生（0–10）', number: true }, { key: 'software', label: '新软件（0–10）', number: true }, { key: 'training', label: '培训（0–10）', number: true },
      ] },
    ],
    required: ['fiveW', 'degrees'],
  },
];

export function findSheet(id: string): SheetDef | undefined {
  return SHEETS.find((sheet) => sheet.id === id);
}

/** Class minutes for a worksheet, summed from the timetable (one source). */
export function sheetMinutes(sheet: SheetDef): number {
  if (sheet.activities.length === 0) return sheet.suggestedMinutes ?? 0;
  return sheet.activities.reduce((sum, key) => sum + activityMinutes(sheet.page, key), 0);
}
