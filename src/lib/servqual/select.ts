/**
 * Selectors of the SERVQUAL page: what the views read from the tool's state (state.ts). The
 * results are stored as the compact share payload (means, variances and counts, never answers),
 * so the analysed summary is read back from it here, once, for the page and the share link.
 */
import { dimensionById } from './dimensions';
import { parseServqualSharePayload } from './sharePayload';
import type { ServqualState } from './state';
import { checkTypedWeights, type WeightCheck } from './weights';
import type { ServqualSummary } from './analyseServqual';

/**
 * The analysed summary held by the state, or null before any results (or if they cannot be read).
 * @example selectSummary(initialState) // null
 */
export function selectSummary(state: Pick<ServqualState, 'results'>): ServqualSummary | null {
  const parsed = state.results ? parseServqualSharePayload(state.results.payload) : null;
  return parsed?.ok ? parsed.state.summary : null;
}

/**
 * The weights typed on the page for the summary's dimensions (100 points), checked; null without results.
 * @example selectTypedWeightCheck(initialState) // null
 */
export function selectTypedWeightCheck(state: Pick<ServqualState, 'results' | 'view'>): WeightCheck | null {
  const summary = selectSummary(state);
  if (!summary) return null;
  return checkTypedWeights(
    summary.dimensions.map((dimension) => state.view.typedWeights[dimension.dimension] ?? ''),
    summary.dimensions.map((dimension) => dimensionById(dimension.dimension).courseName),
  );
}

/** The valid typed weights, or null (what the weighted score and the share link use). */
export function selectTypedWeights(state: Pick<ServqualState, 'results' | 'view'>): number[] | null {
  const check = selectTypedWeightCheck(state);
  return check?.kind === 'valid' ? check.weights : null;
}
