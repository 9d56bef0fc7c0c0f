import type { KanoTallies } from './analyseKano';
import { emptyFeatureTally, type FeatureTally } from './featureTally';
import { isKanoQuestionnaire, type KanoQuestionnaire } from './questionnaire';
import type { SegmentTally } from './segments';

/**
 * What a KANO share link carries: the questionnaire, and optionally the results as counts
 * (pair and importance histograms — never respondents' rows). Counts are written compactly as
 * base-36 numbers joined by dots, zeros left empty ("..5.a.."), to keep links short.
 */
export interface KanoShareState {
  questionnaire: KanoQuestionnaire;
  results: KanoTallies | null;
}

interface SharedFeature {
  /** name */
  n: string;
  /** 25 pair counts */
  p: string;
  /** 9 importance counts (omitted when all zero) */
  i?: string;
}

interface SharedTallies {
  /** respondents */
  r: number;
  f: SharedFeature[];
  /** segments: name, respondents, pair counts per feature (importance is not shared per segment) */
  s: [string, number, string[]][];
  /** withoutSegment */
  w: number;
  /** hasImportance */
  h: boolean;
}

export interface KanoSharePayload {
  q: KanoQuestionnaire;
  r?: SharedTallies;
}

function packCounts(counts: readonly number[]): string {
  return counts.map((count) => (count === 0 ? '' : count.toString(36))).join('.');
}

function unpackCounts(text: unknown, length: number): number[] | null {
  if (typeof text !== 'string' || text.length > length * 8) return null;
  const parts = text.split('.');
  if (parts.length !== length) return null;
  const counts = parts.map((part) => (part === '' ? 0 : /^[0-9a-z]{1,7}$/.test(part) ? parseInt(part, 36) : Number.NaN));
  return counts.every((count) => Number.isSafeInteger(count) && count >= 0) ? counts : null;
}

/**
 * @param state the questionnaire and (optionally) results
 * @param includeSegments false to leave segment counts out (for a shorter link)
 */
export function toKanoSharePayload(state: KanoShareState, includeSegments = true): KanoSharePayload {
  if (state.results === null) return { q: state.questionnaire };
  const { results } = state;
  return {
    q: state.questionnaire,
    r: {
      r: results.respondents,
      f: results.features.map((feature) => ({
        n: feature.name,
        p: packCounts(feature.pairs),
        ...(feature.importance.some((count) => count > 0) ? { i: packCounts(feature.importance) } : {}),
      })),
      s: includeSegments ? results.segments.map((segment) => [segment.name, segment.respondents, segment.features.map((feature) => packCounts(feature.pairs))]) : [],
      w: results.withoutSegment,
      h: results.hasImportance,
    },
  };
}

export type KanoShareParse = { ok: true; value: KanoShareState } | { ok: false; error: string };

/**
 * Checks and unpacks what a share link decoded to.
 * @returns the state, or a Chinese reason why the link's content is unusable
 */
export function parseKanoSharePayload(value: unknown): KanoShareParse {
  const invalid: KanoShareParse = { ok: false, error: '数据格式不符' };
  if (typeof value !== 'object' || value === null) return invalid;
  const payload = value as Partial<KanoSharePayload>;
  if (!isKanoQuestionnaire(payload.q)) return invalid;
  if (payload.r === undefined) return { ok: true, value: { questionnaire: payload.q, results: null } };
  const shared = payload.r as Partial<SharedTallies>;
  if (!Number.isSafeInteger(shared.r) || !Array.isArray(shared.f) || shared.f.length === 0 || shared.f.length > 200 || !Array.isArray(shared.s)) return invalid;
  const features: FeatureTally[] = [];
  for (const item of shared.f as unknown[]) {
    const feature = item as Partial<SharedFeature>;
    const pairs = unpackCounts(feature?.p, 25);
    const importance = feature?.i === undefined ? new Array<number>(9).fill(0) : unpackCounts(feature.i, 9);
    if (typeof feature?.n !== 'string' || pairs === null || importance === null) return invalid;
    features.push({ name: feature.n, pairs, importance });
  }
  const segments: SegmentTally[] = [];
  for (const item of shared.s as unknown[]) {
    if (!Array.isArray(item) || item.length !== 3) return invalid;
    const [name, respondents, packed] = item as [unknown, unknown, unknown];
    if (typeof name !== 'string' || !Number.isSafeInteger(respondents) || !Array.isArray(packed) || packed.length !== features.length) return invalid;
    const segmentFeatures: FeatureTally[] = [];
    for (const [index, text] of packed.entries()) {
      const pairs = unpackCounts(text, 25);
      if (pairs === null) return invalid;
      segmentFeatures.push({ ...emptyFeatureTally(features[index]!.name), pairs });
    }
    segments.push({ name, respondents: respondents as number, features: segmentFeatures });
  }
  return {
    ok: true,
    value: {
      questionnaire: payload.q,
      results: { respondents: shared.r!, features, segments, withoutSegment: Number.isSafeInteger(shared.w) ? shared.w! : 0, hasImportance: shared.h === true },
    },
  };
}
