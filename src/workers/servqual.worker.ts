/**
 * The SERVQUAL calculator's worker: the shared survey reader plus the SERVQUAL analysis, so
 * reading and scoring a large answer file never blocks the page. Only the SERVQUAL maths is
 * bundled here.
 */
import { foreseeWith, hostSurveyWorker } from './host';
import { loaded } from '../lib/servqual/loaded';
import { analyse } from '../lib/servqual/state';
import { analyseServqual, type ServqualAnalysisRequest, type ServqualAnalysisResult } from '../lib/servqual/analyseServqual';

// The page's request for a new table is foreseen with the tool's own rules (host.ts, Foresight).
hostSurveyWorker<ServqualAnalysisRequest, ServqualAnalysisResult>({ servqual: analyseServqual }, { foresee: foreseeWith(loaded, analyse) });
