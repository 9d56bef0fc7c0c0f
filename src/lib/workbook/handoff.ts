/**
 * Worksheets 2 and 6 start from a survey result computed on the same device: the SERVQUAL and
 * NPS tools keep their state in localStorage (the tool kernel's key `jzfw:tool:<id>`, written by
 * src/components/shared/useTool.ts, as a versioned envelope). This module reads those states
 * with each tool's own schema and migrations, and turns them into worksheet content:
 * - worksheet 2 (五维服务标准): the five dimensions, weakest (most negative gap P − E) first;
 * - worksheet 6 (5GAP 诊断): one line of satisfaction data.
 * It is imported on click (the tools' schemas stay out of the worksheet's bundle), and never
 * throws: a missing or unreadable result is a Chinese message.
 */
import { parseStored } from '../tool/envelope';
import { dimensionById, type DimensionId } from '../servqual/dimensions';
import { formatGap } from '../servqual/format';
import { parseServqualSharePayload } from '../servqual/sharePayload';
import * as servqual from '../servqual/state';
import * as nps from '../nps/state';
import { schema as npsSchema } from '../nps/schema';
import { schema as servqualSchema } from '../servqual/schema';
import { selectNps } from '../nps/select';
import { formatPercent, formatPoints } from '../nps/format';
import type { NpsSummary } from '../nps/npsScore';
import type { Row } from './schema';
import { formatCount } from '../tool/format';

/** The tool kernel's storage key of a tool (src/components/shared/useTool.ts). */
export const toolStorageKey = (toolId: string) => `jzfw:tool:${toolId}`;

export type Handoff<T> = { ok: true; value: T } | { ok: false; message: string };

export interface DimensionGap {
  dimension: DimensionId;
  /** The course's name with the usual one, as the SERVQUAL tool shows it: 反应度（响应性）. */
  label: string;
  /** Mean gap P − E over the respondents complete on the dimension. */
  gap: number;
}

export interface ServqualGaps {
  origin: string;
  respondents: number;
  /** The unweighted SERVQUAL score (mean of the dimension gaps). */
  overall: number;
  /** Weakest first. */
  dimensions: DimensionGap[];
}

export interface NpsResult {
  source: string;
  summary: NpsSummary;
}

const NO_SERVQUAL = '这台设备上还没有 SERVQUAL 结果：请先在 SERVQUAL 工具里导入答卷（或载入教学示例数据）算出结果，再回到本页。';
const NO_NPS = '这台设备上还没有 NPS 结果：请先在 NPS 计算器里粘贴分数或导入答卷算出结果，再回到本页。';

/** The stored SERVQUAL state's dimension gaps, weakest first. @param raw localStorage's text for the key, or null */
export function servqualGaps(raw: string | null): Handoff<ServqualGaps> {
  const stored = parseStored(raw, { version: servqual.STATE_VERSION, schema: servqualSchema, legacy: servqual.legacy });
  if (!stored.ok) return { ok: false, message: stored.empty ? NO_SERVQUAL : `本机保存的 SERVQUAL 数据无法读取：${stored.message}` };
  const results = stored.value.results;
  const parsed = results ? parseServqualSharePayload(results.payload) : null;
  if (!results || !parsed?.ok) return { ok: false, message: NO_SERVQUAL };
  const { summary } = parsed.state;
  const dimensions = summary.dimensions
    .filter((row) => row.gap.n > 0 && Number.isFinite(row.gap.mean))
    .map((row) => {
      const definition = dimensionById(row.dimension);
      return { dimension: row.dimension, label: `${definition.courseName}（${definition.name}）`, gap: row.gap.mean };
    })
    .sort((a, b) => a.gap - b.gap);
  if (dimensions.length === 0) return { ok: false, message: NO_SERVQUAL };
  return { ok: true, value: { origin: results.origin, respondents: summary.respondents, overall: summary.overall.unweighted.mean, dimensions } };
}

/**
 * Worksheet 2's table with one row per dimension, weakest first, each naming its gap. A row the
 * team already wrote for a dimension (its first cell names it) keeps its standards; rows that
 * name no dimension follow.
 * @example dimensionRows(gaps, [{ dimension: '反应度', proactive: '十分钟内回电' }])[0] // { dimension: '反应度（响应性）：差距 −1.34', proactive: '十分钟内回电' } when 反应度 is weakest
 */
export function dimensionRows(gaps: readonly DimensionGap[], rows: readonly Row[]): Row[] {
  const used = new Set<number>();
  const ordered = gaps.map((gap) => {
    const definition = dimensionById(gap.dimension);
    const index = rows.findIndex((row, candidate) => !used.has(candidate) && [definition.courseName, definition.name].some((name) => (row.dimension ?? '').includes(name)));
    if (index >= 0) used.add(index);
    return { ...(index >= 0 ? rows[index] : {}), dimension: `${gap.label}：差距 ${formatGap(gap.gap)}` };
  });
  const others = rows.filter((row, index) => !used.has(index) && Object.values(row).some((cell) => cell.trim() !== ''));
  return [...ordered, ...others];
}

/** @example servqualDataText(gaps) // 'SERVQUAL（教学示例数据…，160 位受访者）：总体差距 −0.74；差距最大的维度：反应度（响应性）−1.34、…。' */
export function servqualDataText(gaps: ServqualGaps): string {
  const weakest = gaps.dimensions.filter((row) => row.gap < 0).slice(0, 3);
  const list = weakest.length > 0 ? `差距最大的维度：${weakest.map((row) => `${row.label} ${formatGap(row.gap)}`).join('、')}` : '五个维度的感知都不低于期望';
  return `SERVQUAL（${gaps.origin}，${formatCount(gaps.respondents)} 位受访者）：总体差距 ${formatGap(gaps.overall)}；${list}。`;
}

/** The stored NPS state's result. @param raw localStorage's text for the key, or null */
export function npsResult(raw: string | null): Handoff<NpsResult> {
  const stored = parseStored(raw, { version: nps.STATE_VERSION, schema: npsSchema, legacy: nps.legacy });
  if (!stored.ok) return { ok: false, message: stored.empty ? NO_NPS : `本机保存的 NPS 数据无法读取：${stored.message}` };
  const state = stored.value;
  const { outcome } = selectNps(state);
  if (outcome.status !== 'ok') return { ok: false, message: NO_NPS };
  const source = state.mode === 'raw' ? '粘贴的分数' : state.mode === 'counts' ? '填写的人数' : (state.table?.origin ?? '导入的表格');
  return { ok: true, value: { source, summary: outcome.summary } };
}

/** @example npsDataText(result) // 'NPS 18.3（教学示例数据，120 位受访者：推荐者 40.0%、被动者 38.3%、贬损者 21.7%）。' */
export function npsDataText({ source, summary }: NpsResult): string {
  return `NPS ${formatPoints(summary.nps)}（${source}，${formatCount(summary.total)} 位受访者：推荐者 ${formatPercent(summary.promoterShare)}、被动者 ${formatPercent(summary.passiveShare)}、贬损者 ${formatPercent(summary.detractorShare)}）。`;
}

/** The data field with a new line added (not repeated when it is there already). */
export function appendLine(text: string, line: string): string {
  if (text.includes(line)) return text;
  return text.trim() === '' ? line : `${text.trimEnd()}\n${line}`;
}
