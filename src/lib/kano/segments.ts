import { categoryLabel, type KanoCategory } from './categories';
import type { FeatureSummary } from './featureSummary';
import type { FeatureTally } from './featureTally';
import { summariseFeature } from './featureSummary';

/**
 * Segments (客群): the same Kano analysis run separately for each answer to the segment question,
 * e.g. the six personas of lecture 2. A feature can be must-be for 企业会务 and attractive for
 * 亲子家庭; averaging them hides both (Berger et al. 1993, section IIIa, on segmenting results).
 */
export const DEFAULT_PERSONAS: readonly string[] = ['团队旅客', '夕阳红旅客', '亲子家庭', '疗养休闲', '企业会务', 'OTA旅客'];

export interface SegmentTally {
  name: string;
  /** Respondents (rows) who gave this segment answer. */
  respondents: number;
  features: FeatureTally[];
}

export interface SegmentSummary {
  name: string;
  respondents: number;
  features: FeatureSummary[];
}

export function summariseSegment(segment: SegmentTally): SegmentSummary {
  return { name: segment.name, respondents: segment.respondents, features: segment.features.map(summariseFeature) };
}

export interface SegmentDifference {
  feature: string;
  first: KanoCategory | null;
  second: KanoCategory | null;
  /** e.g. 「儿童托管」:亲子家庭 兴奋型(A),企业会务 无差异型(I)。 */
  sentence: string;
}

/**
 * Features whose assigned category differs between two segments. Features are matched by name;
 * a feature with no classified answers in one segment counts as different ("无数据").
 *
 * @param first summary of one segment
 * @param second summary of the other
 * @returns the differing features, in the first segment's feature order
 */
export function segmentDifferences(first: SegmentSummary, second: SegmentSummary): SegmentDifference[] {
  const byName = new Map(second.features.map((feature) => [feature.name, feature]));
  const describe = (category: KanoCategory | null) => (category === null ? '无数据' : categoryLabel(category));
  const differences: SegmentDifference[] = [];
  for (const feature of first.features) {
    const other = byName.get(feature.name);
    const firstCategory = feature.classification?.category ?? null;
    const secondCategory = other?.classification?.category ?? null;
    if (firstCategory === secondCategory) continue;
    differences.push({
      feature: feature.name,
      first: firstCategory,
      second: secondCategory,
      sentence: `「${feature.name}」：${first.name}为${describe(firstCategory)}，${second.name}为${describe(secondCategory)}。`,
    });
  }
  return differences;
}
