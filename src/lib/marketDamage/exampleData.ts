/**
 * The lecture's worked example (lecture 1, 体验价值: an invented resort hotel) run through the
 * tool's own chain, for the static diagram (MarketDamageFlow.astro) and the tests, so the page,
 * the diagram and the tool cannot drift apart.
 */
import { LECTURE_VALUES } from './presets';
import { compareScenarios } from './scenario';
import { initialState, selectInputs } from './state';

function build() {
  const read = selectInputs({ ...initialState, values: LECTURE_VALUES, wordOfMouthBasis: 'lost' });
  if (!read.ok) throw new Error(`The lecture example does not parse: ${read.message}`);
  return { ...read, comparison: compareScenarios(read.inputs, read.change, read.cost) };
}

export const LECTURE_EXAMPLE = build();
