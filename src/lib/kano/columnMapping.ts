/**
 * The column mapping of a KANO answer table: its shape, feature names compared as keys, and the
 * check before an analysis. Guessing it from a table's headers is columnDetection.ts (fetched
 * only with a table, see loaded.ts).
 */

/**
 * Which columns of a wide answer table (one row per respondent) hold which Kano question.
 * Column indices are 0-based into the table's headers; null means "not chosen yet".
 */
export interface FeatureColumns {
  name: string;
  functional: number | null;
  dysfunctional: number | null;
  importance: number | null;
}

export interface KanoColumnMapping {
  features: FeatureColumns[];
  segment: number | null;
}

export type HeaderRole = 'functional' | 'dysfunctional' | 'importance' | 'segment';

export interface HeaderReading {
  role: HeaderRole;
  /** Feature name read from the header; empty for the segment column. */
  feature: string;
}

/** Feature names compared without spaces, punctuation or case ("免费 Wi-Fi" = "免费WiFi"). */
export function featureKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export type MappingCheck = { ok: true; mapping: KanoColumnMapping } | { ok: false; error: string };

/**
 * Checks a mapping before analysis: at least one feature, names present and distinct, both
 * columns of every pair chosen, within the table and not the same column twice.
 *
 * @param mapping the mapping as edited by the user
 * @param headers the table's headers (for the Chinese messages)
 */
export function checkMapping(mapping: KanoColumnMapping, headers: readonly string[]): MappingCheck {
  if (mapping.features.length === 0) return { ok: false, error: '还没有要分析的功能：请在列对应表中至少添加一项，并选好它的正向和反向问题列。' };
  const inRange = (column: number | null) => column === null || (Number.isInteger(column) && column >= 0 && column < headers.length);
  const names = new Set<string>();
  const used = new Map<number, string>();
  for (const [position, feature] of mapping.features.entries()) {
    const name = feature.name.trim();
    const label = name === '' ? `第 ${position + 1} 项功能` : `「${name}」`;
    if (name === '') return { ok: false, error: `${label}没有名称，请填写。` };
    if (names.has(featureKey(name))) return { ok: false, error: `功能名称${label}重复，请改名或删除其中一项。` };
    names.add(featureKey(name));
    if (feature.functional === null) return { ok: false, error: `${label}还没有选择正向问题（如果提供…）所在的列。` };
    if (feature.dysfunctional === null) return { ok: false, error: `${label}还没有选择反向问题（如果不提供…）所在的列。` };
    for (const [role, column] of [['正向', feature.functional], ['反向', feature.dysfunctional], ['重要性', feature.importance]] as const) {
      if (!inRange(column)) return { ok: false, error: `${label}的${role}列不在表格中，请重新选择。` };
      if (column === null) continue;
      const previous = used.get(column);
      if (previous !== undefined) {
        return { ok: false, error: `第 ${column + 1} 列「${headers[column]}」同时被用作${previous}和${label}的${role}问题，请检查列对应。` };
      }
      used.set(column, `${label}的${role}`);
    }
  }
  if (!inRange(mapping.segment)) return { ok: false, error: '客群列不在表格中，请重新选择。' };
  if (mapping.segment !== null && used.has(mapping.segment)) {
    return { ok: false, error: `第 ${mapping.segment + 1} 列既被选为客群列，又被用作${used.get(mapping.segment)}问题。` };
  }
  return { ok: true, mapping: { ...mapping, features: mapping.features.map((feature) => ({ ...feature, name: feature.name.trim() })) } };
}
