/**
 * Poll templates: what each kind of classroom poll asks, as a flat list of one-tap questions.
 * A poll definition (definition.ts) names the template and its few choices; `pollQuestions`
 * expands it into questions whose answers are small integers (0 = not answered, k = the k-th
 * option), which is what the answer code packs (answerCode.ts) and the CSV export writes.
 *
 * The question texts are the course's own wording. KANO pairs follow Berger et al. (1993),
 * CQM Journal 2(4), §IIa; SERVQUAL items are the course's item bank (Parasuraman, Berry &
 * Zeithaml 1991); the bad-experience questions follow the steps of the Market Damage chain
 * (TARP 1979; 1986; Goodman 2009), see src/lib/marketDamage/chain.ts.
 */
import { ITEM_BANK } from '../servqual/itemBank';

/*
 * The KANO and SERVQUAL header formats and the five KANO answer labels are written out here
 * rather than imported: their modules carry the questionnaire builders, which would put ~15 KB
 * (gzip) on the scan page. tests/unit/poll/templates.test.ts checks that they match
 * kano/questionnaire.ts (columnHeader, SEGMENT_COLUMN), kano/answers.ts (KANO_ANSWERS) and
 * servqual/columns.ts (ratingHeader), so the tools' imports keep recognising them.
 */
export const KANO_LABELS: readonly string[] = ['我很喜欢', '理应如此', '无所谓', '能忍受', '我很不喜欢'];
export const KANO_SEGMENT_COLUMN = '旅客类型';
export const kanoHeader = (feature: string, kind: 'functional' | 'dysfunctional') => `${feature}（${kind === 'functional' ? '正向' : '反向'}）`;
export const servqualHeader = (role: 'expected' | 'perceived', number: number, text: string) => `${role === 'expected' ? 'E' : 'P'}${number} ${role === 'expected' ? '期望' : '感知'}｜${text}`;

export type TemplateId = 'nps' | 'kano' | 'servqual' | 'badExperience' | 'preClass';
export type ServqualMode = 'P' | 'EP';

interface PollBase {
  /** 4 base32 symbols, random: tells one poll's answers from another's. */
  id: string;
  title: string;
}

export type PollDefinition =
  | (PollBase & { template: 'nps'; subject: string; groups: string[]; reasons: string[] })
  | (PollBase & { template: 'kano'; features: string[]; segments: string[] })
  | (PollBase & { template: 'servqual'; items: number[]; mode: ServqualMode; scale: 5 | 7 })
  | (PollBase & { template: 'badExperience' })
  | (PollBase & { template: 'preClass'; groups: string[] });

export interface PollQuestion {
  /** Stable key within the poll (e.g. `score`, `f3`, `P12`). */
  key: string;
  text: string;
  /** What the participant taps. */
  options: readonly string[];
  /** The CSV cell written for each option (same length as options). */
  values: readonly string[];
  /** CSV column header: the one the target tool's import recognises. */
  column: string;
  required: boolean;
  /** Asked only when an earlier question has this answer (1-based option). */
  showIf?: { key: string; answer: number };
  /** `scale`: a row of small buttons (0–10, 1–7); `list`: one wide button per option. */
  layout: 'scale' | 'list';
}

export const LIMITS = { title: 40, subject: 20, features: 8, featureLength: 16, groups: 12, groupLength: 12, reasons: 8, reasonLength: 12, servqualItems: 22 } as const;

export const TEMPLATE_LABELS: Readonly<Record<TemplateId, string>> = {
  nps: 'NPS 推荐意愿（0–10 分）',
  kano: 'KANO 正反两题',
  servqual: 'SERVQUAL 简表',
  badExperience: '最近一次糟糕的服务经历（第一讲）',
  preClass: '课前调研',
};

/** Which tool each template feeds. */
export const TEMPLATE_TOOL: Readonly<Record<TemplateId, 'nps' | 'kano' | 'servqual' | 'market-damage'>> = {
  nps: 'nps',
  kano: 'kano',
  servqual: 'servqual',
  badExperience: 'market-damage',
  preClass: 'nps',
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => String(from + index));
const YES_NO = ['是', '否'] as const;

/** No dash in the header: the shared import reads “A–B” as a matrix question's sub-item and would ask to confirm the column. */
export const NPS_SCORE_COLUMN = '推荐意愿得分';
export const GROUP_COLUMN = '分组';
export const REASON_COLUMN = '主要原因';
export const DEFAULT_REASONS: readonly string[] = ['服务态度', '速度效率', '环境设施', '价格价值', '其他'];
export const DEFAULT_GROUPS: readonly string[] = ['第 1 组', '第 2 组', '第 3 组', '第 4 组', '第 5 组', '第 6 组'];

/** The bad-experience questions' keys, in order (aggregate.ts reads them by key). */
export const BAD_KEYS = { problem: 'problem', complained: 'complained', resolved: 'resolved', cameBack: 'cameBack', told: 'told' } as const;
/** The top option of “told how many”: 10 or more, counted as 10 (so the class mean is a lower bound). */
export const TOLD_TOP = 10;

const PRE_CLASS_COMPLAINTS = ['等待时间长', '员工态度', '信息不清楚', '设施问题', '价格收费', '其他'];
const PRE_CLASS_WISHES = ['投诉处理', '服务设计', '服务标准', '带团队', '体验测量'];

function groupQuestion(groups: readonly string[], text: string, column: string): PollQuestion[] {
  return groups.length === 0 ? [] : [{ key: 'group', text, options: groups, values: groups, column, required: false, layout: 'list' }];
}

/**
 * The questions a poll asks, in order.
 * @example pollQuestions({ id: 'AB12', title: 'x', template: 'nps', subject: '我们', groups: [], reasons: [] }).length // 1
 */
export function pollQuestions(poll: PollDefinition): PollQuestion[] {
  switch (poll.template) {
    case 'nps':
      return [
        ...groupQuestion(poll.groups, '您在哪一组？', GROUP_COLUMN),
        { key: 'score', text: `您有多大可能向朋友或同事推荐${poll.subject}？（0 = 完全不可能，10 = 非常可能）`, options: range(0, 10), values: range(0, 10), column: NPS_SCORE_COLUMN, required: true, layout: 'scale' },
        ...(poll.reasons.length === 0 ? [] : [{ key: 'reason', text: '打这个分，主要因为哪一方面？', options: poll.reasons, values: poll.reasons, column: REASON_COLUMN, required: false, layout: 'list' as const }]),
      ];
    case 'kano': {
      const labels = KANO_LABELS;
      return [
        ...groupQuestion(poll.segments, '您属于哪一类？', KANO_SEGMENT_COLUMN),
        ...poll.features.flatMap((feature, index): PollQuestion[] => [
          { key: `f${index + 1}`, text: `如果提供${feature}，您觉得？`, options: labels, values: labels, column: kanoHeader(feature, 'functional'), required: true, layout: 'list' },
          { key: `d${index + 1}`, text: `如果不提供${feature}，您觉得？`, options: labels, values: labels, column: kanoHeader(feature, 'dysfunctional'), required: true, layout: 'list' },
        ]),
      ];
    }
    case 'servqual': {
      const points = range(1, poll.scale);
      return poll.items.flatMap((number): PollQuestion[] => {
        const item = ITEM_BANK.find((entry) => entry.number === number);
        if (!item) return [];
        const perceived: PollQuestion = { key: `P${number}`, text: `实际感受：${item.text}（1 = 非常不同意，${poll.scale} = 非常同意）`, options: points, values: points, column: servqualHeader('perceived', number, item.text), required: true, layout: 'scale' };
        if (poll.mode === 'P') return [perceived];
        return [{ key: `E${number}`, text: `一家出色的同类企业应当：${item.text}（1 = 非常不同意，${poll.scale} = 非常同意）`, options: points, values: points, column: servqualHeader('expected', number, item.text), required: true, layout: 'scale' }, perceived];
      });
    }
    case 'badExperience':
      return [
        { key: BAD_KEYS.problem, text: '过去一年里，您作为顾客是否遇到过一次糟糕的服务？', options: YES_NO, values: YES_NO, column: '遇到问题', required: true, layout: 'list' },
        { key: BAD_KEYS.complained, text: '您当时向商家投诉或反映了吗？', options: YES_NO, values: YES_NO, column: '投诉了', required: true, layout: 'list', showIf: { key: BAD_KEYS.problem, answer: 1 } },
        { key: BAD_KEYS.resolved, text: '问题最后解决到让您满意了吗？', options: YES_NO, values: YES_NO, column: '解决了', required: true, layout: 'list', showIf: { key: BAD_KEYS.complained, answer: 1 } },
        { key: BAD_KEYS.cameBack, text: '之后您还在这家消费吗？', options: YES_NO, values: YES_NO, column: '还回去', required: true, layout: 'list', showIf: { key: BAD_KEYS.problem, answer: 1 } },
        { key: BAD_KEYS.told, text: '您把这次经历告诉了多少人？', options: [...range(0, TOLD_TOP - 1), `${TOLD_TOP} 人及以上`], values: range(0, TOLD_TOP), column: '告诉几人', required: true, layout: 'scale', showIf: { key: BAD_KEYS.problem, answer: 1 } },
      ];
    case 'preClass':
      return [
        ...groupQuestion(poll.groups, '您在哪个部门或岗位？', GROUP_COLUMN),
        { key: 'score', text: '您有多大可能向亲友推荐您所在单位的服务？（0 = 完全不可能，10 = 非常可能）', options: range(0, 10), values: range(0, 10), column: NPS_SCORE_COLUMN, required: true, layout: 'scale' },
        { key: 'complaint', text: '您的顾客最常抱怨的是哪一方面？', options: PRE_CLASS_COMPLAINTS, values: PRE_CLASS_COMPLAINTS, column: '最常见的抱怨', required: false, layout: 'list' },
        { key: 'wish', text: '您最希望这门课帮您解决哪一类问题？', options: PRE_CLASS_WISHES, values: PRE_CLASS_WISHES, column: '最想解决', required: false, layout: 'list' },
        { key: 'trained', text: '过去一年您参加过服务方面的培训吗？', options: YES_NO, values: YES_NO, column: '参加过培训', required: false, layout: 'list' },
      ];
  }
}

/** Whether a question is asked, given the answers so far (0 = blank). */
export function isAsked(question: PollQuestion, questions: readonly PollQuestion[], answers: readonly number[]): boolean {
  if (!question.showIf) return true;
  const parentIndex = questions.findIndex((entry) => entry.key === question.showIf!.key);
  if (parentIndex === -1) return false;
  return isAsked(questions[parentIndex]!, questions, answers) && answers[parentIndex] === question.showIf.answer;
}

/**
 * The first question that still needs an answer, or -1 when the answers are complete. Questions
 * that are not asked must be blank (a stray answer there makes the answers inconsistent: -2).
 */
export function firstMissing(questions: readonly PollQuestion[], answers: readonly number[]): number {
  for (let index = 0; index < questions.length; index += 1) {
    const question = questions[index]!;
    const answer = answers[index] ?? 0;
    if (!isAsked(question, questions, answers)) {
      if (answer !== 0) return -2;
      continue;
    }
    if (question.required && answer === 0) return index;
  }
  return -1;
}

/**
 * A new poll of a template with the course's defaults.
 * @param id 4 base32 symbols (newPollId in answerCode.ts)
 */
export function defaultPoll(template: TemplateId, id: string, options: { kanoFeatures?: readonly string[] } = {}): PollDefinition {
  switch (template) {
    case 'nps':
      return { id, template, title: '课堂 NPS 投票', subject: '这家企业', groups: [], reasons: [...DEFAULT_REASONS] };
    case 'kano': {
      const features = (options.kanoFeatures ?? []).map((feature) => feature.trim().slice(0, LIMITS.featureLength)).filter((feature) => feature !== '').slice(0, LIMITS.features);
      return { id, template, title: '课堂 KANO 投票', features: features.length > 0 ? features : ['接机服务', '儿童托管', '延迟退房'], segments: [] };
    }
    case 'servqual':
      return { id, template, title: '课堂 SERVQUAL 简表', items: [1, 5, 11, 14, 18], mode: 'EP', scale: 7 };
    case 'badExperience':
      return { id, template, title: '最近一次糟糕的服务经历' };
    case 'preClass':
      return { id, template, title: '课前调研', groups: [...DEFAULT_GROUPS.slice(0, 4)] };
  }
}

/** The SERVQUAL item numbers a short form can pick from (the whole bank, 1–22). */
export const ITEM_BANK_NUMBERS: readonly number[] = Array.from({ length: 22 }, (_, index) => index + 1);
