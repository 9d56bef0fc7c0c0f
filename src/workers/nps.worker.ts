/**
 * The NPS calculator's worker: the shared survey reader plus the NPS tally, so parsing and
 * counting a large file never block the page. Only the NPS maths is bundled here.
 */
import { hostSurveyWorker } from './host';
import type { TablePreview } from '../lib/import/types';
import { loaded } from '../lib/nps/loaded';
import { analyse, type NpsState } from '../lib/nps/state';
import { analyseNps, type NpsTableRequest, type NpsTableResult } from '../lib/nps/analyseNps';

// The page's request for a new table, foreseen with the tool's own rules (host.ts, Foresight).
const foresee = (state: unknown, preview: TablePreview) => analyse(loaded(state as NpsState, preview));

hostSurveyWorker<NpsTableRequest, NpsTableResult>({ nps: analyseNps }, { foresee });
