/**
 * Everything the KANO page shows, derived from the state (state.ts): per-feature summaries,
 * segments in the questionnaire's order, the priority list, the reference lines of the
 * Better–Worse chart, the chosen segment and comparison, and how many features fall in each
 * category. Pure; the island memoises it.
 */
import { KANO_CATEGORIES, type KanoCategory } from './categories';
import { meanCoefficients, summariseFeature, type FeatureSummary } from './featureSummary';
import { priorityList, type PriorityItem } from './priorityList';
import { segmentDifferences, summariseSegment, type SegmentDifference, type SegmentSummary } from './segments';
import type { KanoState } from './state';

export interface KanoView {
  summaries: FeatureSummary[];
  segments: SegmentSummary[];
  segmentNames: string[];
  priorities: PriorityItem[];
  referenceLines: { x: number; y: number };
  selectedSegment: SegmentSummary | null;
  compare: { first: SegmentSummary | null; second: SegmentSummary | null; differences: SegmentDifference[] | null };
  /** Features per winning category. */
  categoryTally: Record<KanoCategory, number>;
}

/** Personas in the questionnaire's order first, other segment answers after, in order of appearance. */
export function orderSegments(segments: SegmentSummary[], preferred: readonly string[]): SegmentSummary[] {
  const rank = (name: string) => {
    const index = preferred.indexOf(name);
    return index === -1 ? preferred.length : index;
  };
  return [...segments].sort((first, second) => rank(first.name) - rank(second.name));
}

/** @example tallyCategories([{ classification: { category: 'M' } }]).M // 1 */
export function tallyCategories(summaries: readonly Pick<FeatureSummary, 'classification'>[]): Record<KanoCategory, number> {
  const tally = Object.fromEntries(KANO_CATEGORIES.map((category) => [category, 0])) as Record<KanoCategory, number>;
  for (const summary of summaries) if (summary.classification) tally[summary.classification.category] += 1;
  return tally;
}

export function selectKano(state: KanoState): KanoView {
  const { results, view, questionnaire } = state;
  const summaries = results?.tallies.features.map(summariseFeature) ?? [];
  const segments = orderSegments(results?.tallies.segments.map(summariseSegment) ?? [], questionnaire.segments);
  const means = meanCoefficients(summaries);
  const first = segments.find((segment) => segment.name === view.compareFirst) ?? segments[0] ?? null;
  const second = segments.find((segment) => segment.name === view.compareSecond) ?? segments.find((segment) => segment !== first) ?? null;
  return {
    summaries,
    segments,
    segmentNames: segments.map((segment) => segment.name),
    priorities: priorityList(summaries),
    referenceLines: view.lines === 'mean' && means ? { x: means.worseMagnitude, y: means.better } : { x: 0.5, y: 0.5 },
    selectedSegment: segments.find((segment) => segment.name === view.segment) ?? segments[0] ?? null,
    compare: { first, second, differences: first && second && first !== second ? segmentDifferences(first, second) : null },
    categoryTally: tallyCategories(summaries),
  };
}
