/**
 * A completed example for every worksheet (教学情景: invented units, no real organisation),
 * spread over the course's four industries: hotel, scenic area, airline, airport.
 */
import type { FieldValue } from './schema';
import type { SheetId } from './sheets';

export interface Example {
  industry: '酒店' | '景区' | '航空' | '机场';
  answers: Record<string, FieldValue>;
}

export const EXAMPLES: Record<SheetId, Example> = {
  kano: { industry: '景区', answers: {
    persona: '带六岁孩子来玩一天的双职工家庭：周末自驾到达，最怕排长队和孩子走累。',
    needs: [
      { level: '功能', need: '停车场到入口有指引，十分钟内进园', kano: '必备' },
      { level: '功能', need: '热门项目排队时间在手机上可查', kano: '期望' },
      { level: '情感', need: '工作人员叫得出孩子的名字', kano: '魅力' },
      { level: '精神', need: '孩子完成自然寻宝后拿到一枚徽章', kano: '魅力' },
    ] } },
  servqual: { industry: '酒店', answers: {
    post: '前台接待',
    current: '客人到达后三分钟内办好入住。',
    dimensions: [
      { dimension: '有形性', proactive: '台面只放客人要签的一张单子', personal: '熟客的房卡套上写好名字' },
      { dimension: '可靠性', proactive: '入住前核对一遍预订的特殊要求', personal: '上次投诉过的问题当面说明已改进' },
      { dimension: '响应性', proactive: '排队超过三人就开第二个窗口', personal: '晚到的航班客人提前备好房卡' },
      { dimension: '保证性', proactive: '每位接待员会说明退房和早餐规则', personal: '商务客人主动告知会议室空档' },
      { dimension: '移情性', proactive: '带孩子的客人先递上儿童拖鞋', personal: '生日客人房里放一张手写卡' },
    ] } },
  mot: { industry: '航空', answers: {
    post: '登机口服务',
    moments: [
      { moment: '广播延误', appearance: '站在登机口正面，不躲在柜台后', behaviour: '广播后马上走到候机区', wording: '“非常抱歉，预计还要等四十分钟，我每二十分钟来更新一次。”', check: '✓' },
      { moment: '旅客询问转机', appearance: '胸牌朝外', behaviour: '先查系统再回答', wording: '“我帮您查一下下一程，请稍等一分钟。”', check: '' },
    ] } },
  peak: { industry: '机场', answers: {
    ideas: [
      { moment: '惊喜', idea: '深夜到达的旅客在出口拿到一瓶温水', cost: '1', value: '4', effort: '1', risk: '1' },
      { moment: '连接', idea: '志愿者陪独自出行的老人走到登机口', cost: '2', value: '5', effort: '3', risk: '2' },
      { moment: '成长', idea: '孩子在安检口学一句安检小知识，换一张贴纸', cost: '1', value: '3', effort: '2', risk: '1' },
      { moment: '荣耀', idea: '第一百次出行的旅客在广播里被点名感谢', cost: '2', value: '4', effort: '3', risk: '3' },
    ],
    chosen: '深夜到达送温水：由到达口值班员负责，物料放在问询台，每晚准备五十瓶。',
  } },
  complaint: { industry: '酒店', answers: {
    points: [
      { point: '退房时对迷你吧账单有异议', strategy: '事前告知', action: '入住时说明迷你吧收费，并放一张价目卡', owner: '前台主管' },
      { point: '早餐高峰排队', strategy: '分流', action: '七点半到八点半开放第二餐厅', owner: '餐饮经理' },
    ] } },
  gaps: { industry: '航空', answers: {
    data: 'SERVQUAL 响应性差距 −1.1，是五个维度中最大的；延误时“没人告诉我们”的抱怨最多。',
    causes: [
      { gap: '3', cause: '延误通报没有规定多久更新一次，各登机口做法不一', measure: '规定每二十分钟更新一次，写进岗位标准' },
      { gap: '1', cause: '管理层以为旅客只在意延误时长，不知道更在意信息', measure: '每月抽二十条延误投诉给管理层读' },
    ] } },
  measures: { industry: '机场', answers: {
    measures: [
      { type: '倾听顾客', measure: '在到达口放二维码，一句话评价', owner: '旅客服务部 李主管', due: '2027-03-31' },
      { type: '服务承诺与沟通', measure: '行李延误时主动短信告知位置', owner: '行李服务 王经理', due: '2027-05-31' },
    ] } },
  smart: { industry: '机场', answers: {
    metric: '到达行李提取投诉数', baseline: '2026 年第三季度每万名旅客 4.2 起', target: '每万名旅客 2 起以下', deadline: '2027 年 6 月 30 日', owner: '行李服务部 王经理', scope: 'T2 航站楼国内到达',
  } },
  plan: { industry: '景区', answers: {
    strengths: '讲解员队伍稳定，熟悉路线。', weaknesses: '周末高峰人手不足。', opportunities: '本地学校有研学需求。', threats: '周边新开的两家乐园分流客人。',
    objective: '周末入园排队平均 25 分钟。', reflective: '一线员工觉得高峰时很无力。', interpretive: '排队是第一印象，拉低了整天的评价。', decisional: '先在北门试行分时段入园。',
    actions: [
      { action: '北门试行分时段预约', owner: '张敏', due: '2027-04-30', status: '未开始' },
      { action: '培训十名周末志愿者', owner: '刘洋', due: '2027-04-15', status: '进行中' },
    ],
    commitment: '三个月内让北门周末排队不超过十分钟，做不到我们在全员会上说明原因。',
  } },
  seed: { industry: '酒店', answers: {
    fiveW: [
      { element: '谁', finding: '住店两晚的商务客人' }, { element: '在哪里', finding: '十二楼客房' },
      { element: '是什么', finding: '空调夜里噪音大，睡不好' }, { element: '何时', finding: '入住第一晚凌晨' }, { element: '为什么', finding: '设备老化，巡检表没有噪音一项' },
    ],
    degrees: [
      { degree: '维度', finding: '表面是噪音，本质是巡检标准漏项' }, { degree: '程度', finding: '主干问题：影响睡眠' },
      { degree: '态度', finding: '客人想避免再吃亏，要求换房' }, { degree: '强度', finding: '显性需求：今晚睡好；隐性需求：下次不再遇到' },
    ],
    partners: [
      { name: '甲维修公司', cA: '0', cB: '1', cC: '0', cD: '0', mA: '0', mB: '0', mC: '1', volume: '18', hygiene: '8', software: '10', training: '10' },
      { name: '乙维修公司', cA: '0', cB: '0', cC: '2', cD: '1', mA: '0', mB: '0', mC: '0', volume: '15', hygiene: '9', software: '6', training: '10' },
    ],
  } },
};
