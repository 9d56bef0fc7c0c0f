/**
 * The KANO tool's column roles (issue 12): which pair of columns holds each feature's functional
 * and dysfunctional answers, and which column holds the group, decided with reasons from the
 * column profiles over all rows (src/lib/import/profile.ts). The header reading
 * (columnMapping.ts) proposes the pairs; the values confirm or doubt them. When the headers say
 * nothing, columns whose answers read as KANO answers are proposed in order, and the tool asks.
 */
import { decideRole, scoreGroupColumn, type RoleDecision } from '../import/roles';
import { acceptedShare, decideMapping, isBareNumber, type MappingDecision, type MappingRow } from '../import/mappingRoles';
import type { ColumnProfile } from '../import/profile';
import { readKanoAnswer } from './answers';
import { detectKanoColumns, readKanoHeader } from './columnDetection';
import { featureKey, type KanoColumnMapping } from './columnMapping';

/** Share of answers that must read as KANO answers for a column to count as a KANO question. */
export const ANSWER_SHARE = 0.95;

const isAnswer = (cell: string) => readKanoAnswer(cell).kind === 'value';

/**
 * Share of recognised answers below which a header-named column is doubtful. A few typed
 * mistakes (the analysis names them row by row) do not make a column doubtful; a 1–7 item does.
 */
export const HEADER_NAMED_SHARE = 0.8;

/**
 * What a column's values say about it as a KANO question: evidence for and against.
 * @param headerNamed the headers name this column's feature and direction: bare codes 1–5 then
 *   follow the template's printed order; without that, codes are a doubt (some questionnaires
 *   list 我很不喜欢 first), and so is every column found only by its values.
 */
export function answerEvidence(profile: ColumnProfile | undefined, side: string, headerNamed = false): { reasonsFor: string[]; reasonsAgainst: string[]; share: number } {
  if (!profile) return { reasonsFor: [], reasonsAgainst: [], share: 0 };
  if (profile.filled === 0) return { reasonsFor: [], reasonsAgainst: [`${side}列是空的`], share: 0 };
  if (profile.distinctCapped || profile.distinct > 12) return { reasonsFor: [], reasonsAgainst: [`${side}列有 ${profile.distinct} 种以上不同的答案：不像 KANO 题`], share: 0 };
  const share = acceptedShare(profile, isAnswer);
  const reasonsFor: string[] = [];
  const reasonsAgainst: string[] = [];
  if (share >= (headerNamed ? HEADER_NAMED_SHARE : ANSWER_SHARE)) {
    const worded = profile.top.some((entry) => isAnswer(entry.value) && !isBareNumber(entry.value));
    const codes = `${side}列是代码 1–5：按 1 = 我很喜欢 … 5 = 我很不喜欢 读取`;
    if (worded) reasonsFor.push(`${side}列的答案是 KANO 五级选项`);
    else if (headerNamed) reasonsFor.push(codes);
    else reasonsAgainst.push(`${codes}，请确认顺序`);
  } else if (share > 0 || profile.top.some((entry) => isBareNumber(entry.value))) {
    reasonsAgainst.push(`${side}列有 ${Math.round((1 - share) * 100)}% 的答案不是 KANO 五级选项`);
  }
  // No answer recognised and all of them words (another language, another wording): not a doubt
  // about the columns — the analysis computes nothing and lists the values for the answer mapping.
  if (profile.meta) reasonsAgainst.push(`${side}列是问卷星的记录信息列`);
  return { reasonsFor, reasonsAgainst, share };
}

/** Columns whose answers read as KANO answers (offered first in the column pickers), over all rows. */
export function answerColumns(profiles: readonly ColumnProfile[]): number[] {
  return profiles.filter((profile) => !profile.meta && !profile.sequential && answerEvidence(profile, '').share >= ANSWER_SHARE).map((profile) => profile.index);
}

/** 正向列… and 反向列… saying the same thing become one 两列都… reason. */
function mergeSides(reasons: readonly string[]): string[] {
  const merged: string[] = [];
  for (const reason of reasons) {
    if (reason.startsWith('反向列') && reasons.includes(`正向列${reason.slice(3)}`)) continue;
    merged.push(reason.startsWith('正向列') && reasons.includes(`反向列${reason.slice(3)}`) ? `两列都${reason.slice(3)}` : reason);
  }
  return merged;
}

export interface KanoRoleDecision {
  mapping: KanoColumnMapping;
  pairs: MappingDecision;
  /** The group column's decision (null when the headers named it). */
  group: RoleDecision | null;
  /** Why the group column was taken from the headers, when it was. */
  groupReason: string | null;
}

/**
 * Proposes the mapping and decides whether to compute at once.
 * @param headers the table's headers
 * @param profiles one per column, over all rows
 */
export function decideKanoColumns(headers: readonly string[], profiles: readonly ColumnProfile[]): KanoRoleDecision {
  const fromHeaders = detectKanoColumns(headers);
  const byIndex = new Map(profiles.map((profile) => [profile.index, profile]));
  const rows: MappingRow[] = [];
  const doubts: string[] = [];
  let mapping: KanoColumnMapping = fromHeaders;
  let basis = '按表头的“正向 / 反向”（如果提供 / 如果不提供）字样配对';

  if (fromHeaders.features.length > 0) {
    for (const feature of fromHeaders.features) {
      const reasonsFor: string[] = [];
      const reasonsAgainst: string[] = [];
      const columns: MappingRow['columns'] = [];
      if (feature.functional === null) reasonsAgainst.push('缺少正向问题列');
      if (feature.dysfunctional === null) reasonsAgainst.push('缺少反向问题列');
      if (feature.functional !== null && feature.dysfunctional !== null) {
        const functional = readKanoHeader(headers[feature.functional] ?? '');
        const dysfunctional = readKanoHeader(headers[feature.dysfunctional] ?? '');
        if (functional && dysfunctional && featureKey(functional.feature) === featureKey(dysfunctional.feature)) reasonsFor.push(`两列表头都写着“${feature.name}”，一正一反`);
        else reasonsAgainst.push('正向、反向两列的功能名称不一致，是按出现顺序配对的');
      }
      for (const [side, column] of [['正向', feature.functional], ['反向', feature.dysfunctional]] as const) {
        if (column === null) continue;
        columns.push({ role: side, column });
        const evidence = answerEvidence(byIndex.get(column), side, true);
        reasonsFor.push(...evidence.reasonsFor);
        reasonsAgainst.push(...evidence.reasonsAgainst);
      }
      if (feature.importance !== null) columns.push({ role: '重要性', column: feature.importance });
      rows.push({ label: `功能「${feature.name}」`, columns, reasonsFor: mergeSides(reasonsFor), reasonsAgainst: mergeSides(reasonsAgainst) });
    }
  } else {
    // No header names a direction: propose the answer columns two by two, and ask.
    const answers = answerColumns(profiles);
    basis = '表头没有写明正向 / 反向：按列的顺序两两配对（前一列当正向、后一列当反向）';
    const features = [];
    for (let position = 0; position + 1 < answers.length; position += 2) {
      const functional = answers[position]!;
      const dysfunctional = answers[position + 1]!;
      const name = `功能 ${position / 2 + 1}`;
      features.push({ name, functional, dysfunctional, importance: null });
      const evidence = [answerEvidence(byIndex.get(functional), '正向'), answerEvidence(byIndex.get(dysfunctional), '反向')];
      rows.push({
        label: name,
        columns: [{ role: '正向', column: functional }, { role: '反向', column: dysfunctional }],
        reasonsFor: mergeSides(evidence.flatMap((entry) => entry.reasonsFor)),
        reasonsAgainst: ['表头没有写明哪一列是正向、哪一列是反向', ...mergeSides(evidence.flatMap((entry) => entry.reasonsAgainst))],
      });
    }
    if (answers.length % 2 === 1) doubts.push(`像 KANO 答案的列有 ${answers.length} 列（单数），最后一列没有配对`);
    mapping = { features, segment: fromHeaders.segment };
  }

  const used = new Set(mapping.features.flatMap((feature) => [feature.functional, feature.dysfunctional, feature.importance]).filter((column): column is number => column !== null));
  let group: RoleDecision | null = null;
  let groupReason: string | null = null;
  if (mapping.segment !== null) {
    groupReason = '表头像客群题（如“出行类型”“客户类型”）';
  } else {
    const answers = new Set(answerColumns(profiles));
    group = decideRole(profiles.map((profile) => (used.has(profile.index) || answers.has(profile.index) ? null : scoreGroupColumn(profile))), { chooseScore: 3, chooseLead: 2 });
    if (group.status === 'chosen') mapping = { ...mapping, segment: group.column };
  }
  return { mapping, pairs: decideMapping(basis, rows, doubts), group, groupReason };
}

/**
 * One sentence on the group column: where it came from, or the candidates when none was clear.
 * @example groupNote(decision, headers) // '客群列：第 7 列「1、您的出行类型」（表头像客群题……）'
 */
export function groupNote(decision: KanoRoleDecision, headers: readonly string[]): string | null {
  const name = (column: number) => `第 ${column + 1} 列「${headers[column] ?? ''}」`;
  const { segment } = decision.mapping;
  if (segment !== null && decision.groupReason) return `客群列：${name(segment)}（${decision.groupReason}）。`;
  const group = decision.group;
  if (!group) return null;
  if (group.status === 'chosen') {
    const chosen = group.candidates.find((candidate) => candidate.column === group.column);
    return `客群列：${name(group.column)}（${chosen?.reasonsFor.join('；') ?? ''}）。`;
  }
  if (group.candidates.length > 0) return `客群列没有自动选定（可能是 ${group.candidates.map((candidate) => name(candidate.column)).join('、')}），需要分客群时请在“列对应”里选择。`;
  return null;
}
