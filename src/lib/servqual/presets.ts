import { ITEM_BANK } from './itemBank';

/**
 * Industry presets: the same 22 items and five dimensions, reworded for the settings the course
 * uses (酒店 · 景区 · 航空公司 · 机场). Wording is this course's own; item n of every preset
 * rewords item n of the bank, so results stay comparable across presets.
 */
export type PresetId = 'generic' | 'hotel' | 'scenic' | 'airline' | 'airport';

export interface IndustryPreset {
  id: PresetId;
  /** Shown in the preset picker. */
  label: string;
  /** How the questionnaire names the provider being rated, e.g. 本酒店. */
  provider: string;
  /** How it names an excellent provider of the kind, e.g. 一家出色的酒店. */
  excellentProvider: string;
  /** How it names the customer, e.g. 客人. */
  customer: string;
  title: string;
  /** The 22 statements, in item order. */
  texts: readonly string[];
}

export const PRESETS: readonly IndustryPreset[] = [
  {
    id: 'generic',
    label: '通用（原量表措辞）',
    provider: '本企业',
    excellentProvider: '一家出色的服务企业',
    customer: '顾客',
    title: '服务质量调查（SERVQUAL）',
    texts: ITEM_BANK.map((item) => item.text),
  },
  {
    id: 'hotel',
    label: '酒店',
    provider: '本酒店',
    excellentProvider: '一家出色的酒店',
    customer: '客人',
    title: '酒店服务质量调查',
    texts: [
      '客房和公共区域的设施设备新颖、好用',
      '大堂、客房等环境美观、舒适',
      '员工仪容整洁、着装得体',
      '房卡套、菜单、指示牌等资料清晰美观',
      '答应在某个时间办好的事（如叫醒、送物）能按时办好',
      '客人遇到问题时，酒店真心诚意地帮助解决',
      '入住、送餐等服务第一次就做对',
      '在承诺的时间提供服务（如按时打扫客房）',
      '预订、账单等记录准确无误',
      '明确告诉客人服务什么时候完成（如维修需要多久）',
      '员工服务迅速，不让客人久等',
      '员工总是乐意帮助客人',
      '员工再忙也会及时回应客人的要求',
      '员工的言行让客人信任',
      '客人对住宿安全和个人隐私感到放心',
      '员工始终礼貌待客',
      '员工能专业地回答客人的问题',
      '酒店对每位客人都给予个别关注',
      '前台、餐厅等的营业时间方便客人',
      '员工会根据客人的情况给予个性化的照顾',
      '酒店把客人的利益放在心上',
      '员工了解客人的具体需要',
    ],
  },
  {
    id: 'scenic',
    label: '景区',
    provider: '本景区',
    excellentProvider: '一个出色的景区',
    customer: '游客',
    title: '景区服务质量调查',
    texts: [
      '观光车、索道、步道等游览设施新颖、完好',
      '景区环境整洁、美观',
      '工作人员仪容整洁、着装得体',
      '导览图、指示牌、门票等资料清晰美观',
      '承诺的开放时间和演出场次能按时兑现',
      '游客遇到问题时，景区真心诚意地帮助解决',
      '检票、讲解等服务第一次就做对',
      '观光车、索道等按公布的时间运行',
      '门票、预约等信息准确无误',
      '明确告诉游客排队、等候需要多长时间',
      '工作人员服务迅速，不让游客久等',
      '工作人员总是乐意帮助游客',
      '客流再大，工作人员也会及时回应游客的求助',
      '工作人员的言行让游客信任',
      '游客在游览中感到安全、放心',
      '工作人员始终礼貌待客',
      '讲解员和工作人员能专业地回答游客的问题',
      '景区对每位游客都给予个别关注（如老人、儿童、行动不便的游客）',
      '开放时间方便游客',
      '工作人员会根据游客的情况给予个性化的帮助',
      '景区把游客的利益放在心上',
      '工作人员了解游客的具体需要',
    ],
  },
  {
    id: 'airline',
    label: '航空公司',
    provider: '本航空公司',
    excellentProvider: '一家出色的航空公司',
    customer: '旅客',
    title: '航空公司服务质量调查',
    texts: [
      '飞机和客舱设施新颖、完好',
      '客舱和值机区域整洁、舒适',
      '空乘和地勤人员仪容整洁、着装得体',
      '登机牌、安全须知、航班通知等资料清晰美观',
      '承诺的事项（如改签、退款）能按时办好',
      '旅客遇到问题时，航空公司真心诚意地帮助解决',
      '值机、行李托运等服务第一次就做对',
      '航班按公布的时间起飞和到达',
      '订票、里程、行李等信息准确无误',
      '航班有变动时，明确告诉旅客什么时候会有结果',
      '员工服务迅速，不让旅客久等',
      '员工总是乐意帮助旅客',
      '员工再忙也会及时回应旅客的需要',
      '员工的言行让旅客信任',
      '旅客对飞行安全感到放心',
      '员工始终礼貌待客',
      '员工能专业地回答旅客的问题',
      '航空公司对每位旅客都给予个别关注',
      '航班时刻和客服时间方便旅客',
      '员工会根据旅客的情况给予个性化的照顾（如特殊餐食、无成人陪伴儿童）',
      '航空公司把旅客的利益放在心上',
      '员工了解旅客的具体需要',
    ],
  },
  {
    id: 'airport',
    label: '机场',
    provider: '本机场',
    excellentProvider: '一个出色的机场',
    customer: '旅客',
    title: '机场服务质量调查',
    texts: [
      '值机柜台、自助设备、行李系统等航站楼设施新颖、好用',
      '航站楼环境整洁、明亮、舒适',
      '工作人员仪容整洁、着装得体',
      '航班信息屏、指示牌、导览图清晰易懂',
      '承诺的服务（如轮椅协助、行李查询）能按时办好',
      '旅客遇到问题时，机场真心诚意地帮助解决',
      '安检、问询等服务第一次就做对',
      '摆渡车、行李提取等按公布的时间完成',
      '航班、登机口等信息准确无误',
      '航班延误时，及时、明确地告诉旅客情况和预计时间',
      '工作人员服务迅速，不让旅客久等',
      '工作人员总是乐意帮助旅客',
      '客流再大，工作人员也会及时回应旅客的求助',
      '工作人员的言行让旅客信任',
      '旅客在机场感到安全、放心',
      '工作人员始终礼貌待客',
      '工作人员能专业地回答旅客的问题',
      '机场对每位旅客都给予个别关注（如老人、儿童、行动不便的旅客）',
      '餐饮、商店、问询等服务时间方便旅客',
      '工作人员会根据旅客的情况给予个性化的帮助',
      '机场把旅客的利益放在心上',
      '工作人员了解旅客的具体需要',
    ],
  },
];

const BY_ID = new Map(PRESETS.map((preset) => [preset.id, preset]));

/**
 * A preset by id.
 * @throws {RangeError} for an unknown id (a programmer error)
 * @example presetById('airport').provider // '本机场'
 */
export function presetById(id: PresetId): IndustryPreset {
  const preset = BY_ID.get(id);
  if (!preset) throw new RangeError(`presetById: unknown preset ${String(id)}`);
  return preset;
}

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && BY_ID.has(value as PresetId);
}
