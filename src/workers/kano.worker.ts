/**
 * The KANO calculator's worker: the shared survey reader plus the Kano tally, so reading and
 * classifying a large answer file never blocks the page. Only the KANO maths is bundled here.
 */
import { hostSurveyWorker } from './host';
import { analyseKano, type KanoAnalysisRequest, type KanoAnalysisResult } from '../lib/kano/analyseKano';

hostSurveyWorker<KanoAnalysisRequest, KanoAnalysisResult>({ kano: analyseKano });
