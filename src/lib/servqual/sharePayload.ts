import type { Moments } from '../stats/runningMoments';
import type { DimensionSummary, ItemSummary, Reliability, ServqualSummary } from './analyseServqual';
import { formatRoles, type AnswerRole, type ServqualFormat } from './answerRoles';
import { DIMENSION_IDS } from './dimensions';
import type { CrosshairMode } from './importancePerformance';
import { MAX_ITEMS, MAX_TEXT_LENGTH } from './questionnaire';

/**
 * What a SERVQUAL share link carries: the analysis summary (means, variances and counts per item
 * and dimension, α values — never respondents' answers) and the page's display choices. Written
 * compactly as arrays with rounded numbers so that a 22-item three-column result fits in a link.
 */
export interface ServqualShareState {
  summary: ServqualSummary;
  /** Weights typed on the page (per dimension, in summary order), or null. */
  typedWeights: number[] | null;
  crosshairs: CrosshairMode;
  ipaLevel: 'dimension' | 'item';
}

type PackedMoments = [number, number, number];
/** n and mean only: the page shows no spread of single rating columns. */
type PackedMean = [number, number];
type PackedItem = [number, number, string, 0 | 1, PackedMean[], PackedMoments, PackedMoments | 0];
type PackedReliability = [number, number | null, [number | null, number | null][]];
type PackedDimension = [number, number[], PackedMean[], PackedMoments, PackedMoments | 0, PackedReliability[], PackedMoments | 0];

export interface ServqualSharePayload {
  /** 2 or 3 columns */
  f: 2 | 3;
  s: 5 | 7;
  r: number;
  i: PackedItem[];
  d: PackedDimension[];
  o: [PackedMoments, PackedMoments | 0];
  w: [number, number, number] | 0;
  t: number[] | 0;
  c: 0 | 1;
  l: 0 | 1;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const packMoments = (moments: Moments): PackedMoments => [moments.n, round(moments.mean, 4), round(moments.variance, 4)];
const packMean = (moments: Moments): PackedMean => [moments.n, round(moments.mean, 3)];
const packNullable = (value: number | null) => (value === null ? null : round(value, 3));

/**
 * Packs a state for encodeShareState.
 * @param state the summary and display choices
 * @param withTexts false leaves the item wording out (shown as 第 n 题) when a link would be too long
 * @example toServqualSharePayload({ summary, typedWeights: null, crosshairs: 'data-mean', ipaLevel: 'dimension' }).f // 2
 */
export function toServqualSharePayload(state: ServqualShareState, withTexts = true): ServqualSharePayload {
  const { summary } = state;
  const roles = formatRoles(summary.format);
  const itemIndex = new Map(summary.items.map((item, index) => [item.id, index]));
  return {
    f: summary.format === 'three-column' ? 3 : 2,
    s: summary.scaleMax,
    r: summary.respondents,
    i: summary.items.map((item) => [
      item.number,
      DIMENSION_IDS.indexOf(item.dimension),
      withTexts ? item.text : '',
      item.reversed ? 1 : 0,
      roles.map((role) => packMean(item.scores[role] ?? { n: 0, mean: 0, variance: 0 })),
      packMoments(item.gap),
      item.adequacyGap ? packMoments(item.adequacyGap) : 0,
    ]),
    d: summary.dimensions.map((dimension) => [
      DIMENSION_IDS.indexOf(dimension.dimension),
      dimension.itemIds.map((id) => itemIndex.get(id) ?? -1),
      roles.map((role) => packMean(dimension.scores[role] ?? { n: 0, mean: 0, variance: 0 })),
      packMoments(dimension.gap),
      dimension.adequacyGap ? packMoments(dimension.adequacyGap) : 0,
      dimension.reliability.map((entry) => [entry.n, packNullable(entry.alpha), entry.items.map((item) => [packNullable(item.alphaIfDeleted), packNullable(item.itemTotal)])]),
      dimension.weight ? packMoments(dimension.weight) : 0,
    ]),
    o: [packMoments(summary.overall.unweighted), summary.overall.weighted ? packMoments(summary.overall.weighted) : 0],
    w: summary.weights ? [summary.weights.valid, summary.weights.blank, summary.weights.invalid] : 0,
    t: state.typedWeights ? state.typedWeights.map((weight) => round(weight, 2)) : 0,
    c: state.crosshairs === 'scale-midpoint' ? 1 : 0,
    l: state.ipaLevel === 'item' ? 1 : 0,
  };
}

export type ServqualShareParse = { ok: true; state: ServqualShareState } | { ok: false; error: string };

class ShapeError extends Error {}

function fail(): never {
  throw new ShapeError('shape');
}
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
function count(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail();
  return value;
}
function nullableNumber(value: unknown): number | null {
  if (value === null) return null;
  if (!isFiniteNumber(value)) fail();
  return value;
}
function array(value: unknown, max: number): unknown[] {
  if (!Array.isArray(value) || value.length > max) fail();
  return value;
}
function unpackMoments(value: unknown): Moments {
  const [n, mean, variance] = array(value, 3);
  if (!isFiniteNumber(mean) || !isFiniteNumber(variance) || variance < 0) fail();
  return { n: count(n), mean, variance };
}
function unpackMean(value: unknown): Moments {
  const [n, mean] = array(value, 2);
  if (!isFiniteNumber(mean)) fail();
  return { n: count(n), mean, variance: 0 };
}
function optionalMoments(value: unknown): Moments | null {
  return value === 0 ? null : unpackMoments(value);
}

/**
 * Unpacks and checks a decoded share payload; never throws.
 * @returns the state, or a Chinese reason (for decodeShareState's message)
 */
export function parseServqualSharePayload(value: unknown): ServqualShareParse {
  try {
    if (typeof value !== 'object' || value === null) fail();
    const payload = value as Record<string, unknown>;
    const format: ServqualFormat = payload.f === 3 ? 'three-column' : payload.f === 2 ? 'two-column' : fail();
    const scaleMax = payload.s === 5 || payload.s === 7 ? payload.s : fail();
    const roles = formatRoles(format);
    const items: ItemSummary[] = array(payload.i, MAX_ITEMS).map((entry) => {
      const [number, dimensionIndex, text, reversed, scores, gap, adequacy] = array(entry, 7);
      const dimension = DIMENSION_IDS[count(dimensionIndex)] ?? fail();
      if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH * 2) fail();
      const roleScores = array(scores, roles.length);
      if (roleScores.length !== roles.length) fail();
      const scoreRecord: Partial<Record<AnswerRole, Moments>> = {};
      roles.forEach((role, index) => {
        scoreRecord[role] = unpackMean(roleScores[index]);
      });
      return { id: `s${count(number)}`, number: count(number), text: text === '' ? `第 ${count(number)} 题` : text, dimension, reversed: reversed === 1, scores: scoreRecord, gap: unpackMoments(gap), adequacyGap: optionalMoments(adequacy) };
    });
    if (items.length === 0) fail();
    const dimensions: DimensionSummary[] = array(payload.d, DIMENSION_IDS.length).map((entry) => {
      const [dimensionIndex, members, scores, gap, adequacy, reliability, weight] = array(entry, 7);
      const dimension = DIMENSION_IDS[count(dimensionIndex)] ?? fail();
      const itemIds = array(members, MAX_ITEMS).map((member) => (items[count(member)] ?? fail()).id);
      const roleScores = array(scores, roles.length);
      if (roleScores.length !== roles.length) fail();
      const scoreRecord: Partial<Record<AnswerRole, Moments>> = {};
      roles.forEach((role, index) => {
        scoreRecord[role] = unpackMean(roleScores[index]);
      });
      const reliabilities: Reliability[] = array(reliability, roles.length).map((packed, roleIndex) => {
        const [n, alpha, perItem] = array(packed, 3);
        const alphaValue = nullableNumber(alpha);
        if (alphaValue !== null && alphaValue > 1 + 1e-9) fail();
        const itemEntries = array(perItem, itemIds.length);
        if (itemEntries.length !== itemIds.length) fail();
        return {
          role: roles[roleIndex] ?? fail(),
          n: count(n),
          itemCount: itemIds.length,
          alpha: alphaValue,
          items: itemEntries.map((itemEntry, index) => {
            const [alphaIfDeleted, itemTotal] = array(itemEntry, 2);
            const item = items.find((candidate) => candidate.id === itemIds[index])!;
            return { id: item.id, number: item.number, alphaIfDeleted: nullableNumber(alphaIfDeleted), itemTotal: nullableNumber(itemTotal) };
          }),
        };
      });
      return { dimension, itemIds, scores: scoreRecord, gap: unpackMoments(gap), adequacyGap: optionalMoments(adequacy), reliability: reliabilities, weight: optionalMoments(weight) };
    });
    const [unweighted, weighted] = array(payload.o, 2);
    const weights = payload.w === 0 ? null : (() => {
      const [valid, blank, invalid] = array(payload.w, 3);
      return { valid: count(valid), blank: count(blank), invalid: count(invalid) };
    })();
    const typedWeights = payload.t === 0 ? null : array(payload.t, DIMENSION_IDS.length).map((weight) => (isFiniteNumber(weight) && weight >= 0 && weight <= 100 ? weight : fail()));
    if (typedWeights && typedWeights.length !== dimensions.length) fail();
    return {
      ok: true,
      state: {
        summary: { format, scaleMax, respondents: count(payload.r), items, dimensions, overall: { unweighted: unpackMoments(unweighted), weighted: optionalMoments(weighted) }, weights },
        typedWeights,
        crosshairs: payload.c === 1 ? 'scale-midpoint' : 'data-mean',
        ipaLevel: payload.l === 1 ? 'item' : 'dimension',
      },
    };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, error: '数据格式不符' };
    throw error;
  }
}
