/**
 * The SERVQUAL calculator's worker: the shared survey reader plus the SERVQUAL analysis, so
 * reading and scoring a large answer file never blocks the page. Only the SERVQUAL maths is
 * bundled here.
 */
import { hostSurveyWorker } from './host';
import type { TablePreview } from '../lib/import/types';
import { loaded } from '../lib/servqual/loaded';
import { analyse, type ServqualState } from '../lib/servqual/state';
import { analyseServqual, type ServqualAnalysisRequest, type ServqualAnalysisResult } from '../lib/servqual/analyseServqual';

// The page's request for a new table, foreseen with the tool's own rules (host.ts, Foresight).
const foresee = (state: unknown, preview: TablePreview) => analyse(loaded(state as ServqualState, preview));

hostSurveyWorker<ServqualAnalysisRequest, ServqualAnalysisResult>({ servqual: analyseServqual }, { foresee });
