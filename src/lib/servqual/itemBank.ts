import type { DimensionId } from './dimensions';

/**
 * The 22 SERVQUAL items in this course's own Chinese wording, all positively worded as in the
 * 1991 refinement (the 1988 scale worded items 10–13 and 18–22 negatively). Each statement is
 * about the service provider and is rated twice — what an excellent provider would do (E) and
 * what this provider does (P) — so the same sentence serves both columns.
 *
 * References:
 * - Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Refinement and reassessment of the
 *   SERVQUAL scale. Journal of Retailing, 67(4), 420–450 (appendix: the 22 items).
 * - Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). Journal of Retailing, 64(1), 12–40.
 */
export interface BankItem {
  /** 1–22, the item's number in the original scale. */
  number: number;
  dimension: DimensionId;
  /** The statement, without a subject (the provider is named in the questionnaire's instructions). */
  text: string;
  /** What the original item is about, in a few words (for the method page and tooltips). */
  topic: string;
}

export const ITEM_BANK: readonly BankItem[] = [
  { number: 1, dimension: 'tangibles', text: '设施设备新颖、现代', topic: '现代化的设备' },
  { number: 2, dimension: 'tangibles', text: '营业场所的环境美观、吸引人', topic: '有吸引力的设施' },
  { number: 3, dimension: 'tangibles', text: '员工仪容整洁、着装得体', topic: '员工外表' },
  { number: 4, dimension: 'tangibles', text: '宣传册、票据、指示牌等资料清晰美观', topic: '服务相关资料' },
  { number: 5, dimension: 'reliability', text: '承诺在某个时间办好的事，能按时办好', topic: '按时兑现承诺' },
  { number: 6, dimension: 'reliability', text: '顾客遇到问题时，真心诚意地帮助解决', topic: '真诚解决问题' },
  { number: 7, dimension: 'reliability', text: '第一次就把服务做对', topic: '一次做对' },
  { number: 8, dimension: 'reliability', text: '在承诺的时间提供服务', topic: '准时提供服务' },
  { number: 9, dimension: 'reliability', text: '账单、预订等记录准确无误', topic: '记录无差错' },
  { number: 10, dimension: 'responsiveness', text: '明确告诉顾客服务什么时候进行、多久完成', topic: '告知服务时间' },
  { number: 11, dimension: 'responsiveness', text: '员工提供迅速、及时的服务', topic: '迅速服务' },
  { number: 12, dimension: 'responsiveness', text: '员工总是乐意帮助顾客', topic: '乐于助人' },
  { number: 13, dimension: 'responsiveness', text: '员工再忙也会及时回应顾客的要求', topic: '再忙也回应' },
  { number: 14, dimension: 'assurance', text: '员工的言行让顾客信任', topic: '让人信任' },
  { number: 15, dimension: 'assurance', text: '顾客在接受服务和付款时感到安心', topic: '交易安心' },
  { number: 16, dimension: 'assurance', text: '员工始终礼貌待客', topic: '始终礼貌' },
  { number: 17, dimension: 'assurance', text: '员工具备回答顾客问题的专业知识', topic: '专业知识' },
  { number: 18, dimension: 'empathy', text: '对每位顾客都给予个别关注', topic: '个别关注' },
  { number: 19, dimension: 'empathy', text: '营业时间方便所有顾客', topic: '营业时间方便' },
  { number: 20, dimension: 'empathy', text: '员工会根据顾客的情况给予个性化的照顾', topic: '个性化照顾' },
  { number: 21, dimension: 'empathy', text: '把顾客的利益放在心上', topic: '以顾客利益为重' },
  { number: 22, dimension: 'empathy', text: '员工了解顾客的具体需要', topic: '了解具体需要' },
];

/** Items of the 1988 scale that were worded negatively (and are scored reversed when that wording is used). */
export const NEGATIVELY_WORDED_1988: readonly number[] = [10, 11, 12, 13, 18, 19, 20, 21, 22];
