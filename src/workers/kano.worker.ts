/**
 * The KANO calculator's worker: the shared survey reader plus the Kano tally, so reading and
 * classifying a large answer file never blocks the page. Only the KANO maths is bundled here.
 */
import { foreseeWith, hostSurveyWorker } from './host';
import { loaded } from '../lib/kano/loaded';
import { analyse } from '../lib/kano/state';
import { analyseKano, type KanoAnalysisRequest, type KanoAnalysisResult } from '../lib/kano/analyseKano';

// The page's request for a new table is foreseen with the tool's own rules (host.ts, Foresight).
hostSurveyWorker<KanoAnalysisRequest, KanoAnalysisResult>({ kano: analyseKano }, { foresee: foreseeWith(loaded, analyse) });
