/**
 * The SERVQUAL calculator's worker: the shared survey reader plus the SERVQUAL analysis, so
 * reading and scoring a large answer file never blocks the page. Only the SERVQUAL maths is
 * bundled here.
 */
import { hostSurveyWorker } from './host';
import { analyseServqual, type ServqualAnalysisRequest, type ServqualAnalysisResult } from '../lib/servqual/analyseServqual';

hostSurveyWorker<ServqualAnalysisRequest, ServqualAnalysisResult>({ servqual: analyseServqual });
