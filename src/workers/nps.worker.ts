/**
 * The NPS calculator's worker: the shared survey reader plus the NPS tally, so parsing and
 * counting a large file never block the page. Only the NPS maths is bundled here.
 */
import { hostSurveyWorker } from './host';
import { analyseNps, type NpsTableRequest, type NpsTableResult } from '../lib/nps/analyseNps';

hostSurveyWorker<NpsTableRequest, NpsTableResult>({ nps: analyseNps });
