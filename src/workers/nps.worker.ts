/**
 * The NPS calculator's worker: the shared survey reader plus the NPS tally, so parsing and
 * counting a large file never block the page. Only the NPS maths is bundled here.
 */
import { foreseeWith, hostSurveyWorker } from './host';
import { loaded } from '../lib/nps/loaded';
import { analyse } from '../lib/nps/state';
import { analyseNps, type NpsTableRequest, type NpsTableResult } from '../lib/nps/analyseNps';

// The page's request for a new table is foreseen with the tool's own rules (host.ts, Foresight).
hostSurveyWorker<NpsTableRequest, NpsTableResult>({ nps: analyseNps }, { foresee: foreseeWith(loaded, analyse) });
