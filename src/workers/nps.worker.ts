/**
 * The NPS calculator's worker: the shared survey reader plus the NPS tally, so parsing and
 * counting a large file never block the page. Only the NPS maths is bundled here.
 */
import { hostSurveyWorker } from './host';
import { analyseNpsTable, type NpsTableRequest, type NpsTableResult } from '../lib/nps/analyseTable';

hostSurveyWorker<NpsTableRequest, NpsTableResult>({ nps: analyseNpsTable });
