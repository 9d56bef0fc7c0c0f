/**
 * The SERVQUAL tool's column roles (issue 12): for each item its expectation and perception
 * columns (or desired, adequate and perception in the three-column format), decided with reasons
 * from the column profiles over all rows (src/lib/import/profile.ts). The header reading
 * (columnMapping.ts) proposes the columns; the values confirm or doubt them. A mapping found only
 * from the order of the columns, or with values off the scale, is asked about, never computed at once.
 */
import { decideMapping, scaleDoubts, type MappingDecision, type MappingRow } from '../import/mappingRoles';
import type { ColumnProfile } from '../import/profile';
import { ANSWER_ROLES, formatRoles, referenceRole } from './answerRoles';
import type { MappingDetection } from './columnMapping';
import { numberedItems, type ServqualQuestionnaire } from './questionnaire';

const BASIS = { codes: '按表头代码（E1、P1……）对应', text: '按表头里的题目措辞对应', order: '按列的顺序对应', none: '没有找到评分列' } as const;

/**
 * The decision on a detected mapping: chosen when it was read from codes or wording and every
 * used column holds integers on the questionnaire's scale; ask otherwise.
 * @param detection what detectServqualColumns found for the current questionnaire
 * @param questionnaire the questionnaire as it is (its format and scale are never changed here)
 * @param profiles one per column, over all rows
 */
export function decideServqualColumns(detection: MappingDetection, questionnaire: ServqualQuestionnaire, profiles: readonly ColumnProfile[]): MappingDecision {
  const byIndex = new Map(profiles.map((profile) => [profile.index, profile]));
  const roles = formatRoles(questionnaire.format);
  const reference = referenceRole(questionnaire.format);
  const rows: MappingRow[] = [];
  const doubts: string[] = [];
  let incomplete = 0;
  for (const item of numberedItems(questionnaire)) {
    const entry = detection.mapping.items.find((candidate) => candidate.itemId === item.id);
    if (!entry) continue;
    const columns = roles.flatMap((role) => (entry.columns[role] === null ? [] : [{ role: ANSWER_ROLES[role].label, column: entry.columns[role]! }]));
    if (columns.length === 0) continue;
    if (entry.columns.perceived === null || entry.columns[reference] === null) incomplete += 1;
    const reasonsAgainst = columns.flatMap(({ role, column }) => scaleDoubts(byIndex.get(column), questionnaire.scaleMax, role));
    const reasonsFor = reasonsAgainst.length === 0 ? [`都是 1–${questionnaire.scaleMax} 分整数`] : [];
    rows.push({ label: `第 ${item.number} 题`, columns, reasonsFor, reasonsAgainst });
  }
  if (detection.method === 'order') doubts.push('表头没有写明期望 / 感知或 E1、P1 等代码：是按列的顺序猜的，请核对');
  if (incomplete > 0) doubts.push(`${incomplete} 个题项缺少${ANSWER_ROLES[reference].label}列或感知列`);
  return decideMapping(BASIS[detection.method], rows, doubts);
}
