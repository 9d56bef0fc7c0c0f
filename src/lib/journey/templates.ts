/**
 * The maps a team can start from. All are invented teaching scenarios (教学情景). The hotel stay
 * is built from lecture 3's own data (hotelStayScenario.ts), the file the lecture's journey map,
 * blueprint and emotion curve draw, so the editor opens exactly the lecture's example.
 */
import { hotelStay, scenarioTitle } from './hotelStayScenario';
import { createMap, type Card, type JourneyMap } from './model';

export type TemplateId = 'hotel' | 'scenic' | 'flight' | 'delay' | 'empty';

/** One cell's cards: plain text, or text with tags. */
type CellSpec = readonly (string | readonly [string, readonly string[]])[];

interface StageSpec {
  name: string;
  asIs: number | null;
  toBe: number | null;
  cells: Readonly<Record<string, CellSpec>>;
}

interface TemplateSpec {
  label: string;
  title: string;
  scenario: string;
  persona: string;
  /** Name of the stage that ends the remembered episode (default: the last). */
  endStage?: string;
  stages: readonly StageSpec[];
}

const TEACHING = '教学情景';

const HOTEL_TAGS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  预约: { onstage: ['mot', 'abc:C'] },
  入住: { onstage: ['mot', 'abc:B', 'servqual:empathy'], evidence: ['abc:A'] },
  在住: { opportunities: ['peak:惊喜', 'kano:A'], backstage: ['peak:惊喜'] },
  离店: { onstage: ['mot', 'abc:B'], backstage: ['servqual:reliability'] },
  回访: { opportunities: ['peak:连接'] },
};

const hotel: TemplateSpec = {
  label: '酒店入住',
  title: 'A 酒店亲子家庭两晚住店',
  scenario: `${scenarioTitle.replace(/\(.*\)$/, '')}（${TEACHING}，第三讲示例）`,
  persona: '林先生一家三口',
  endStage: '离店',
  stages: hotelStay.map((stage) => {
    const tags = HOTEL_TAGS[stage.name] ?? {};
    const tagged = (lane: string, text: string): string | readonly [string, readonly string[]] => (tags[lane] ? [text, tags[lane]!] : text);
    return {
      name: stage.name,
      asIs: stage.emotionNow,
      toBe: stage.emotionDesigned,
      cells: {
        touchpoints: stage.touchpoints,
        thoughts: [stage.thought],
        feelings: [stage.emotionWord],
        pains: [[stage.painPoint, ['pain']]],
        opportunities: [tagged('opportunities', stage.opportunity), tagged('opportunities', stage.designMove)],
        evidence: [tagged('evidence', stage.blueprint.evidence)],
        customer: stage.actions,
        onstage: [tagged('onstage', stage.blueprint.onstage)],
        backstage: [tagged('backstage', stage.blueprint.backstage)],
        support: [stage.blueprint.support],
      },
    };
  }),
};

const scenic: TemplateSpec = {
  label: '景区游览',
  title: '山水景区周末一日游',
  scenario: `周末带老人和孩子游览山水景区（${TEACHING}）`,
  persona: '张阿姨和老伴',
  stages: [
    { name: '购票', asIs: 0, toBe: 1, cells: { touchpoints: ['景区公众号', '售票窗口'], thoughts: ['“老人票要带什么证件？”'], pains: [['优惠政策写得不清楚', ['pain']]], opportunities: [['购票页按同行人自动算优惠', ['kano:O']]], customer: ['选日期、填同行人'], onstage: [['窗口核验优惠证件', ['mot', 'abc:C']]], backstage: ['按预约量排班'], support: ['分时预约系统'] } },
    { name: '排队入园', asIs: -1.5, toBe: 0.5, cells: { touchpoints: ['停车场', '闸机'], thoughts: ['“太阳这么大，还要排多久？”'], feelings: ['烦躁'], pains: [['队伍无遮阳、不知等多久', ['pain', 'servqual:responsiveness']]], opportunities: [['遮阳棚和预计等候时间牌', ['servqual:tangibles']]], evidence: [['等候时间显示屏', ['abc:A']]], customer: ['排队、刷身份证'], onstage: [['工作人员引导老人走绿色通道', ['mot', 'abc:B', 'servqual:empathy']]], backstage: ['客流超过阈值时加开闸机'], support: ['客流监测'] } },
    { name: '游览', asIs: 1, toBe: 2, cells: { touchpoints: ['导览图', '讲解员', '休息亭'], thoughts: ['“风景真好，就是有点累”'], feelings: ['愉快'], pains: [['坡道多，休息点少', ['pain']]], opportunities: [['观景台为长辈拍一张合影', ['peak:连接', 'kano:A']]], evidence: ['沿途座椅和饮水点'], customer: ['步行、拍照、听讲解'], onstage: [['讲解员记住同行孩子的名字', ['peak:连接', 'abc:C']]], backstage: ['巡查补充饮水'], support: ['讲解排班、物资配送'] } },
    { name: '出园', asIs: -0.5, toBe: 1.5, cells: { touchpoints: ['出口', '文创店', '停车场'], thoughts: ['“出口在哪？车停哪了？”'], feelings: ['疲惫'], pains: [['出口指引少，找车难', ['pain']]], opportunities: [['出口送一张合影明信片', ['peak:荣耀']]], evidence: ['出口指示牌'], customer: ['找出口、取车'], onstage: [['出口工作人员道别并指路', ['mot', 'abc:B']]], backstage: ['冲印合影'], support: ['照片打印机'] } },
  ],
};

const flight: TemplateSpec = {
  label: '航班出行',
  title: '一次国内航班出行',
  scenario: `商务旅客乘坐早班国内航班（${TEACHING}）`,
  persona: '会务负责人赵经理',
  stages: [
    { name: '预订', asIs: 0.5, toBe: 1, cells: { touchpoints: ['航司 App', '在线旅行平台'], thoughts: ['“行李额度是多少？”'], pains: [['行李额度藏在细则里', ['pain']]], opportunities: ['订票页直接写明行李额度'], customer: ['比价、选座'], onstage: ['确认短信'], backstage: ['舱位控制'], support: ['订座系统'] } },
    { name: '值机', asIs: -0.5, toBe: 1, cells: { touchpoints: ['自助值机机', '柜台'], thoughts: ['“托运柜台排这么长？”'], pains: [['托运排长队', ['pain']]], opportunities: [['自助行李托运', ['kano:O']]], evidence: ['值机指示牌'], customer: ['打印登机牌、托运'], onstage: [['柜台员工主动招呼下一位', ['mot', 'abc:C']]], backstage: ['按航班开柜'], support: ['离港系统'] } },
    { name: '安检', asIs: -1.5, toBe: 0, cells: { touchpoints: ['安检通道'], thoughts: ['“会不会赶不上？”'], feelings: ['紧张'], pains: [['不知道排队要多久', ['pain', 'servqual:responsiveness']]], opportunities: ['显示各通道等候时间'], evidence: [['通道等候时间屏', ['abc:A']]], customer: ['排队、过检'], onstage: [['安检员语气平和地提醒', ['mot', 'abc:C', 'servqual:assurance']]], backstage: ['高峰时加开通道'], support: ['旅客流量预测'] } },
    { name: '登机', asIs: 0, toBe: 0.5, cells: { touchpoints: ['登机口', '广播'], thoughts: ['“是不是要变登机口？”'], pains: ['广播听不清'], opportunities: ['登机口变更推送到手机'], customer: ['候机、排队登机'], onstage: [['登机口员工核对并问候', ['mot']]], backstage: ['登机口调度'], support: ['航班信息系统'] } },
    { name: '客舱', asIs: 1, toBe: 2, cells: { touchpoints: ['乘务员', '餐食'], thoughts: ['“早餐还不错”'], feelings: ['放松'], opportunities: [['记住常旅客的饮品偏好', ['peak:连接', 'kano:A']]], evidence: ['干净的座椅和毛毯'], customer: ['用餐、休息'], onstage: [['乘务员称呼姓氏送上饮品', ['peak:连接', 'abc:C']]], backstage: ['配餐核对特殊餐'], support: ['配餐系统、常旅客档案'] } },
    { name: '到达与行李', asIs: -1, toBe: 1, cells: { touchpoints: ['行李转盘', '到达大厅'], thoughts: ['“行李怎么还没出来？”'], feelings: ['着急'], pains: [['不知道行李何时到转盘', ['pain']]], opportunities: ['推送行李到达转盘的时间'], evidence: ['转盘信息屏'], customer: ['等行李、离开'], onstage: [['行李查询台主动答疑', ['mot', 'servqual:responsiveness']]], backstage: ['装卸进度上报'], support: ['行李追踪系统'] } },
  ],
};

const delay: TemplateSpec = {
  label: '航班延误处置',
  title: '航班延误三小时的处置',
  scenario: `晚间航班因天气延误三小时（${TEACHING}）`,
  persona: '刘导和她的 32 人团',
  stages: [
    { name: '得知延误', asIs: -1.5, toBe: -0.5, cells: { touchpoints: ['短信', '登机口屏幕'], thoughts: ['“要等多久？团里的人怎么安排？”'], feelings: ['焦虑'], pains: [['只说延误，不说原因和时间', ['pain', 'servqual:responsiveness']]], opportunities: ['第一条通知就给原因和下次更新时间'], customer: ['查看通知、问工作人员'], onstage: [['登机口员工主动广播并致歉', ['mot', 'abc:C']]], backstage: ['运控评估起飞时间'], support: ['航班动态系统'] } },
    { name: '等待', asIs: -2, toBe: 0, cells: { touchpoints: ['候机区', '服务台'], thoughts: ['“没人告诉我们任何消息”'], feelings: ['愤怒'], pains: [['长时间没有新消息', ['pain']]], opportunities: [['每 30 分钟更新一次，哪怕没有新进展', ['servqual:reliability']]], evidence: ['饮水和餐食'], customer: ['排队询问、打电话'], onstage: [['员工给团队领队单独说明', ['mot', 'servqual:empathy']]], backstage: ['准备餐食'], support: ['配餐调度'] } },
    { name: '改签与安置', asIs: -1, toBe: 1, cells: { touchpoints: ['服务台', '航司 App'], thoughts: ['“能不能改到明早？”'], pains: [['改签要排队', ['pain']]], opportunities: [['App 里一键改签', ['kano:O']]], customer: ['选择改签或继续等'], onstage: [['员工给老人和孩子优先办理', ['mot', 'abc:B', 'servqual:empathy']]], backstage: ['预留酒店房间'], support: ['改签系统、协议酒店'] } },
    { name: '登机', asIs: 0, toBe: 1.5, cells: { touchpoints: ['登机口'], thoughts: ['“终于能走了”'], feelings: ['松一口气'], opportunities: [['机长广播致谢大家的耐心', ['peak:荣耀']]], customer: ['登机'], onstage: [['乘务员在门口再次致歉', ['mot', 'abc:C']]], backstage: ['加快地面保障'], support: ['地面保障调度'] } },
    { name: '到达后回访', asIs: 0, toBe: 1, cells: { touchpoints: ['短信', '里程账户'], thoughts: ['“他们还记得这件事”'], opportunities: [['补偿里程并附一句具体的道歉', ['peak:连接']]], customer: ['看消息'], onstage: ['客服回访领队'], backstage: ['延误旅客名单'], support: ['客户关系系统'] } },
  ],
};

export const TEMPLATES: Readonly<Record<Exclude<TemplateId, 'empty'>, TemplateSpec>> = { hotel, scenic, flight, delay };

export const TEMPLATE_CHOICES: readonly { id: TemplateId; label: string }[] = [
  { id: 'hotel', label: `${hotel.label}（${TEACHING}）` },
  { id: 'scenic', label: `${scenic.label}（${TEACHING}）` },
  { id: 'flight', label: `${flight.label}（${TEACHING}）` },
  { id: 'delay', label: `${delay.label}（${TEACHING}）` },
  { id: 'empty', label: '空白地图' },
];

export function isTemplateId(value: string): value is TemplateId {
  return TEMPLATE_CHOICES.some((choice) => choice.id === value);
}

/** A new map from a template, with the given map id and date. */
export function mapFromTemplate(templateId: TemplateId, id: string, date = ''): JourneyMap {
  if (templateId === 'empty') return { ...createMap(id, '新的双图'), date };
  const spec = TEMPLATES[templateId];
  const base = createMap(id, spec.title, spec.stages.map((stage) => stage.name));
  const cards: Card[] = [];
  spec.stages.forEach((stage, stageIndex) => {
    const stageId = base.stages[stageIndex]!.id;
    for (const lane of base.lanes) {
      for (const entry of stage.cells[lane.id] ?? []) {
        const [text, tags] = typeof entry === 'string' ? [entry, []] : entry;
        cards.push({ id: `c${cards.length + 1}`, stageId, laneId: lane.id, text, tags: [...tags] });
      }
    }
  });
  const endIndex = spec.endStage ? spec.stages.findIndex((stage) => stage.name === spec.endStage) : -1;
  return {
    ...base,
    scenario: spec.scenario,
    persona: spec.persona,
    date,
    endStageId: endIndex >= 0 ? base.stages[endIndex]!.id : null,
    stages: base.stages.map((stage, index) => ({ ...stage, asIs: spec.stages[index]!.asIs, toBe: spec.stages[index]!.toBe })),
    cards,
  };
}
