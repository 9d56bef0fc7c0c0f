/**
 * Everything the results page shows, derived from the analysis summary and the page's own
 * choices (weights typed by the trainer, crosshair position, IPA level). Pure and cheap: it runs
 * on the main thread whenever a choice changes; the heavy reading stays in the worker.
 */
import { meanInterval, type MeanInterval } from '../stats/pairedInterval';
import type { Moments } from '../stats/runningMoments';
import type { DimensionSummary, ItemSummary, Reliability, ServqualSummary } from './analyseServqual';
import { ANSWER_ROLES, formatRoles, referenceRole, type AnswerRole } from './answerRoles';
import { dimensionById, type DimensionId } from './dimensions';
import { fiveGapHints, type FiveGapHint } from './fiveGapHints';
import { importancePerformance, type CrosshairMode, type IpaPoint, type IpaResult } from './importancePerformance';
import { scaleMidpoint } from './scale';
import { unweightedScoreOfDimensions, weightedServqualScore } from './servqualScore';
import { WEIGHT_TOTAL } from './weights';
import { zoneOfTolerance, type ZoneOfTolerance } from './zoneOfTolerance';

/** Cronbach's α below this is flagged (Nunnally 1978's usual threshold for group comparisons). */
export const ALPHA_THRESHOLD = 0.7;
/** How many items the “largest gaps” list shows. */
export const LARGEST_GAPS = 5;

export interface GapRow {
  id: string;
  /** Item number, or null for a dimension row. */
  number: number | null;
  label: string;
  dimension: DimensionId;
  /** Mean of the expectation column (E, or desired in the three-column format). */
  expected: number | null;
  perceived: number | null;
  adequate: number | null;
  gap: number;
  /** Paired 95% CI of the gap (null when fewer than 2 respondents). */
  interval: MeanInterval | null;
  /** Respondents behind the gap. */
  n: number;
  adequacyGap: number | null;
  adequacyInterval: MeanInterval | null;
  zone: ZoneOfTolerance | null;
  reversed: boolean;
}

export interface ReliabilityRow {
  dimension: DimensionId;
  role: AnswerRole;
  alpha: number | null;
  n: number;
  itemCount: number;
  belowThreshold: boolean;
  items: { id: string; number: number; text: string; alphaIfDeleted: number | null; itemTotal: number | null; raisesAlpha: boolean }[];
}

export type WeightSource = 'respondents' | 'typed' | 'none';

export interface ScoreSummary {
  /** Mean of the dimension gaps. */
  unweighted: number | null;
  /** CI from respondents complete on every dimension (the mean of their own dimension gaps). */
  unweightedInterval: MeanInterval | null;
  weighted: number | null;
  weightedInterval: MeanInterval | null;
  weightSource: WeightSource;
  /** The weights used, per dimension (mean allocation or typed). */
  weights: Partial<Record<DimensionId, number>> | null;
}

export interface ReportOptions {
  /** Weights typed on the page, per dimension in `summary.dimensions` order, adding up to 100; used when the data has none. */
  typedWeights: readonly number[] | null;
  crosshairs: CrosshairMode;
  ipaLevel: 'dimension' | 'item';
  confidence?: number;
}

export interface ServqualReport {
  items: GapRow[];
  dimensions: GapRow[];
  largestGaps: GapRow[];
  scores: ScoreSummary;
  reliability: ReliabilityRow[];
  ipa: IpaResult & { importanceLabel: string; level: 'dimension' | 'item'; importanceFromWeights: boolean; midpoints: { importance: number; performance: number } };
  hints: FiveGapHint[];
  hasZone: boolean;
  roles: readonly AnswerRole[];
}

function meanOf(scores: Partial<Record<AnswerRole, Moments>>, role: AnswerRole): number | null {
  const moments = scores[role];
  return moments && moments.n > 0 ? moments.mean : null;
}

function gapRow(
  source: ItemSummary | DimensionSummary,
  summary: ServqualSummary,
  confidence: number,
  label: string,
  number: number | null,
  id: string,
  reversed: boolean,
): GapRow {
  const reference = referenceRole(summary.format);
  const expected = meanOf(source.scores, reference);
  const perceived = meanOf(source.scores, 'perceived');
  const adequate = summary.format === 'three-column' ? meanOf(source.scores, 'adequate') : null;
  const zone = summary.format === 'three-column' && expected !== null && perceived !== null && adequate !== null ? zoneOfTolerance({ adequate, desired: expected, perceived }) : null;
  return {
    id,
    number,
    label,
    dimension: source.dimension,
    expected,
    perceived,
    adequate,
    gap: source.gap.n > 0 ? source.gap.mean : Number.NaN,
    interval: meanInterval(source.gap, confidence),
    n: source.gap.n,
    adequacyGap: source.adequacyGap && source.adequacyGap.n > 0 ? source.adequacyGap.mean : null,
    adequacyInterval: source.adequacyGap ? meanInterval(source.adequacyGap, confidence) : null,
    zone,
    reversed,
  };
}

function reliabilityRow(dimension: DimensionSummary, reliability: Reliability, items: ReadonlyMap<string, ItemSummary>): ReliabilityRow {
  const alpha = reliability.alpha;
  return {
    dimension: dimension.dimension,
    role: reliability.role,
    alpha,
    n: reliability.n,
    itemCount: reliability.itemCount,
    belowThreshold: alpha !== null && alpha < ALPHA_THRESHOLD,
    items: reliability.items.map((item) => ({
      id: item.id,
      number: item.number,
      text: items.get(item.id)?.text ?? '',
      alphaIfDeleted: item.alphaIfDeleted,
      itemTotal: item.itemTotal,
      raisesAlpha: alpha !== null && item.alphaIfDeleted !== null && item.alphaIfDeleted > alpha + 0.005,
    })),
  };
}

/**
 * Builds every table and chart input of the results page.
 * @param summary the worker's analysis (or a shared one)
 * @param options typed weights, crosshair mode, IPA level, confidence (0.95)
 */
export function buildServqualReport(summary: ServqualSummary, options: ReportOptions): ServqualReport {
  const confidence = options.confidence ?? 0.95;
  const itemById = new Map(summary.items.map((item) => [item.id, item]));
  const items = summary.items.map((item) => gapRow(item, summary, confidence, item.text, item.number, item.id, item.reversed));
  const dimensions = summary.dimensions.map((dimension) => gapRow(dimension, summary, confidence, dimensionById(dimension.dimension).courseName, null, dimension.dimension, false));
  const largestGaps = items.filter((row) => Number.isFinite(row.gap)).sort((a, b) => a.gap - b.gap).slice(0, LARGEST_GAPS);

  const scores: ScoreSummary = {
    unweighted: unweightedScoreOfDimensions(summary.dimensions),
    unweightedInterval: meanInterval(summary.overall.unweighted, confidence),
    weighted: null,
    weightedInterval: null,
    weightSource: 'none',
    weights: null,
  };
  const respondentWeights = summary.overall.weighted;
  if (respondentWeights && respondentWeights.n > 0) {
    scores.weighted = respondentWeights.mean;
    scores.weightedInterval = meanInterval(respondentWeights, confidence);
    scores.weightSource = 'respondents';
    scores.weights = Object.fromEntries(summary.dimensions.flatMap((dimension) => (dimension.weight && dimension.weight.n > 0 ? [[dimension.dimension, dimension.weight.mean]] : [])));
  } else if (options.typedWeights && options.typedWeights.length === dimensions.length && dimensions.every((row) => Number.isFinite(row.gap))) {
    scores.weighted = weightedServqualScore(dimensions.map((row) => row.gap), options.typedWeights);
    scores.weightSource = 'typed';
    scores.weights = Object.fromEntries(dimensions.map((row, index) => [row.dimension, options.typedWeights![index]!]));
  }

  const reliability = summary.dimensions.flatMap((dimension) => dimension.reliability.map((entry) => reliabilityRow(dimension, entry, itemById)));

  // IPA: importance from the weights when there are any (dimension level only), else from E.
  const midpoint = scaleMidpoint(summary.scaleMax);
  const weights = scores.weights;
  const importanceFromWeights = options.ipaLevel === 'dimension' && weights !== null;
  const sourceRows = options.ipaLevel === 'dimension' ? dimensions : items;
  const points: IpaPoint[] = sourceRows.flatMap((row) => {
    const importance = importanceFromWeights ? weights![row.dimension] : row.expected;
    if (importance === undefined || importance === null || row.perceived === null) return [];
    return [{ id: row.id, label: row.number === null ? row.label : `${row.number}. ${row.label}`, importance, performance: row.perceived }];
  });
  const midpoints = { importance: importanceFromWeights ? WEIGHT_TOTAL / Math.max(1, dimensions.length) : midpoint, performance: midpoint };
  const ipa = {
    ...importancePerformance(points, options.crosshairs, midpoints),
    importanceLabel: importanceFromWeights ? '重要性（100 分分配的平均分）' : `重要性（${ANSWER_ROLES[referenceRole(summary.format)].label}均值）`,
    level: options.ipaLevel,
    importanceFromWeights,
    midpoints,
  };

  const hints = fiveGapHints(dimensions.map((row) => ({ dimension: row.dimension, gap: row.gap, upper: row.interval?.upper ?? null })));
  return { items, dimensions, largestGaps, scores, reliability, ipa, hints, hasZone: summary.format === 'three-column', roles: formatRoles(summary.format) };
}
